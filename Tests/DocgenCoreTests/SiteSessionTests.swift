import XCTest

@testable import DocgenCore

/// A `SiteSession` holds the site `docgen build` would write, in memory,
/// writes nothing, and keeps the last good site through setup errors.
final class SiteSessionTests: XCTestCase {
    private func makeSite() throws -> FixtureSite {
        let site = try FixtureSite(["docgen.yml": "title: Served\nbase_url: https://example.com/docs\n"])
        try site.write("content/index.md", "# Home\n\n[guide](guide/start.md) [missing](/nowhere/)\n")
        try site.write(
            "content/guide/start.md", "---\ntitle: Start\naliases: [/begin/]\n---\n## Install\n\n[back](../index.md)\n")
        try site.write("content/guide/next.md", "# Next\n\n[install](start.md#install) ![logo](../img/logo.png)\n")
        try site.write("content/img/logo.png", "PNG")
        return site
    }

    func testTheFirstBuildIsTheBuiltSiteAndWritesNothing() throws {
        let site = try makeSite()
        let before = site.files(under: "")
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertEqual(site.files(under: ""), before, "the session wrote into the site folder")
        XCTAssertNil(session.initial.setupError)
        XCTAssertEqual(session.initial.number, 1)
        XCTAssertEqual(session.basePath, "/docs")
        XCTAssertTrue(session.initial.diagnostics.contains { $0.code == "missing-page" })
        XCTAssertNotNil(session.file(at: "guide/start/index.html"))
        XCTAssertNotNil(session.file(at: "begin/index.html"))
        XCTAssertNotNil(session.file(at: "404.html"))
        XCTAssertNil(session.file(at: "guide/start.md"))
        assertEqualsBuild(session, session.initial, site)
        XCTAssertEqual(
            session.watchedRoots.map(\.lastPathComponent), ["content", "templates", "docgen.yml"])
    }

    func testAnEditChangesThePageURLAndMatchesABuild() throws {
        let site = try makeSite()
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        try site.write("content/guide/next.md", "# Next\n\nNew words. [install](start.md#install)\n")
        let build = session.rebuild(changed: ["content/guide/next.md"])
        XCTAssertEqual(build.number, 2)
        XCTAssertTrue(build.changedURLs.contains("/docs/guide/next/"), "\(build.changedURLs)")
        XCTAssertFalse(build.changedURLs.contains("/docs/guide/start/"), "\(build.changedURLs)")
        XCTAssertFalse(build.cssOnly)
        assertEqualsBuild(session, build, site)
    }

    func testASetupErrorKeepsTheLastGoodSiteUntilFixed() throws {
        let site = try makeSite()
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        let good = session.file(at: "index.html")
        try site.write("docgen.yml", "title: Served\nbase_url: https://example.com/docs\nbogus: 1\n")
        let broken = session.rebuild(changed: [site.url("docgen.yml").path])
        XCTAssertEqual(broken.setupError?.diagnostics.first?.code, "config")
        XCTAssertEqual(broken.diagnostics.first?.line, 3)
        XCTAssertEqual(session.file(at: "index.html"), good)
        assertEqualsBuild(session, broken, site)
        try site.write("docgen.yml", "title: Fixed\nbase_url: https://example.com/docs\n")
        let fixed = session.rebuild(changed: ["docgen.yml"])
        XCTAssertNil(fixed.setupError)
        XCTAssertNotEqual(session.file(at: "index.html"), good)
        assertEqualsBuild(session, fixed, site)
    }

    func testASetupErrorAtTheStartIsTheFirstResult() throws {
        let site = try makeSite()
        try site.write("templates/layout.mustache", "{{#page}}\n")
        try site.write("templates/page.mustache", "{{{page.content}}}")
        try site.write("templates/section.mustache", "{{{page.content}}}")
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertEqual(session.initial.setupError?.diagnostics.first?.code, "template")
        XCTAssertNil(session.file(at: "index.html"))
        try site.write("templates/layout.mustache", "{{{content}}}\n")
        let fixed = session.rebuild(changed: ["templates/layout.mustache"])
        XCTAssertNil(fixed.setupError)
        XCTAssertTrue(fixed.changedURLs.contains("/docs/"))
        assertEqualsBuild(session, fixed, site)
    }

    func testARenamedPageIsAMove() throws {
        let site = try makeSite()
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        try site.remove("content/guide/next.md")
        try site.write("content/guide/after.md", "# Next\n\n[install](start.md#install)\n")
        let build = session.rebuild(changed: ["content/guide/next.md", "content/guide/after.md"])
        XCTAssertEqual(build.movedURLs, ["/docs/guide/next/": "/docs/guide/after/"])
        XCTAssertTrue(build.removedURLs.contains("/docs/guide/next/"))
        assertEqualsBuild(session, build, site)
    }

    func testAStylesheetChangeIsCSSOnly() throws {
        let site = try makeSite()
        try site.addMinimalTheme()
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        try site.write("templates/static/site.css", "body { margin: 1px }\n")
        let build = session.rebuild(changed: ["templates/static/site.css"])
        XCTAssertEqual(build.changedURLs, ["/docs/site.css"])
        XCTAssertTrue(build.cssOnly)
        assertEqualsBuild(session, build, site)
    }
}
