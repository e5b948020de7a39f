import XCTest

/// What each command leaves on disk: `build` writes the site, `check` nothing.
final class CommandOutputTests: XCTestCase {
    func testBuildWritesTheRepositorySite() throws {
        let site = try ScratchSite.copyOfRepository()
        let result = try site.run(["build"])
        XCTAssertEqual(result.status, 1, "the seed page has broken links")
        for file in ["index.html", "tokens/index.html", "tokens/access_token/index.html", "docgen.css"] {
            XCTAssertTrue(site.exists("public/" + file), "public/\(file) missing; have \(site.tree("public"))")
        }
        let token = site.read("public/tokens/access_token/index.html") ?? ""
        XCTAssertTrue(token.contains(#"href="/docs/docgen.css""#), "CSS is linked under base_url's path")
        XCTAssertTrue(token.contains(#"<h2 id="overview">Overview</h2>"#))
        let home = site.read("public/index.html") ?? ""
        XCTAssertTrue(home.contains(#"href="/docs/tokens/access_token/""#), "the .md link is rewritten to the page URL")
        XCTAssertTrue(result.stderr.contains("built"), result.stderr)
    }

    func testCheckWritesNothing() throws {
        let site = try ScratchSite.copyOfRepository()
        let before = site.tree()
        let result = try site.run(["check"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(site.tree(), before)
    }

    func testOutputOptionAndNoStagingLeftBehind() throws {
        let site = try ScratchSite.copyOfRepository()
        _ = try site.run(["build", ".", "--output", "out/site"])
        XCTAssertTrue(site.exists("out/site/tokens/access_token/index.html"))
        XCTAssertFalse(site.exists("public"))
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: site.url("out").path), ["site"],
            "no staging folder is left beside the output")
    }

    func testDraftsFlagPublishesDrafts() throws {
        let site = try ScratchSite(["content/index.md": "# Home\n", "content/wip.md": "---\ndraft: true\n---\n# WIP\n"])
        XCTAssertEqual(try site.run(["build"]).status, 0)
        XCTAssertFalse(site.exists("public/wip/index.html"))
        XCTAssertEqual(try site.run(["build", "--drafts"]).status, 0)
        XCTAssertTrue(site.exists("public/wip/index.html"))
    }
}
