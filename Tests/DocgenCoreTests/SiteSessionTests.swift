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

    private func assertEqualsBuild(
        _ session: SiteSession, _ build: SessionBuild, _ site: FixtureSite, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        let reference = SessionReference.build(BuildOptions(siteRoot: site.root))
        if let difference = reference.difference(from: session, diagnostics: build.diagnostics) {
            XCTFail(difference, file: file, line: line)
        }
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

/// Rebuilds do only the work an edit calls for, and still equal a build.
final class SiteSessionIncrementalTests: XCTestCase {
    /// Two sections of five pages, linking to each other's headings.
    private func makeSite() throws -> FixtureSite {
        let site = try FixtureSite(["docgen.yml": "title: Served\nbase_url: https://example.com/docs\n"])
        try site.write("content/index.md", "# Home\n\nWelcome.\n")
        for section in ["guide", "ref"] {
            for number in 1...5 {
                try site.write(
                    "content/\(section)/p\(number).md",
                    "# \(section) \(number)\n\n## Install\n\nText \(number). [next](p\(number % 5 + 1).md#install)\n")
            }
        }
        return site
    }

    private func assertEqualsBuild(
        _ session: SiteSession, _ build: SessionBuild, _ site: FixtureSite, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        let reference = SessionReference.build(BuildOptions(siteRoot: site.root))
        if let difference = reference.difference(from: session, diagnostics: build.diagnostics) {
            XCTFail(difference, file: file, line: line)
        }
    }

    func testATextEditRendersThatPageAlone() throws {
        let site = try makeSite()
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        try site.write("content/guide/p2.md", "# guide 2\n\n## Install\n\nOther text. [next](p3.md#install)\n")
        let build = session.rebuild(changed: ["content/guide/p2.md"])
        XCTAssertEqual(build.renderedPages, 1)
        XCTAssertEqual(build.changedURLs, ["/docs/guide/p2/", "/docs/search-index.json"])
        assertEqualsBuild(session, build, site)
    }

    func testRenamingAHeadingRechecksThePagesThatLinkToIt() throws {
        let site = try makeSite()
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertEqual(session.initial.diagnostics, [])
        try site.write("content/ref/p3.md", "# ref 3\n\n## Setup\n\nText 3. [next](p4.md#install)\n")
        let build = session.rebuild(changed: [site.url("content/ref/p3.md").path])
        XCTAssertEqual(build.diagnostics.map(\.code), ["missing-anchor"])
        XCTAssertEqual(build.diagnostics.first?.file, "content/ref/p2.md")
        XCTAssertEqual(build.renderedPages, 1)
        assertEqualsBuild(session, build, site)
    }

    func testATitleChangeRendersThePagesThatShowIt() throws {
        let site = try makeSite()
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        try site.write("content/ref/p3.md", "# Renamed\n\n## Install\n\nText 3. [next](p4.md#install)\n")
        let build = session.rebuild(changed: ["content/ref/p3.md"])
        // The pages of `ref` (sidebar, section list) and its neighbours in reading order.
        XCTAssertTrue(build.changedURLs.contains("/docs/ref/p1/"), "\(build.changedURLs)")
        XCTAssertTrue(build.changedURLs.contains("/docs/ref/"), "\(build.changedURLs)")
        XCTAssertFalse(build.changedURLs.contains("/docs/guide/p3/"), "\(build.changedURLs)")
        XCTAssertLessThan(build.renderedPages, 8)
        assertEqualsBuild(session, build, site)
    }

    func testANewTitleChangesTheDidYouMeanOfBracketedWordsElsewhere() throws {
        let site = try makeSite()
        try site.write("content/guide/p2.md", "# guide 2\n\n## Install\n\nSee [storage setup] first.\n")
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertEqual(session.initial.diagnostics.map(\.code), ["undefined-reference"])
        try site.write("content/ref/p3.md", "# Storage setup\n\n## Install\n\nText 3. [next](p4.md#install)\n")
        let build = session.rebuild(changed: ["content/ref/p3.md"])
        XCTAssertTrue(
            build.diagnostics.first?.notes.joined().contains("(/ref/p3/)") ?? false, "\(build.diagnostics)")
        assertEqualsBuild(session, build, site)
    }

    func testAddingAndDeletingPagesMatchesABuild() throws {
        let site = try makeSite()
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        try site.write("content/ref/p6.md", "# ref 6\n\n[back](p1.md#install) [gone](p9.md)\n")
        var build = session.rebuild(changed: ["content/ref/p6.md"])
        XCTAssertTrue(build.changedURLs.contains("/docs/ref/p6/"))
        XCTAssertEqual(build.diagnostics.map(\.code), ["missing-page"])
        assertEqualsBuild(session, build, site)
        try site.write("content/ref/p9.md", "# ref 9\n")
        build = session.rebuild(changed: ["content/ref/p9.md"])
        XCTAssertEqual(build.diagnostics, [])
        assertEqualsBuild(session, build, site)
        try site.remove("content/ref")
        build = session.rebuild(changed: ["content/ref"])
        XCTAssertTrue(build.removedURLs.contains("/docs/ref/p9/"))
        XCTAssertTrue(build.removedURLs.contains("/docs/ref/"))
        assertEqualsBuild(session, build, site)
    }

    func testIncludedFilesRebuildThePagesThatIncludeThem() throws {
        let site = try makeSite()
        try site.write(
            "content/guide/p1.md", "# guide 1\n\n## Install\n\n{{#include _part.md}}\n\n{{#include _later.md}}\n")
        try site.write("content/guide/_part.md", "Part [one](p2.md#install).\n")
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertEqual(session.initial.diagnostics.map(\.code), ["missing-include"])
        try site.write("content/guide/_part.md", "Part [two](p9.md).\n")
        var build = session.rebuild(changed: ["content/guide/_part.md"])
        XCTAssertTrue(build.changedURLs.contains("/docs/guide/p1/"), "\(build.changedURLs)")
        XCTAssertEqual(build.diagnostics.map(\.code), ["missing-page", "missing-include"], "_part.md, then p1.md")
        assertEqualsBuild(session, build, site)
        // A missing include that appears: the page that looked for it is read again.
        try site.write("content/guide/_later.md", "Later.\n")
        build = session.rebuild(changed: ["content/guide/_later.md"])
        XCTAssertEqual(build.diagnostics.map(\.code), ["missing-page"])
        XCTAssertTrue(build.changedURLs.contains("/docs/guide/p1/"), "\(build.changedURLs)")
        assertEqualsBuild(session, build, site)
    }
}
