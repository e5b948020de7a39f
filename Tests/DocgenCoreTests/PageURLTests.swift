import XCTest

@testable import DocgenCore

/// links.md's URL mapping: `a/b.md` → `/a/b/` → `a/b/index.html`, and the
/// front-matter keys that move a page.
final class PageURLTests: XCTestCase {
    func testDefaultURLs() {
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "index.md"), "/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "about.md"), "/about/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "a/b.md"), "/a/b/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "a/index.md"), "/a/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "a/b/c.md"), "/a/b/c/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "tokens/access_token.md"), "/tokens/access_token/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "a/my page.md"), "/a/my page/", "URLs are decoded paths")
    }

    func testOutputPaths() {
        XCTAssertEqual(PageURL.outputPath(forURL: "/"), "index.html")
        XCTAssertEqual(PageURL.outputPath(forURL: "/a/"), "a/index.html")
        XCTAssertEqual(PageURL.outputPath(forURL: "/a/b/"), "a/b/index.html")
    }

    func testSlugReplacesTheLastSegment() {
        XCTAssertEqual(PageURL.applying(slug: "intro", to: "/guides/getting-started/"), "/guides/intro/")
        XCTAssertEqual(PageURL.applying(slug: "intro", to: "/about/"), "/intro/")
        for unsafe in ["a/b", "..", ".", "", "a\\b", "c:d"] {
            XCTAssertNil(PageURL.applying(slug: unsafe, to: "/guides/x/"), unsafe)
        }
    }

    func testExplicitURLsAreNormalized() {
        XCTAssertEqual(PageURL.normalize(explicit: "/a/b/"), "/a/b/")
        XCTAssertEqual(PageURL.normalize(explicit: "/a/b"), "/a/b/")
        XCTAssertEqual(PageURL.normalize(explicit: "a/b"), "/a/b/")
        XCTAssertEqual(PageURL.normalize(explicit: "/a//b/"), "/a/b/")
        XCTAssertEqual(PageURL.normalize(explicit: "/a/index.html"), "/a/")
        XCTAssertEqual(PageURL.normalize(explicit: "/"), "/")
    }

    func testExplicitURLsThatEscapeAreRejected() {
        for unsafe in [
            "../../etc", "/a/../../b", "/./a", "..", "https://example.com/", "/a\\b", "/a\0b", "//evil/x/..",
        ] {
            XCTAssertNil(PageURL.normalize(explicit: unsafe), unsafe)
        }
    }

    func testSectionAndSlugInASite() throws {
        let site = try FixtureSite([
            "content/index.md": "# Home\n",
            "content/guides/index.md": "# Guides\n",
            "content/guides/getting-started.md": "---\nslug: start\n---\n",
            "content/guides/deep/page.md": "---\nurl: /elsewhere/page\n---\n",
            "content/tokens/a.md": "# A\n",
        ])
        let index = try site.index()
        let urls = Dictionary(
            uniqueKeysWithValues: index.pages.map { ($0.url, $0.file ?? "generated:" + $0.sourcePath) })
        XCTAssertEqual(
            urls,
            [
                "/": "content/index.md",
                "/guides/": "content/guides/index.md",
                "/guides/start/": "content/guides/getting-started.md",
                "/elsewhere/page/": "content/guides/deep/page.md",
                "/guides/deep/": "generated:guides/deep",
                "/tokens/": "generated:tokens",
                "/tokens/a/": "content/tokens/a.md",
            ])
    }
}
