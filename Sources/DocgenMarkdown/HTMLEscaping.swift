/// HTML escaping for the markup docgen writes itself: heading ids, redirect
/// pages (templates escape their own values).
public enum HTMLEscaping {
    public static func text(_ value: String) -> String {
        // Heading ids, most of what is escaped here, hold nothing to escape:
        // one look at the bytes answers, and the value is returned as it is.
        guard value.utf8.contains(where: needsEscape) else { return value }
        var output: [UInt8] = []
        output.reserveCapacity(value.utf8.count + 16)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    public static func attribute(_ value: String) -> String { text(value) }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"")
    }
}
