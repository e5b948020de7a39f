/// The settings of a site, from an optional `docgen.yml` at its root. Every
/// setting has a default, so a folder of Markdown builds with no config.
public struct SiteConfig: Sendable {
    public var title = "Documentation"
    /// The site's description: `<meta name="description">` of pages that have none.
    public var description = ""
    /// Where the site is published, e.g. `https://auth0.com/docs`. Absolute
    /// links that start with it are internal and checked.
    public var baseURL: String?
    public var contentFolder = "content"
    public var templatesFolder = "templates"
    public var outputFolder = "public"
    /// Publish raw HTML from Markdown (trusted content only).
    public var rawHTML = false
    public var linkPolicy = LinkPolicy()

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

    /// `base_url` without a trailing slash, for matching absolute links.
    var normalizedBaseURL: String? {
        guard var url = baseURL, !url.isEmpty else { return nil }
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}
