import XCTest

@testable import DocgenCore

/// A build with nothing changed since the last one reuses it: same report,
/// no file written. Any change to what the build reads, or to its output
/// folder, makes it build again.
final class BuildStampTests: XCTestCase {
    private func makeSite() throws -> FixtureSite {
        let site = try FixtureSite([
            "docgen.yml": "title: Stamp\n", "content/index.md": "# Home\n\n[a](a.md) [gone](missing.md)\n",
            "content/a.md": "# A\n", "content/img/x.png": "PNG",
        ])
        try site.addMinimalTheme()
        return site
    }

    private func inode(_ site: FixtureSite, _ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: site.url(path).path)[.systemFileNumber] as! Int
    }

    func testASecondBuildReusesTheFirstAndWritesNothing() throws {
        let site = try makeSite()
        let first = try site.build()
        XCTAssertFalse(first.upToDate)
        XCTAssertEqual(first.errorCount, 1)
        let page = try inode(site, "public/a/index.html")
        let second = try site.build()
        XCTAssertTrue(second.upToDate)
        XCTAssertEqual(second.diagnostics, first.diagnostics)
        XCTAssertEqual(second.publishedPages, first.publishedPages)
        XCTAssertEqual(second.links, first.links)
        XCTAssertEqual(try inode(site, "public/a/index.html"), page)
        XCTAssertTrue(second.summary.contains("nothing changed since the last build"), second.summary)
    }

    func testEditingAPageRebuilds() throws {
        let site = try makeSite()
        _ = try site.build()
        try site.write("content/a.md", "# A changed\n")
        let report = try site.build()
        XCTAssertFalse(report.upToDate)
        // The page, the home page, which lists it by title, and search-index.json,
        // which has its title; not the image, the CSS (the site's and the
        // built-in theme's static files), robots.txt or 404.html.
        XCTAssertEqual(
            report.files,
            OutputWriter.Summary(written: 3, unchanged: 4 + FixtureSite.builtInStaticFiles.count, removed: 0))
        XCTAssertTrue(site.read("public/a/index.html")?.contains("A changed") == true)
    }

    func testAddingAFileTheConfigOrATemplateRebuilds() throws {
        let site = try makeSite()
        _ = try site.build()
        try site.write("content/missing.md", "# Found\n")
        XCTAssertEqual(try site.build().errorCount, 0)
        try site.write("docgen.yml", "title: Stamp 2\n")
        XCTAssertFalse(try site.build().upToDate)
        try site.write("templates/layout.mustache", "<h1>{{page.title}}</h1>{{{content}}}")
        XCTAssertFalse(try site.build().upToDate)
        XCTAssertEqual(site.read("public/a/index.html"), "<h1>A</h1><h1 id=\"a\">A</h1>\n")
    }

    func testAChangedOutputFolderIsRepaired() throws {
        let site = try makeSite()
        _ = try site.build()
        try site.remove("public/a/index.html")
        try site.write("public/stray.html", "x")
        let report = try site.build()
        XCTAssertFalse(report.upToDate)
        XCTAssertTrue(site.exists("public/a/index.html"))
        XCTAssertFalse(site.exists("public/stray.html"))
    }

    func testOptionsAndNoCacheRebuild() throws {
        let site = try makeSite()
        _ = try site.build()
        XCTAssertFalse(try site.build(drafts: true).upToDate, "another option is another build")
        var options = BuildOptions(siteRoot: site.root)
        options.includeDrafts = true
        options.reusesUnchangedBuild = false
        XCTAssertFalse(try SiteBuilder.run(options).upToDate)
    }

    func testCheckNeitherReadsNorWritesTheStamp() throws {
        let site = try makeSite()
        _ = try site.check()
        XCTAssertFalse(site.exists(".docgen-cache"))
        _ = try site.build()
        XCTAssertFalse(try site.check().upToDate)
    }
}
