/// How a Markdown file's path becomes its URL, and a URL its output file
/// (links.md): `a/b.md` → `/a/b/` → `a/b/index.html`; `a/index.md` → `/a/`.
/// URLs here are decoded paths that start and end with `/`.
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
        guard isSafeSegment(slug) else { return nil }
        var segments = url.split(separator: "/").map(String.init)
        if !segments.isEmpty { segments.removeLast() }
        segments.append(slug)
        return "/" + segments.joined(separator: "/") + "/"
    }

    /// A front-matter `url:` in canonical form, or nil when it would escape the
    /// output folder or is not a path (`..`, `.`, a scheme, a backslash).
    public static func normalize(explicit url: String) -> String? {
        guard !url.contains("\\"), !url.contains("://"), !url.contains("\0") else { return nil }
        var path = url
        if path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
        let segments = path.split(separator: "/").map(String.init)
        guard segments.allSatisfy(isSafeSegment) else { return nil }
        return segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
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

    private static func isSafeSegment(_ segment: String) -> Bool {
        !segment.isEmpty && segment != "." && segment != ".." && !segment.contains("/") && !segment.contains("\\")
            && !segment.contains(":")
    }
}
