import XCTest

@testable import DocgenCore

/// What a reported path can touch: content files, the whole site, or nothing.
final class SessionChangesTests: XCTestCase {
    private func changes(_ paths: Set<String>, in site: FixtureSite) throws -> SessionChanges {
        let setup = try SiteSetup.load(BuildOptions(siteRoot: site.root), loadsTheme: false, checksOutput: false)
        return SessionChanges(paths, setup: setup, symlinkedFiles: [:])
    }

    func testContentPathsAreRelativeToTheContentFolderWhateverTheirForm() throws {
        let site = try FixtureSite(["content/index.md": "# Home\n"])
        let found = try changes(["content/a/b.md", site.url("content/img/x.png").path, "content/./c.md"], in: site)
        XCTAssertFalse(found.everything)
        XCTAssertEqual(found.content, ["a/b.md", "img/x.png", "c.md"])
    }

    func testHiddenEntriesAndTheOutputFolderAreIgnored() throws {
        let site = try FixtureSite(["content/index.md": "# Home\n"])
        let found = try changes(
            [
                "content/.a.md.swp", "content/.git/index", "templates/.layout.mustache.swp", ".docgen-cache/x",
                "public/index.html",
            ],
            in: site)
        XCTAssertFalse(found.everything)
        XCTAssertEqual(found.content, [])
    }

    func testTheConfigTheThemeAndUnknownPathsRebuildEverything() throws {
        let site = try FixtureSite(["content/index.md": "# Home\n"])
        for path in [
            "docgen.yml", site.url("docgen.yml").path, "templates/layout.mustache", "templates", "content", "",
            "/elsewhere/x",
        ] {
            XCTAssertTrue(try changes([path], in: site).everything, path)
        }
    }

    func testTheFoldersOfTheConfigAreUsed() throws {
        let site = try FixtureSite([
            "docgen.yml": "content_dir: docs\ntemplates_dir: theme\n", "docs/index.md": "# Home\n",
        ])
        XCTAssertEqual(try changes(["docs/a.md"], in: site).content, ["a.md"])
        XCTAssertTrue(try changes(["theme/page.mustache"], in: site).everything)
        XCTAssertTrue(try changes(["content/a.md"], in: site).everything)
    }
}
