import Foundation

@testable import DocgenCore

/// The site the link tests share: base URL `https://example.com/docs`, a few
/// pages, an alias, a `url:` override, a draft and some assets. Each test adds
/// the page under test (`content/guides/intro.md`, served at `/guides/intro/`).
enum LinkFixture {
    static let files: [String: String] = [
        "docgen.yml": "title: Fixture\nbase_url: https://example.com/docs\n",
        "content/index.md": "# Home\n",
        "content/guides/other.md": "# Other\n\n## Installation\n\n## Installation\n",
        "content/guides/moved.md": "---\nurl: /custom/place/\n---\n# Moved\n",
        "content/guides/renamed.md": "---\naliases: [/old/renamed/]\n---\n# Renamed\n",
        "content/guides/wip.md": "---\ndraft: true\naliases: [/old/wip/]\n---\n# Work in progress\n",
        "content/guides/img/logo.png": "PNG",
        "content/my page.md": "# Café\n",
        "content/tokens/concepts/access-tokens.md": "# Access tokens\n",
        "content/files/guide.pdf": "PDF",
    ]

    /// The fixture with `intro` as `content/guides/intro.md` and any `extra` files.
    static func site(intro: String, extra: [String: String] = [:]) throws -> FixtureSite {
        let site = try FixtureSite(files.merging(extra) { $1 })
        try site.write("content/guides/intro.md", intro)
        try site.addMinimalTheme()
        return site
    }

    /// Builds the site and returns its diagnostics and the `href`/`src` values
    /// written for the intro page, in document order.
    static func build(_ intro: String, extra: [String: String] = [:]) throws -> (report: BuildReport, urls: [String]) {
        let site = try site(intro: intro, extra: extra)
        let report = try site.build()
        let html = site.read("public/guides/intro/index.html") ?? ""
        return (report, urls(in: html))
    }

    static func urls(in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"(?:href|src)="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).map { String(html[Range($0.range(at: 1), in: html)!]) }
    }
}
