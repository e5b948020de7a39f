/// Percent-encodes decoded site paths (page URLs, asset paths, heading ids)
/// for the places a browser or crawler reads them: hrefs, the sitemap, the
/// search index, redirect pages.
///
/// Site URLs inside docgen are decoded paths (`/c#d/` for `content/c#d.md`),
/// because that is what files on disk and links after decoding are matched
/// against. Written out raw, `#` and `?` would start a fragment or a query, a
/// `%` an escape, and a space or `"` would break the attribute. So every byte
/// outside RFC 3986's `pchar` (letters, digits, `-._~!$&'()*+,;=:@`) and the
/// `/` separator is written as `%XX` of its UTF-8 bytes, non-ASCII included:
/// the result is a valid URI everywhere (sitemaps.org asks for one) and is the
/// same bytes cmark writes for non-ASCII in a Markdown link. A server decodes
/// the path back to the file name docgen wrote.
public enum URLPathEncoder {
    /// Bytes a path keeps as they are.
    private static let pathSafe: [Bool] = table(extra: "-._~!$&'()*+,;=:@/")
    /// A fragment may also hold `?` (RFC 3986 `fragment`).
    private static let fragmentSafe: [Bool] = table(extra: "-._~!$&'()*+,;=:@/?")
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func table(extra: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for byte in extra.utf8 { table[Int(byte)] = true }
        return table
    }

    /// `/c#d/` → `/c%23d/`, `/café/` → `/caf%C3%A9/`. A path that needs no
    /// escape (nearly all) is returned as it is, without a copy.
    public static func encode(path: String) -> String { encode(path, safe: pathSafe, keepingNonASCII: false) }

    /// A heading id or other fragment after the `#`: `a#b` → `a%23b`.
    public static func encode(fragment: String) -> String {
        encode(fragment, safe: fragmentSafe, keepingNonASCII: false)
    }

    /// For paths shown in diagnostics as links to write: only what would
    /// break a Markdown link or change its meaning is escaped (`#`, `?`,
    /// `%`, space, …); letters of other scripts stay readable.
    static func encodeForDisplay(path: String) -> String { encode(path, safe: pathSafe, keepingNonASCII: true) }

    private static func encode(_ text: String, safe: [Bool], keepingNonASCII: Bool) -> String {
        func keeps(_ byte: UInt8) -> Bool { safe[Int(byte)] || (keepingNonASCII && byte >= 0x80) }
        // Nearly every URL needs no escape: find that out on the contiguous bytes.
        let needsNoEscape = safe.withUnsafeBufferPointer { table in
            text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.allSatisfy { table[Int($0)] || (keepingNonASCII && $0 >= 0x80) }
            } ?? text.utf8.allSatisfy(keeps)
        }
        guard !needsNoEscape else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if keeps(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
