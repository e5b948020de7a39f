import XCTest

@testable import DocgenCore

/// `docgen.yml` and the folders it names: defaults, unknown keys and wrong
/// types are setup errors with the line, and so are impossible folder layouts.
final class ConfigLoaderTests: XCTestCase {
    private func setupError(_ body: () throws -> Void) -> SetupError? {
        do {
            try body()
            return nil
        } catch let error as SetupError {
            return error
        } catch {
            XCTFail("expected a SetupError, got \(error)")
            return nil
        }
    }

    func testNoConfigMeansDefaults() throws {
        let site = try FixtureSite()
        let config = try ConfigLoader.load(siteRoot: site.root)
        XCTAssertEqual(config.title, "Documentation")
        XCTAssertNil(config.baseURL)
        XCTAssertEqual(config.contentFolder, "content")
        XCTAssertEqual(config.outputFolder, "public")
        XCTAssertFalse(config.rawHTML)
    }

    func testReadsEveryKey() throws {
        let site = try FixtureSite([
            "docgen.yml": """
            title: Docs
            base_url: https://example.com/docs/
            edit_url: https://github.com/org/repo/edit/main/pages/
            content_dir: pages
            templates_dir: theme
            output_dir: out
            raw_html: true
            links:
              severity:
                empty-link: error
                missing-anchor: ignore
              ignore: ["/legacy/**"]
            """
        ])
        let config = try ConfigLoader.load(siteRoot: site.root)
        XCTAssertEqual(config.title, "Docs")
        XCTAssertEqual(config.basePath, "/docs")
        XCTAssertEqual(config.editURL, "https://github.com/org/repo/edit/main/pages/")
        XCTAssertEqual(config.contentFolder, "pages")
        XCTAssertEqual(config.templatesFolder, "theme")
        XCTAssertEqual(config.outputFolder, "out")
        XCTAssertTrue(config.rawHTML)
        XCTAssertEqual(config.linkPolicy.levels, ["empty-link": .error, "missing-anchor": .ignore])
        XCTAssertEqual(config.linkPolicy.ignoredTargets.map(\.pattern), ["/legacy/**"])
    }

    func testUnknownKeyIsASetupErrorWithItsLine() throws {
        let site = try FixtureSite(["docgen.yml": "title: Docs\n\nbase_ulr: https://example.com\n"])
        let error = setupError { _ = try ConfigLoader.load(siteRoot: site.root) }
        XCTAssertEqual(error?.diagnostics.count, 1)
        XCTAssertEqual(error?.diagnostics.first?.file, "docgen.yml")
        XCTAssertEqual(error?.diagnostics.first?.line, 3)
        XCTAssertTrue(error?.diagnostics.first?.message.contains("base_ulr") ?? false)
    }

    func testWrongTypesAndUnknownLinkCodesAreSetupErrors() throws {
        let cases: [(String, Int)] = [
            ("raw_html: sometimes\n", 1),
            ("title: T\nlinks:\n  severity:\n    missing-pgae: warning\n", 4),
            ("links:\n  severity:\n    missing-page: loud\n", 3),
            ("links:\n  ignored: [a]\n", 2),
            ("links: [a]\n", 1),
        ]
        for (yaml, line) in cases {
            let site = try FixtureSite(["docgen.yml": yaml])
            let error = setupError { _ = try ConfigLoader.load(siteRoot: site.root) }
            XCTAssertEqual(error?.diagnostics.first?.line, line, yaml)
            XCTAssertEqual(error?.diagnostics.first?.code, "config", yaml)
        }
    }

    func testBaseURLMustBeAbsolute() throws {
        let site = try FixtureSite(["docgen.yml": "title: Docs\nbase_url: example.com/docs\n"])
        let error = setupError { _ = try ConfigLoader.load(siteRoot: site.root) }
        XCTAssertEqual(error?.diagnostics.first?.line, 2)
        XCTAssertTrue(error?.diagnostics.first?.message.contains("`base_url`") ?? false)
    }

    func testEditURLMustBeAbsoluteWithItsLine() throws {
        for bad in ["github.com/org/repo/edit/main/content/", "ftp://example.com/", "https://", "\"\""] {
            let site = try FixtureSite(["docgen.yml": "title: Docs\nedit_url: \(bad)\n"])
            let error = setupError { _ = try ConfigLoader.load(siteRoot: site.root) }
            XCTAssertEqual(error?.diagnostics.first?.code, "config", bad)
            XCTAssertEqual(error?.diagnostics.first?.file, "docgen.yml", bad)
            XCTAssertEqual(error?.diagnostics.first?.line, 2, bad)
            XCTAssertTrue(
                error?.diagnostics.first?.message.contains("`edit_url` must be an absolute URL") ?? false, bad)
        }
        let wrongType = try FixtureSite(["docgen.yml": "edit_url: [a]\n"])
        XCTAssertEqual(setupError { _ = try ConfigLoader.load(siteRoot: wrongType.root) }?.diagnostics.first?.line, 1)
    }

    func testEditURLOfASourcePath() {
        var config = SiteConfig()
        XCTAssertNil(config.editURL(forSourcePath: "a.md"))
        config.editURL = "https://github.com/org/repo/edit/main/content"
        XCTAssertEqual(
            config.editURL(forSourcePath: "guide/a b&c.md"),
            "https://github.com/org/repo/edit/main/content/guide/a%20b&c.md")
        config.editURL = "https://gitlab.com/org/repo/-/edit/main/docs/"
        XCTAssertEqual(
            config.editURL(forSourcePath: "index.md"), "https://gitlab.com/org/repo/-/edit/main/docs/index.md")
    }

    func testUnknownKeyListsEditURL() throws {
        let site = try FixtureSite(["docgen.yml": "edit_link: https://example.com\n"])
        let message = setupError { _ = try ConfigLoader.load(siteRoot: site.root) }?.diagnostics.first?.message ?? ""
        XCTAssertTrue(message.contains("edit_url"), message)
    }

    func testMissingContentFolderIsASetupError() throws {
        let site = try FixtureSite(["docgen.yml": "title: Docs\n"])
        let error = setupError { _ = try site.check() }
        XCTAssertEqual(error?.diagnostics.first?.code, "config")
        XCTAssertTrue(error?.diagnostics.first?.message.contains("content") ?? false)
    }

    func testOutputFolderInsideContentIsASetupError() throws {
        let site = try FixtureSite(["content/a.md": "# A\n", "docgen.yml": "output_dir: content/public\n"])
        try site.addMinimalTheme()
        let error = setupError { _ = try site.build() }
        XCTAssertEqual(error?.diagnostics.first?.code, "output")
        XCTAssertFalse(site.exists("content/public"), "nothing is written into content/")

        let flag = setupError { _ = try site.build(output: "content") }
        XCTAssertEqual(flag?.diagnostics.first?.code, "output")
    }

    func testFoldersAreSpelledOneWay() {
        XCTAssertEqual(ConfigLoader.folder("./content/"), "content")
        XCTAssertEqual(ConfigLoader.folder("docs//content"), "docs/content")
        XCTAssertEqual(ConfigLoader.folder("../shared/docs/"), "../shared/docs")
        XCTAssertEqual(ConfigLoader.folder("/srv/site/"), "/srv/site")
        XCTAssertEqual(ConfigLoader.folder("./"), ".")
    }
}
