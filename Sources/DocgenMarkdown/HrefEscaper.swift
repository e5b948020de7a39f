/// Escapes a URL for an `href` or `src` attribute exactly as cmark's
/// `houdini_escape_href` does, so a URL that docgen rewrites is written
/// byte for byte as cmark would have written it.
public enum HrefEscaper {
    /// Bytes cmark writes unchanged in a URL.
    private static let safe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for character in "-_.+!*(),%#@?=;:/$~" { table[Int(character.asciiValue!)] = true }
        return table
    }()

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    public static func escape(_ url: String) -> String {
        var output = [UInt8]()
        output.reserveCapacity(url.utf8.count)
        for byte in url.utf8 {
            if safe[Int(byte)] {
                output.append(byte)
            } else if byte == UInt8(ascii: "&") {
                output.append(contentsOf: "&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                output.append(contentsOf: "&#x27;".utf8)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
