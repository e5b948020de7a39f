import Foundation
import XCTest

@testable import DocgenCore

/// Files docgen cannot or must not read, where the pipeline meets them: the
/// content scan reports and leaves them out; `docgen.yml` and the theme stop
/// the build with the same codes.
final class SiteFileProblemsTests: XCTestCase {
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

    private func link(_ site: FixtureSite, _ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: site.url(path).path, withDestinationPath: target)
    }

    func testInventoryReportsSkippedEntriesWithTheContentFolderPrefix() throws {
        let site = try FixtureSite(["pages/index.md": "", "pages/a.png": "", "shared/b.md": "# B"])
        XCTAssertEqual(mkfifo(site.url("pages/pipe.png").path, 0o644), 0)
        try link(site, "pages/etc", to: "/etc")
        try link(site, "pages/b.md", to: "../shared/b.md")
        let inventory = try ContentInventory.scan(site.url("pages"), displayPrefix: "pages", siteRoot: site.root)
        XCTAssertEqual(inventory.markdownFiles, ["b.md", "index.md"])
        XCTAssertEqual(inventory.assets, ["a.png"])
        XCTAssertEqual(inventory.skipped, ["etc", "pipe.png"])
        XCTAssertEqual(
            inventory.diagnostics.map { "\($0.file ?? "-") \($0.code) \($0.severity)" },
            ["pages/etc unsafe-symlink error", "pages/pipe.png special-file error"])
        XCTAssertEqual(
            inventory.location(of: "b.md", in: site.url("pages").path),
            SiteBoundary.realPath(site.url("shared/b.md").path))
    }

    func testWithoutASiteRootOnlyTheContentFolderIsInside() throws {
        let site = try FixtureSite(["content/index.md": "", "shared/b.md": ""])
        try link(site, "content/b.md", to: "../shared/b.md")
        let inventory = try ContentInventory.scan(site.url("content"))
        XCTAssertEqual(inventory.markdownFiles, ["index.md"])
        XCTAssertEqual(inventory.diagnostics.map(\.code), ["unsafe-symlink"])
    }

    func testPagesThroughLinksAreReadAndPublished() throws {
        let site = try FixtureSite(["content/index.md": "# Home", "shared/guide.md": "# Shared guide"])
        try link(site, "content/guide.md", to: "../shared/guide.md")
        let report = try site.build()
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertTrue(site.read("public/guide/index.html")?.contains("Shared guide") ?? false)
    }

    func testABuildWithSkippedEntriesWritesTheRestAndFailsWithContentErrors() throws {
        let site = try FixtureSite(["content/index.md": "# Home"])
        XCTAssertEqual(mkfifo(site.url("content/pipe.md").path, 0o644), 0)
        let report = try site.build()
        XCTAssertEqual(report.locations, ["content/pipe.md:0:0 special-file"])
        XCTAssertEqual(report.exitStatus, 1)
        XCTAssertTrue(site.exists("public/index.html"))
        XCTAssertFalse(site.exists("public/pipe/index.html"))
    }

    func testFIFOConfigIsASetupError() throws {
        let site = try FixtureSite()
        XCTAssertEqual(mkfifo(site.url("docgen.yml").path, 0o644), 0)
        let error = setupError { _ = try ConfigLoader.load(siteRoot: site.root) }
        XCTAssertEqual(error?.diagnostics.map(\.code), ["special-file"])
        XCTAssertEqual(error?.diagnostics.first?.file, "docgen.yml")
    }

    func testConfigThroughALink() throws {
        let outside = try FixtureSite(["docgen.yml": "title: Outside\n"])
        let site = try FixtureSite(["config/docgen.yml": "title: Inside\n"])
        try link(site, "docgen.yml", to: "config/docgen.yml")
        XCTAssertEqual(try ConfigLoader.load(siteRoot: site.root).title, "Inside")
        try site.remove("docgen.yml")
        try link(site, "docgen.yml", to: outside.url("docgen.yml").path)
        XCTAssertEqual(
            setupError { _ = try ConfigLoader.load(siteRoot: site.root) }?.diagnostics.map(\.code), ["unsafe-symlink"])
        try site.remove("docgen.yml")
        try link(site, "docgen.yml", to: "missing.yml")
        XCTAssertEqual(
            setupError { _ = try ConfigLoader.load(siteRoot: site.root) }?.diagnostics.map(\.code), ["broken-symlink"])
    }

    func testThemeProblemsStopTheBuildWithEveryFileNamed() throws {
        let site = try FixtureSite()
        try site.addMinimalTheme()
        XCTAssertEqual(mkfifo(site.url("templates/static/pipe.css").path, 0o644), 0)
        try link(site, "templates/static/hosts", to: "/etc/hosts")
        let error = setupError {
            _ = try Theme.load(folder: site.url("templates"), displayPrefix: "templates", siteRoot: site.root)
        }
        XCTAssertEqual(
            error?.diagnostics.map { "\($0.file ?? "-") \($0.code)" },
            ["templates/static/hosts unsafe-symlink", "templates/static/pipe.css special-file"])
    }

    func testDanglingThemeFolderIsNotTheBuiltInTheme() throws {
        let site = try FixtureSite()
        try link(site, "templates", to: "no-theme")
        let error = setupError {
            _ = try Theme.load(folder: site.url("templates"), displayPrefix: "templates", siteRoot: site.root)
        }
        XCTAssertEqual(error?.diagnostics.map { "\($0.file ?? "-") \($0.code)" }, ["templates broken-symlink"])
    }

    func testThemeFileThroughALinkInsideTheSiteIsRead() throws {
        let site = try FixtureSite(["brand/site.css": "a {}"])
        try site.addMinimalTheme()
        try site.remove("templates/static/site.css")
        try link(site, "templates/static/site.css", to: "../../brand/site.css")
        let theme = try Theme.load(folder: site.url("templates"), displayPrefix: "templates", siteRoot: site.root)
        XCTAssertEqual(theme.staticFiles.map(\.path), (["site.css"] + FixtureSite.builtInStaticFiles).sorted())
        XCTAssertEqual(
            theme.staticFiles.first { $0.path == "site.css" }.map { Array($0.bytes) }, Array("a {}".utf8))
    }
}
