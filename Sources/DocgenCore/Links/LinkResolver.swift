import Foundation

/// Resolves link targets against the site, following links.md:
/// `#frag` is the same page; a relative path is first a file next to the
/// linking Markdown file, then a URL relative to the linking page's URL;
/// `/x`, `/x/`, `/x/index.html` and `/x.md` all name page `/x/`; absolute URLs
/// under `base_url` are internal; everything else with a scheme is external.
struct LinkResolver: Sendable {
    let site: SiteIndex
    /// `base_url` without a trailing slash.
    let baseURL: String?

    /// `sourceFolder` is `page.sourceFolder`, computed once per page by the
    /// caller, which resolves all of a page's links.
    func resolve(_ destination: String, from page: Page, sourceFolder folder: String) -> LinkResolution {
        let trimmed = destination
        if trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) { return .empty }
        var local = trimmed
        if let baseURL, let rest = Self.suffix(of: trimmed, after: baseURL) {
            local = rest.isEmpty ? "/" : rest
        } else if trimmed.hasUTF8Prefix("//") || Self.hasScheme(trimmed) {
            return .external
        }
        let target = LinkTarget(local)
        if target.path.isEmpty {
            return .page(site.page(atURL: page.url) ?? 0, fragment: target.fragment, query: target.query)
        }
        if target.path.hasUTF8Prefix("/") {
            return resolveSitePath(target.path, target: target, asFile: nil)
        }
        // A file next to the Markdown source, as GitHub and editors see it.
        let filePath = LinkTarget.normalizedPath(folder.isEmpty ? target.path : folder + "/" + target.path)
        if let filePath {
            if let found = site.page(atSource: filePath) {
                return .page(found, fragment: target.fragment, query: target.query)
            }
            if site.assets.contains(filePath) {
                return .asset(filePath, query: target.query, fragment: target.fragment)
            }
        }
        // Else a URL, relative to the page's own URL, as a browser resolves it.
        guard let sitePath = LinkTarget.normalizedPath(page.url + target.path) else {
            return .missing(lookedFor: target.path, asFile: filePath)
        }
        return resolveSitePath("/" + sitePath, target: target, asFile: filePath)
    }

    /// Matches a root-relative path against pages, aliases and assets.
    private func resolveSitePath(_ rawPath: String, target: LinkTarget, asFile: String?) -> LinkResolution {
        guard let normalized = LinkTarget.normalizedPath(rawPath) else {
            return .missing(lookedFor: rawPath, asFile: asFile)
        }
        let path = "/" + normalized
        if site.assets.contains(normalized) {
            return .asset(normalized, query: target.query, fragment: target.fragment)
        }
        let url = Self.pageURL(for: path)
        if let found = site.page(atURL: url) {
            return .page(found, fragment: target.fragment, query: target.query)
        }
        return .missing(lookedFor: path, asFile: asFile)
    }

    /// `/x`, `/x/`, `/x/index.html`, `/x.md` and `/x/index.md` → `/x/`.
    static func pageURL(for path: String) -> String {
        var url = path
        for suffix in ["/index.html", "/index.md"] where url.hasUTF8Suffix(suffix) {
            url = url.droppingUTF8Suffix(suffix.utf8.count - 1)
        }
        if url.hasUTF8Suffix(".md") { url = url.droppingUTF8Suffix(3) }
        if url.hasUTF8Suffix(".html") { url = url.droppingUTF8Suffix(5) }
        if !url.hasUTF8Suffix("/") { url += "/" }
        return url
    }

    /// The part of `url` after `base` when `url` is under it (a path, query or
    /// fragment boundary must follow), else nil.
    static func suffix(of url: String, after base: String) -> String? {
        guard url.hasUTF8Prefix(base) else { return nil }
        let rest = url.droppingUTF8Prefix(base.utf8.count)
        guard rest.isEmpty || rest.hasUTF8Prefix("/") || rest.hasUTF8Prefix("?") || rest.hasUTF8Prefix("#") else {
            return nil
        }
        return rest.hasUTF8Prefix("/") || rest.isEmpty ? rest : "/" + rest
    }

    /// `http:`, `mailto:`, `tel:`… (RFC 3986 scheme before the first `/`, `?` or `#`).
    static func hasScheme(_ url: String) -> Bool {
        guard let first = url.unicodeScalars.first, first.isASCIILetter else { return false }
        for scalar in url.unicodeScalars.dropFirst() {
            if scalar == ":" { return true }
            guard
                scalar.isASCIILetter || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            else {
                return false
            }
        }
        return false
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
