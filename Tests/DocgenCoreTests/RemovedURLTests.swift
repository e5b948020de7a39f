import Foundation
import XCTest

@testable import DocgenCore

/// `removed-url` (issue 12, part 2): every URL the previous site served,
/// read from a sitemap, a URL list or an output folder, must still be served;
/// the note names the alias to add and the page that looks like the new home.
final class RemovedURLTests: XCTestCase {
    private let tokenText =
        "The access token is a credential that can be used by an application to access an API. It informs the API that the bearer of the token has been authorized."

    /// The site after the pull request: `tokens/access_token.md` renamed to
    /// `access-token.md`, `old.md` and `img/logo.png` deleted, `moved.md`
    /// kept at its old URL by an alias.
    private func currentSite() throws -> FixtureSite {
        try FixtureSite([
            "docgen.yml": "title: T\nbase_url: https://example.com/docs\n",
            "content/index.md": "# Home\n",
            "content/tokens/access-token.md": "---\ntitle: Access Token\n---\n\(tokenText)\n",
            "content/guide/new-place.md": "---\ntitle: Moved\naliases: [/guide/moved/]\n---\nMoved.\n",
            "content/img/other.png": "x",
        ])
    }

    private func check(_ site: FixtureSite, previous path: String) throws -> [Diagnostic] {
        let config = try ConfigLoader.load(siteRoot: site.root)
        var options = BuildOptions(siteRoot: site.root)
        options.writesSite = false
        options.previous = try PreviousSite.load(
            site.url(path), display: path, basePath: config.basePath)
        return try SiteBuilder.run(options).diagnostics(DiagnosticCode.removedURL.rawValue)
    }

    private let aliasFix =
        "add `aliases: [/tokens/access_token/]` to the front matter of content/tokens/access-token.md"

