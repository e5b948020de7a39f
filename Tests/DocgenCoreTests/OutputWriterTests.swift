import XCTest

@testable import DocgenCore

/// A build writes a whole site or nothing: a failed build leaves the previous
/// site as it was, and no staging folder is ever left behind.
final class OutputWriterTests: XCTestCase {
    private func makeSite() throws -> FixtureSite {
        let site = try FixtureSite([
            "content/index.md": "# Home\n", "content/a.md": "# A\n", "content/img/x.png": "PNG",
        ])
        try site.addMinimalTheme()
        return site
    }

    /// Everything under `public/` with its contents, to compare before and after.
    private func snapshot(_ site: FixtureSite) -> [String: String] {
        Dictionary(uniqueKeysWithValues: site.files(under: "public").map { ($0, site.read("public/" + $0) ?? "") })
    }

    func testBuildWritesTheSiteAndNoStagingFolder() throws {
        let site = try makeSite()
        _ = try site.build()
        XCTAssertEqual(
            site.files(under: "public"),
            (["404.html", "a/index.html", "img/x.png", "index.html", "robots.txt", "search-index.json", "site.css"]
                + FixtureSite.builtInStaticFiles).sorted())
        XCTAssertEqual(
            site.entries(of: ""), [".docgen-cache", "content", "public", "templates"],
            "no staging or previous folder is left")
    }

    func testFailedBuildLeavesThePreviousSiteIntact() throws {
        let site = try makeSite()
        _ = try site.build()
        let before = snapshot(site)
        try site.write("content/b.md", "# B\n")
        try site.write("templates/page.mustache", "{{#broken}}")
        XCTAssertThrowsError(try site.build())
        XCTAssertEqual(snapshot(site), before)
        XCTAssertEqual(site.entries(of: ""), [".docgen-cache", "content", "public", "templates"])
    }

    func testContentErrorsStillWriteTheWholeSite() throws {
        let site = try makeSite()
        try site.write("content/a.md", "# A\n\n[broken](/nowhere)\n")
        let report = try site.build()
        XCTAssertEqual(report.exitStatus, 1)
        XCTAssertEqual(
            site.files(under: "public"),
            (["404.html", "a/index.html", "img/x.png", "index.html", "robots.txt", "search-index.json", "site.css"]
                + FixtureSite.builtInStaticFiles).sorted())
    }

    func testRebuildReplacesTheSiteSoRemovedPagesDisappear() throws {
        let site = try makeSite()
        _ = try site.build()
        try site.remove("content/a.md")
        try site.write("public/stray.txt", "left over")
        _ = try site.build()
        XCTAssertEqual(
            site.files(under: "public"),
            (["404.html", "img/x.png", "index.html", "robots.txt", "search-index.json", "site.css"]
                + FixtureSite.builtInStaticFiles).sorted())
    }

    func testOutputFolderHoldingTheContentIsRefused() throws {
        // `--output .` names the site folder itself: replacing it by the built
        // site would delete content/, templates/ and docgen.yml.
        let site = try makeSite()
        try site.write("docgen.yml", "title: Keep me\n")
        XCTAssertThrowsError(try site.build(output: "."))
        XCTAssertTrue(site.exists("content/index.md"), "the sources must survive")
        XCTAssertTrue(site.exists("docgen.yml"))
        XCTAssertTrue(site.exists("templates/layout.mustache"))
    }

    func testWriteFailureKeepsThePreviousOutputAndRemovesStaging() throws {
        let site = try FixtureSite(["out/old.html": "old"])
        let writer = OutputWriter(output: site.url("out"))
        let files = [
            OutputFile(path: "new.html", contents: .bytes(Array("new".utf8))),
            OutputFile(path: "../escaped.html", contents: .bytes(Array("bad".utf8))),
        ]
        XCTAssertThrowsError(try writer.write(files))
        XCTAssertEqual(site.files(under: "out"), ["old.html"])
        XCTAssertEqual(site.entries(of: ""), ["out"])
    }

