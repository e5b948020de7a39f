/// Prefix and suffix tests on UTF-8 bytes, for link paths and URLs.
///
/// `String.hasPrefix` and `hasSuffix` compare grapheme clusters, and a
/// cluster can straddle a `/`: a combining mark after it (`/\u{651}x`) or a
/// prepended mark before it (`\u{600}/`) makes `"/\u{651}x".hasPrefix("/")`
/// false and `String.dropFirst()` remove the mark with the slash. URLs are
/// split on ASCII bytes, so these compare bytes.
extension String {
    func hasUTF8Prefix(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    func hasUTF8Suffix(_ suffix: String) -> Bool {
        utf8.count >= suffix.utf8.count && utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    /// The string without its first `count` bytes, which must end on a
    /// scalar boundary (they are a prefix the caller has matched).
    func droppingUTF8Prefix(_ count: Int) -> String { String(decoding: utf8.dropFirst(count), as: UTF8.self) }

    /// The string without its last `count` bytes (an ASCII suffix the caller has matched).
    func droppingUTF8Suffix(_ count: Int) -> String { String(decoding: utf8.dropLast(count), as: UTF8.self) }
}
