import DocgenCore

/// A request's path, percent-decoded one segment at a time, or the reason it
/// names nothing of the site.
///
/// Decoding per segment (never the whole path first) is what keeps an encoded
/// slash (`%2F`) from becoming a separator and `%2e%2e` from becoming a `..`
/// step: a segment that decodes to `.`, `..`, or holds `/`, `\` or NUL names
/// no file of any site, so such a path is refused before any lookup.
struct RequestPath: Equatable {
    /// The decoded segments, without the empty ones the leading and trailing
    /// slashes make.
    var segments: [String]
    /// The raw path ends in `/` (or is `/`): it names a folder.
    var namesFolder: Bool

    /// Nil when the path is not an absolute path, holds an invalid or
    /// forbidden segment, an empty segment (`//`), bad percent-encoding or
    /// bytes that are not UTF-8.
    init?(raw: String) {
        let bytes = Array(raw.utf8)
        guard bytes.first == UInt8(ascii: "/") else { return nil }
        let parts = bytes.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        var segments: [String] = []
        for (index, part) in parts.enumerated() {
            if part.isEmpty {
                // Only the last part may be empty: the trailing slash.
                guard index == parts.count - 1 else { return nil }
                continue
            }
            guard let decoded = Self.decode(part), Self.isSafe(decoded),
                let text = String(validating: decoded, as: UTF8.self)
            else { return nil }
            segments.append(text)
        }
        self.segments = segments
        self.namesFolder = bytes.last == UInt8(ascii: "/")
    }

    /// `%XX` escapes decoded; nil for a `%` not followed by two hex digits.
    private static func decode(_ part: ArraySlice<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(part.count)
        var index = part.startIndex
        while index < part.endIndex {
            let byte = part[index]
            if byte == UInt8(ascii: "%") {
                guard part.endIndex - index >= 3, let high = part[index + 1].hexDigitValue,
                    let low = part[index + 2].hexDigitValue
                else { return nil }
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    /// A decoded segment that can only be a file or folder name inside the site.
    private static func isSafe(_ segment: [UInt8]) -> Bool {
        if segment == [UInt8(ascii: ".")] || segment == [UInt8(ascii: "."), UInt8(ascii: ".")] { return false }
        return !segment.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") || $0 == 0 }
    }
}
