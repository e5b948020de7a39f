/// A link destination split the way the web splits it: path, query and
/// fragment, with the path and fragment percent-decoded for matching.
struct LinkTarget: Sendable {
    var path: String
    var query: String?
    var fragment: String?

    init(_ destination: String) {
        var rest = Substring(destination)
        if let hash = rest.firstIndex(of: "#") {
            fragment = Self.percentDecoded(String(rest[rest.index(after: hash)...]))
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        path = Self.percentDecoded(String(rest))
    }

    /// `%20` → space; invalid escapes are kept as written.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Resolves `.` and `..` segments of a `/`-separated path; nil when `..`
    /// climbs above the root. Keeps a trailing slash.
    static func normalizedPath(_ path: String) -> String? {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        let joined = segments.joined(separator: "/")
        let trailing =
            path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..") || path == "." || path == ".."
        return trailing && !joined.isEmpty ? joined + "/" : joined
    }
}
