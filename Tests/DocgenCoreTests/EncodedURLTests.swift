import XCTest

@testable import DocgenCore

/// Pages whose file names hold URL delimiters: the written URLs are
/// percent-encoded everywhere, links written encoded resolve, and the files
/// keep their real names.
final class EncodedURLTests: XCTestCase {
    private func site() throws -> FixtureSite {
        try FixtureSite([
            "docgen.yml": "base_url: https://example.com/docs\n",
            "content/index.md": "# Home\n\n[a](/c%23d/) [b](c%23d.md#part-2) [c](<my page.md>) [d](img/a%20b.png)\n",
            "content/c#d.md": "---\naliases: [/old/]\n---\n# C\n\n## Part 2\n",
            "content/my page.md": "# Space\n",
            "content/img/a b.png": "png",
        ])
    }

    func testEncodedLinksResolveWithoutDiagnostics() throws {
        XCTAssertEqual(try site().check().locations, [])
    }

    func testEveryWrittenURLIsEncodedAndTheFilesKeepTheirNames() throws {
        let site = try site()
        XCTAssertEqual(try site.build().locations, [])
        XCTAssertTrue(site.exists("public/c#d/index.html"))
        XCTAssertTrue(site.exists("public/my page/index.html"))
        let home = try XCTUnwrap(site.read("public/index.html"))
        for href in ["/docs/c%23d/", "/docs/c%23d/#part-2", "/docs/my%20page/", "/docs/img/a%20b.png"] {
            XCTAssertTrue(home.contains("href=\"\(href)\""), href)
        }
        XCTAssertFalse(home.contains("href=\"/docs/c#d/\""), "a raw `#` would cut the URL")
        let page = try XCTUnwrap(site.read("public/c#d/index.html"))
        XCTAssertTrue(page.contains("<link rel=\"canonical\" href=\"https://example.com/docs/c%23d/\">"))
        XCTAssertTrue(try XCTUnwrap(site.read("public/old/index.html")).contains("url=/docs/c%23d/"))
        XCTAssertTrue(
            try XCTUnwrap(site.read("public/sitemap.xml")).contains("<loc>https://example.com/docs/c%23d/</loc>"))
        XCTAssertTrue(try XCTUnwrap(site.read("public/search-index.json")).contains("\"u\":\"/docs/my%20page/\""))
    }

    func testARawHashIsAFragmentAndTheNoteSaysHowToWriteIt() throws {
        let site = try site()
        try site.write("content/raw.md", "# Raw\n\n[x](/c#d/)\n")
        let missing = try site.check().diagnostics("missing-page")
        XCTAssertEqual(missing.map(\.line), [3])
        XCTAssertEqual(
            missing.first?.notes,
            ["`#` starts a fragment and `?` a query in a URL; to link to content/c#d.md write `/c%23d/`"])
    }
}
