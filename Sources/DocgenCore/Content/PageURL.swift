/// How a Markdown file's path becomes its URL, and a URL its output file
/// (links.md): `a/b.md` → `/a/b/` → `a/b/index.html`; `a/index.md` → `/a/`.
/// URLs here are decoded paths that start and end with `/`: `content/c#d.md`
/// is at `/c#d/`, written to `c#d/index.html`, and linked as `/c%23d/`
/// (`URLPathEncoder`).
public enum PageURL {
    public static func defaultURL(forSourcePath path: String) -> String {
        var segments = path.split(separator: "/").map(String.init)
        guard var last = segments.popLast() else { return "/" }
        if last.hasSuffix(".md") { last.removeLast(3) }
        if last != "index" { segments.append(last) }
        return segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
    }

    /// The URL with its last segment replaced by `slug`; nil if the slug is not one safe segment.
    public static func applying(slug: String, to url: String) -> String? {
        try? slugged(slug, replacingLastSegmentOf: url).get()
    }

    /// A front-matter `url:` in canonical form, or nil when it is unsafe.
    public static func normalize(explicit url: String) -> String? { try? explicit(url).get() }

    /// The URL with its last segment replaced by `slug`. A slug is one URL
    /// segment as a browser asks for it: percent-escapes are decoded (`a%20b`
    /// is `a b`); a raw `?` or `#` would start a query or fragment.
    public static func slugged(_ slug: String, replacingLastSegmentOf url: String) -> Result<String, UnsafeURLReason> {
        if let reason = rawProblem(slug) { return .failure(reason) }
        if slug.isEmpty { return .failure(.empty) }
        if slug.utf8.contains(UInt8(ascii: "/")) { return .failure(.slash) }
        let decoded: String
        switch safeSegment(slug) {
        case .success(let segment): decoded = segment
        case .failure(let reason): return .failure(reason)
        }
        var segments = url.split(separator: "/").map(String.init)
        if !segments.isEmpty { segments.removeLast() }
        segments.append(decoded)
        return checkedLength("/" + segments.joined(separator: "/") + "/")
    }

    /// A front-matter `url:` or alias in canonical form (`/a/b/`): a path of
    /// this site, its percent-escapes decoded, `/index.html` dropped. Absolute
    /// and protocol-relative URLs, `.`/`..` segments, backslashes, control
    /// characters, a raw query or fragment and over-long segments fail.
    public static func explicit(_ url: String) -> Result<String, UnsafeURLReason> {
        if let reason = rawProblem(url) { return .failure(reason) }
        if url.hasPrefix("//") { return .failure(.protocolRelative) }
        if url.contains("://") || LinkResolver.hasScheme(url) { return .failure(.absolute) }
        var path = url
        if path.hasSuffix("/index.html") || path == "index.html" { path.removeLast("index.html".count) }
        var segments: [String] = []
        for raw in path.split(separator: "/") {
            switch safeSegment(String(raw)) {
            case .success(let segment): segments.append(segment)
            case .failure(let reason): return .failure(reason)
            }
        }
        return checkedLength(segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/")
    }

    /// The URL, unless it is too long once percent-encoded.
    private static func checkedLength(_ url: String) -> Result<String, UnsafeURLReason> {
        guard url.utf8.count > UnsafeURLReason.maximumURLCharacters / 3 else { return .success(url) }
        let characters = URLPathEncoder.encode(path: url).utf8.count
        if characters > UnsafeURLReason.maximumURLCharacters { return .failure(.urlTooLong(characters: characters)) }
        return .success(url)
    }

    /// Where a page URL is written, relative to the output folder.
    public static func outputPath(forURL url: String) -> String {
        let slash = UInt8(ascii: "/")
        var trimmed = Substring(url)
        // Page URLs are `/a/b/`: strip the outer slashes without splitting.
        while trimmed.utf8.first == slash { trimmed = trimmed.dropFirst() }
        while trimmed.utf8.last == slash { trimmed = trimmed.dropLast() }
        if zip(trimmed.utf8, trimmed.utf8.dropFirst()).contains(where: { $0 == slash && $1 == slash }) {
            trimmed = Substring(trimmed.split(separator: "/").joined(separator: "/"))
        }
        return trimmed.isEmpty ? "index.html" : trimmed + "/index.html"
    }

    /// Problems of the text as written, before any decoding.
    private static func rawProblem(_ text: String) -> UnsafeURLReason? {
        for byte in text.utf8 {
            switch byte {
            case 0x00..<0x20, 0x7F: return .controlCharacter
            case UInt8(ascii: "\\"): return .backslash
            case UInt8(ascii: "?"): return .queryOrFragment("?")
            case UInt8(ascii: "#"): return .queryOrFragment("#")
            default: continue
            }
        }
        return nil
    }

    /// One segment, percent-decoded and checked as the folder name it becomes.
    private static func safeSegment(_ raw: String) -> Result<String, UnsafeURLReason> {
        guard let segment = percentDecoded(raw) else { return .failure(.invalidPercentEncoding) }
        if segment == "." || segment == ".." { return .failure(.dotSegment) }
        for byte in segment.utf8 {
            switch byte {
            case 0x00..<0x20, 0x7F: return .failure(.controlCharacter)
            case UInt8(ascii: "\\"): return .failure(.backslash)
            case UInt8(ascii: "/"): return .failure(.slash)
            case UInt8(ascii: ":"): return .failure(.colon)
            default: continue
            }
        }
        let bytes = segment.utf8.count
        if bytes > UnsafeURLReason.maximumSegmentBytes { return .failure(.segmentTooLong(bytes: bytes)) }
        return .success(segment)
    }

    /// `a%20b` → `a b`; nil when the escapes decode to bytes that are not UTF-8.
    private static func percentDecoded(_ text: String) -> String? { LinkTarget.decodingPercentEscapes(text) }
}