    func testSitemapWithAbsoluteURLsUnderBaseURL() throws {
        let site = try currentSite()
        try site.write(
            "live-sitemap.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- the live site's -->
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
              <url><loc>https://example.com/docs/</loc></url>
              <url>
                <loc>https://example.com/docs/tokens/access_token/</loc>
                <image:image><image:loc>https://example.com/docs/img/gone.png</image:loc></image:image>
              </url>
              <url><loc><![CDATA[https://example.com/docs/guide/moved/]]></loc></url>
              <url><loc>https://example.com/docs/old/?a=1&amp;b=2</loc><lastmod>2024-01-01</lastmod></url>
            </urlset>
            """)
        let removed = try check(site, previous: "live-sitemap.xml")
        XCTAssertEqual(
            removed.map(\.target),
            ["https://example.com/docs/tokens/access_token/", "https://example.com/docs/old/?a=1&b=2"])
        XCTAssertEqual(removed.map(\.file), ["live-sitemap.xml", "live-sitemap.xml"])
        XCTAssertEqual(removed.map(\.line), [6, 10])
        XCTAssertEqual(removed.first?.column, 10)
        XCTAssertEqual(removed.first?.severity, .error)
        let note = try XCTUnwrap(removed.first?.notes.first)
        XCTAssertTrue(note.hasSuffix(aliasFix), note)
        XCTAssertTrue(note.contains("same slug `access-token`"), note)
        XCTAssertTrue(removed[1].notes[0].contains("no current page looks like its new home"), removed[1].notes[0])
    }

    func testSitemapIndexReadsTheSitemapsBesideIt() throws {
        let site = try currentSite()
        try site.write(
            "prev/sitemap.xml",
            """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://example.com/docs/sitemap-pages.xml</loc></sitemap>
            </sitemapindex>
            """)
        try site.write(
            "prev/sitemap-pages.xml",
            "<urlset><url><loc>https://example.com/docs/tokens/access_token/</loc></url></urlset>")
        let removed = try check(site, previous: "prev/sitemap.xml")
        XCTAssertEqual(removed.map(\.file), ["prev/sitemap-pages.xml"])
        XCTAssertEqual(removed.map(\.line), [1])
        try site.remove("prev/sitemap-pages.xml")
        XCTAssertThrowsError(try check(site, previous: "prev/sitemap.xml")) { error in
            let diagnostic = (error as? SetupError)?.diagnostics.first
            XCTAssertEqual(diagnostic?.line, 2)
            XCTAssertTrue(diagnostic?.message.contains("save that sitemap beside") ?? false)
        }
    }

    func testURLListOfURLsAndPaths() throws {
        let site = try currentSite()
        try site.write(
            "urls.txt",
            "# previous URLs\n\n  https://example.com/docs/tokens/access_token/\n/docs/guide/moved\n/img/logo.png\nold/\n/img/other.png\n/docgen.css\n"
        )
        let removed = try check(site, previous: "urls.txt")
        XCTAssertEqual(
            removed.map(\.target), ["https://example.com/docs/tokens/access_token/", "/img/logo.png", "old/"])
        XCTAssertEqual(removed.map(\.line), [3, 5, 6])
        XCTAssertEqual(removed.first?.column, 3)
        XCTAssertTrue(removed[0].notes[0].hasSuffix(aliasFix), removed[0].notes[0])
        XCTAssertTrue(removed[1].notes[0].contains("aliases redirect pages, not files"), removed[1].notes[0])
    }

    func testPreviousOutputFolderGuessesByTitleAndText() throws {
        let site = try currentSite()
        let page =
            "<html><head><title>Access Token · T</title></head><body><nav>Home Tokens</nav><main><h1>Access Token</h1><p>\(tokenText)</p></main></body></html>"
        try site.write("old-site/tokens/access_token/index.html", page)
        try site.write("old-site/index.html", "<html><body><main><h1>Home</h1></main></body></html>")
        try site.write("old-site/.nojekyll", "")
        // Renamed beyond recognition by name: only the title and the text say where it went.
        try site.remove("content/tokens/access-token.md")
        try site.write("content/auth/credentials.md", "---\ntitle: Access Token\n---\n\(tokenText)\n")
        let removed = try check(site, previous: "old-site")
        XCTAssertEqual(removed.map(\.file), ["old-site/tokens/access_token/index.html"])
        XCTAssertNil(removed.first?.line)
        let note = try XCTUnwrap(removed.first?.notes.first)
        XCTAssertTrue(note.contains("same title “Access Token”"), note)
        XCTAssertTrue(note.contains("mostly the same text"), note)
        XCTAssertTrue(
            note.hasSuffix("add `aliases: [/tokens/access_token/]` to the front matter of content/auth/credentials.md"),
            note)
    }

    func testAPageWithAliasesGetsTheURLAddedToItsList() throws {
        let site = try currentSite()
        try site.write("urls.txt", "/guide/moved-again/\n")
        try site.write("content/guide/moved-again.md", "# x\n")
        try site.remove("content/guide/moved-again.md")
        try site.remove("content/guide/new-place.md")
        try site.write("content/guide/moved-again-2.md", "---\ntitle: M\naliases: [/a/]\nslug: moved_again\n---\nx\n")
        let removed = try check(site, previous: "urls.txt")
        XCTAssertTrue(
            removed.first?.notes.first?.hasSuffix(
                "add `/guide/moved-again/` to the `aliases:` list in the front matter of content/guide/moved-again-2.md"
            )
                ?? false, "\(removed)")
    }

    func testServedURLsAreNotReported() throws {
        let site = try currentSite()
        try site.write(
            "urls.txt",
            "/\n/index.html\n/tokens/access-token/\n/tokens/access-token\n/guide/moved/\n/img/other.png\n/docgen.css\n/sitemap.xml\n/robots.txt\n/404.html\n/search-index.json\n"
        )
        XCTAssertEqual(try check(site, previous: "urls.txt"), [])
    }

    func testURLsOutsideBaseURLAndBrokenSitemapsAreSetupErrors() throws {
        let site = try currentSite()
        try site.write("a.txt", "https://example.com/blog/post/\n")
        try site.write("b.xml", "<urlset><url><loc>https://example.com/docs/</loc></url>\n<url></urlset>")
        try site.write("c.xml", "<html><body></body></html>")
        for (file, line, words) in [
            ("a.txt", 1, "is not under base_url"), ("b.xml", 2, "does not close"), ("c.xml", 1, "not a sitemap"),
        ] {
            XCTAssertThrowsError(try check(site, previous: file)) { error in
                let diagnostic = (error as? SetupError)?.diagnostics.first
                XCTAssertEqual(diagnostic?.file, file)
                XCTAssertEqual(diagnostic?.line, line)
                XCTAssertTrue(diagnostic?.message.contains(words) ?? false, diagnostic?.message ?? "")
            }
        }
    }
}