    func testCopyFailureKeepsThePreviousOutput() throws {
        let site = try FixtureSite(["out/old.html": "old"])
        let writer = OutputWriter(output: site.url("out"))
        XCTAssertThrowsError(
            try writer.write([OutputFile(path: "x.png", contents: .copy(of: site.url("missing.png")))]))
        XCTAssertEqual(site.files(under: "out"), ["old.html"])
        XCTAssertEqual(site.entries(of: ""), ["out"])
    }

    func testOutputInANewNestedFolder() throws {
        let site = try FixtureSite()
        try OutputWriter(output: site.url("a/b/out")).write([
            OutputFile(path: "x/y.html", contents: .bytes(Array("y".utf8)))
        ])
        XCTAssertEqual(site.read("a/b/out/x/y.html"), "y")
        XCTAssertEqual(site.entries(of: "a/b"), ["out"])
    }
}

/// Rebuilding into an existing output folder: unchanged files are not
/// rewritten, so their inode and mtime stay (deploy syncs see no change).
final class IncrementalOutputTests: XCTestCase {
    private func identity(_ site: FixtureSite, _ path: String) throws -> String {
        let attributes = try FileManager.default.attributesOfItem(atPath: site.url(path).path)
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(attributes[.systemFileNumber] ?? "?") \(modified)"
    }

    private func write(_ site: FixtureSite, _ files: [String: String]) throws -> OutputWriter.Summary {
        try OutputWriter(output: site.url("out")).write(
            files.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, contents: .bytes(Array($0.value.utf8))) })
    }

    func testOnlyChangedFilesAreRewrittenAndStaleOnesRemoved() throws {
        let site = try FixtureSite()
        var summary = try write(site, ["a/index.html": "A", "b/index.html": "B", "c/deep/x.png": "X"])
        XCTAssertEqual(summary, OutputWriter.Summary(written: 3, unchanged: 0, removed: 0))
        try site.write("out/.git/HEAD", "ref")
        try site.write("out/.nojekyll", "")
        let before = try identity(site, "out/a/index.html")
        Thread.sleep(forTimeInterval: 0.02)

        summary = try write(site, ["a/index.html": "A", "b/index.html": "B2", "d.html": "D"])
        XCTAssertEqual(summary, OutputWriter.Summary(written: 2, unchanged: 1, removed: 1))
        XCTAssertEqual(try identity(site, "out/a/index.html"), before, "an unchanged file is not touched")
        XCTAssertEqual(site.read("out/b/index.html"), "B2")
        XCTAssertEqual(site.files(under: "out"), [".git/HEAD", ".nojekyll", "a/index.html", "b/index.html", "d.html"])
        XCTAssertFalse(site.exists("out/c"), "folders left empty are removed")
    }

    func testSameBytesTwiceWritesNothing() throws {
        let site = try FixtureSite()
        let files = ["index.html": "home", "p/index.html": String(repeating: "x", count: 100_000)]
        _ = try write(site, files)
        XCTAssertEqual(try write(site, files), OutputWriter.Summary(written: 0, unchanged: 2, removed: 0))
    }

    func testAFailedUpdateLeavesThePreviousSiteAndNoTemporaryFile() throws {
        let site = try FixtureSite()
        _ = try write(site, ["a.html": "A", "b.html": "B"])
        XCTAssertThrowsError(
            try OutputWriter(output: site.url("out")).write([
                OutputFile(path: "a.html", contents: .bytes(Array("A2".utf8))),
                OutputFile(path: "x.png", contents: .copy(of: site.url("missing.png"))),
            ]))
        XCTAssertEqual(site.files(under: "out"), ["a.html", "b.html"])
        XCTAssertEqual(site.read("out/a.html"), "A")
        XCTAssertEqual(site.entries(of: "out"), ["a.html", "b.html"])
    }
}
