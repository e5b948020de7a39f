/// One file of a session's site as the session keeps it. Pages are kept as
/// a digest of their bytes and rendered again when asked for (ten thousand
/// rendered pages were 190 MB, far more than a build ever holds), assets as
/// where to read them; the other files (search index, sitemap, redirects,
/// theme files, `404.html`) as their bytes. The digests tell which files a
/// rebuild changed.
enum SessionFile: Sendable {
    case bytes([UInt8])
    case page(digest: Int)
    case asset(location: String, digest: Int)

    /// How `bytes`, the bytes of `file`, are kept; `isPage` for a page's file.
    init(keeping bytes: [UInt8], of file: OutputFile, isPage: Bool) {
        if isPage {
            self = .page(digest: Self.digest(bytes))
        } else if case .copy(let source) = file.contents {
            self = .asset(location: source.path, digest: Self.digest(bytes))
        } else {
            self = .bytes(bytes)
        }
    }

    /// True when both hold the same bytes (by digest for pages and assets).
    func sameBytes(as other: SessionFile) -> Bool {
        switch (self, other) {
        case (.bytes(let left), .bytes(let right)): return left == right
        case (.page(let left), .page(let right)): return left == right
        case (.asset(_, let left), .asset(_, let right)): return left == right
        default: return false
        }
    }

    /// A 64-bit digest (SipHash, seeded once per process): equal bytes give
    /// equal digests within the session.
    static func digest(_ bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}
