import XCTest

@testable import DocgenCore

/// The files every static site is expected to have: sitemap.xml, robots.txt
/// and 404.html, and the canonical link and description of every page.
final class StandardFilesTests: XCTestCase {
    /// The built-in theme, a draft, a generated section and a title that needs escaping.
    private func makeSite(config: String = "title: T\nbase_url: https://example.com/docs/\n") throws -> FixtureSite {
        try FixtureSite([
            "docgen.yml": config, "content/index.md": "# Home\n",
            "content/a.md": "---\ndescription: About A\n---\n# A\n",
            "content/d.md": "---\ndraft: true\n---\n# D\n", "content/g/b&c.md": "# B\n",
        ])
    }

    func testSitemapListsPublishedPagesWithAbsoluteURLsAndNoDrafts() throws {
        let site = try makeSite()
        _ = try site.build(drafts: true)
        XCTAssertEqual(
            site.read("public/sitemap.xml"),
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.com/docs/</loc></url>
              <url><loc>https://example.com/docs/a/</loc></url>
              <url><loc>https://example.com/docs/g/</loc></url>
              <url><loc>https://example.com/docs/g/b&amp;c/</loc></url>
            </urlset>

            """)
        XCTAssertEqual(
            site.read("public/robots.txt"), "User-agent: *\nAllow: /\n\nSitemap: https://example.com/docs/sitemap.xml\n"
        )
    }

    func testWithoutBaseURLThereIsNoSitemap() throws {
        let site = try makeSite(config: "title: T\n")
        _ = try site.build()
        XCTAssertFalse(site.exists("public/sitemap.xml"))
        XCTAssertEqual(site.read("public/robots.txt"), "User-agent: *\nAllow: /\n")
    }

    func testNotFoundPageUsesTheThemeWithRootRelativeLinks() throws {
        let site = try makeSite()
        _ = try site.build()
        let html = try XCTUnwrap(site.read("public/404.html"))
        XCTAssertTrue(html.contains("<title>Page not found · T</title>"), html)
        XCTAssertTrue(html.contains("<h1>Page not found</h1>"), html)
        XCTAssertTrue(html.contains("class=\"site-nav\""), "the sidebar")
        XCTAssertFalse(html.contains("class=\"current\""), "no sidebar item is current")
        XCTAssertTrue(html.contains("<a href=\"/docs/a/\">A</a>"), html)
        XCTAssertFalse(html.contains("rel=\"canonical\""))
    }

    func testTheThemesNotFoundTemplateAndTheContentsOwnFilesWin() throws {
        let site = try makeSite()
        try site.addMinimalTheme()
        try site.write("templates/404.mustache", "<p>Lost: {{page.title}}</p>")
        try site.write("content/robots.txt", "User-agent: *\nDisallow: /\n")
        _ = try site.build()
        XCTAssertEqual(site.read("public/404.html"), "<title>Page not found</title>\n<p>Lost: Page not found</p>\n")
        XCTAssertEqual(site.read("public/robots.txt"), "User-agent: *\nDisallow: /\n")
    }

    func testEveryPageHasACanonicalLinkAndADescription() throws {
        let site = try makeSite(config: "title: T\ndescription: Docs for T\nbase_url: https://example.com/docs\n")
        _ = try site.build()
        let page = try XCTUnwrap(site.read("public/a/index.html"))
        XCTAssertTrue(page.contains("<link rel=\"canonical\" href=\"https://example.com/docs/a/\">"), page)
        XCTAssertTrue(page.contains("<meta name=\"description\" content=\"About A\">"), page)
        let home = try XCTUnwrap(site.read("public/index.html"))
        XCTAssertTrue(home.contains("<meta name=\"description\" content=\"Docs for T\">"), "the site's description")
    }
}
