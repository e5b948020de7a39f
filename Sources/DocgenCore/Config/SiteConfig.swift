import DocgenMarkdown
import Foundation

/// The settings of a site, from an optional `docgen.yml` at its root. Every
/// setting has a default, so a folder of Markdown builds with no config.
public struct SiteConfig: Sendable {
    public var title = "Documentation"
    /// The site's description: `<meta name="description">` of pages that have none.
    public var description = ""
    /// Where the site is published, e.g. `https://auth0.com/docs`. Absolute
    /// links that start with it are internal and checked.
    public var baseURL: String?
    /// Where a page's source can be edited, e.g.
    /// `https://github.com/org/repo/edit/main/content/`: a page's edit link is
    /// this + its path relative to the content folder.
    public var editURL: String?
    public var contentFolder = "content"
    public var templatesFolder = "templates"
    public var outputFolder = "public"
    /// Publish raw HTML from Markdown (trusted content only).
    public var rawHTML = false
    public var linkPolicy = LinkPolicy()
    /// The Markdown extensions pages are read with (`markdown.extensions`):
    /// all unless the config names some; none gives cmark's own HTML.
    public var markdownExtensions = MarkdownExtensions.all
    /// `baseline:`: the baseline file `--baseline` reads by default.
    public var baseline: ConfiguredPath?
    /// `previous:`: the previous site `--previous` reads by default.
    public var previous: ConfiguredPath?

    public init() {}

    /// The path part of `base_url` without a trailing slash: `/docs`, or "".
    public var basePath: String {
        guard let baseURL, let schemeEnd = baseURL.range(of: "://") else { return "" }
        let afterHost = baseURL[schemeEnd.upperBound...]
        guard let slash = afterHost.firstIndex(of: "/") else { return "" }
        var path = String(afterHost[slash...])
        while path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// The "Edit this page" URL of a Markdown file at `sourcePath` (relative
    /// to the content folder): `edit_url`, a `/` if it has none, and the path
    /// with each segment percent-encoded. Nil without `edit_url`.
    func editURL(forSourcePath sourcePath: String) -> String? {
        guard var url = editURL, !url.isEmpty else { return nil }
        if !url.hasSuffix("/") { url += "/" }
        let segments = sourcePath.split(separator: "/", omittingEmptySubsequences: true).map {
            String($0).addingPercentEncoding(withAllowedCharacters: Self.pathSegmentCharacters) ?? String($0)
        }
        return url + segments.joined(separator: "/")
    }

    /// RFC 3986 `pchar` minus `:` and `;`, which some servers read specially.
    private static let pathSegmentCharacters = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,=@")

    /// `base_url` without a trailing slash, for matching absolute links.
    var normalizedBaseURL: String? {
        guard var url = baseURL, !url.isEmpty else { return nil }
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}
