/// A link destination split the way the web splits it: path, query and
/// fragment, with the path and fragment percent-decoded for matching.
struct LinkTarget: Sendable {
    var path: String
    var query: String?
    var fragment: String?

    /// Splits on UTF-8 bytes: `#` and `?` are ASCII, and Character-level
    /// search cost more than the rest of link checking.
    init(_ destination: String) {
        var rest = Substring(destination)
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = Self.percentDecoded(String(rest[rest.utf8.index(after: hash)...]))
            rest = rest[..<hash]
        }
        if let question = rest.utf8.firstIndex(of: UInt8(ascii: "?")) {
            query = String(rest[rest.utf8.index(after: question)...])
            rest = rest[..<question]
        }
        path = Self.percentDecoded(String(rest))
    }

    /// `%20` → space; invalid escapes are kept as written.
    static func percentDecoded(_ text: String) -> String { decodingPercentEscapes(text) ?? text }

    /// `a%20b` → `a b`; a `%` not followed by two hex digits stays as it is
    /// (`100%`); nil when the escapes decode to bytes that are not UTF-8.
    static func decodingPercentEscapes(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        bytes.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let high = utf8[index + 1].hexDigitValue, let low = utf8[index + 2].hexDigitValue
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Resolves `.` and `..` segments of a `/`-separated path; nil when `..`
    /// climbs above the root. Keeps a trailing slash.
    static func normalizedPath(_ path: String) -> String? {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        let utf8 = path.utf8
        // The common case, a path with no `.` segment and no doubled or
        // leading slash, is already normal.
        if !utf8.contains(dot) || !Self.hasDotSegment(utf8), !Self.hasDoubleSlash(utf8) {
            return utf8.first == slash ? path.droppingUTF8Prefix(1) : path
        }
        var segments: [Substring] = []
        for segment in path.utf8.split(separator: slash, omittingEmptySubsequences: true) {
            if segment.elementsEqual([dot]) { continue }
            if segment.elementsEqual([dot, dot]) {
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
                continue
            }
            segments.append(Substring(segment))
        }
        let joined = segments.joined(separator: "/")
        let trailing =
            path.hasUTF8Suffix("/") || path.hasUTF8Suffix("/.") || path.hasUTF8Suffix("/..") || path == "."
            || path == ".."
        return trailing && !joined.isEmpty ? joined + "/" : joined
    }

    /// True when a segment is `.` or `..` (a byte scan, no allocation).
    private static func hasDotSegment(_ utf8: String.UTF8View) -> Bool {
        var dots = 0
        var onlyDots = true
        for byte in utf8 {
            if byte == UInt8(ascii: "/") {
                if onlyDots, dots == 1 || dots == 2 { return true }
                (dots, onlyDots) = (0, true)
            } else if byte == UInt8(ascii: ".") {
                dots += 1
            } else {
                onlyDots = false
            }
        }
        return onlyDots && (dots == 1 || dots == 2)
    }

    private static func hasDoubleSlash(_ utf8: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "/"), previous == byte { return true }
            previous = byte
        }
        return false
    }
}
