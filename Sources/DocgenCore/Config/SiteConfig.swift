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
    /// Read for every link of every page, so it scans bytes instead of
    /// calling Foundation's `range(of:)`, which cost 8% of a build.
    public var basePath: String { Self.basePath(of: baseURL) }

    /// The path part of a base URL without a trailing slash: `/docs`, or "".
    static func basePath(of baseURL: String?) -> String {
        guard let utf8 = baseURL?.utf8 else { return "" }
        let slash = UInt8(ascii: "/")
        var index = utf8.startIndex
        var hostStart: String.Index?
        while index < utf8.endIndex, hostStart == nil {
            let next = utf8.index(after: index)
            if utf8[index] == UInt8(ascii: ":"), next < utf8.endIndex, utf8[next] == slash {
                let third = utf8.index(after: next)
                if third < utf8.endIndex, utf8[third] == slash { hostStart = utf8.index(after: third) }
            }
            index = next
        }
        guard let hostStart, let pathStart = utf8[hostStart...].firstIndex(of: slash) else { return "" }
        var pathEnd = utf8.endIndex
        while pathEnd > pathStart, utf8[utf8.index(before: pathEnd)] == slash { pathEnd = utf8.index(before: pathEnd) }
        return String(utf8[pathStart..<pathEnd])!
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
