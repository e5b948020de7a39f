import XCTest

@testable import DocgenCore

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
