extension StringProtocol {
    /// `lowercased()`, with a byte-level path for ASCII text (nearly every
    /// URL and file path): Unicode case mapping cost more than building the
    /// site index's case-insensitive maps needs.
    var caseInsensitiveKey: String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return lowercased() }
        guard utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return String(self) }
        return String(decoding: utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
