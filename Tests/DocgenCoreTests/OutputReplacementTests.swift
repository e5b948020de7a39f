import XCTest

@testable import DocgenCore

/// An existing output folder is replaced whole by a staged copy: unchanged
/// files are carried over by hard link, hidden entries are kept, and what a
/// killed build left beside the folder is cleared first.
final class OutputReplacementTests: XCTestCase {
    private func write(_ site: FixtureSite, _ files: [String: String], to folder: String = "out") throws
        -> OutputWriter.Summary
    {
        try OutputWriter(output: site.url(folder)).write(
            files.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, contents: .bytes(Array($0.value.utf8))) })
    }

    private func inode(_ site: FixtureSite, _ path: String) -> UInt64 {
        var status = stat()
        return stat(site.url(path).path, &status) == 0 ? UInt64(status.st_ino) : 0
    }

    func testExchangeSwapsTwoFoldersInOneStep() throws {
        let site = try FixtureSite(["a/x": "from a", "b/y": "from b"])
        XCTAssertEqual(FolderSwap.exchange(site.url("a").path, with: site.url("b").path), .exchanged)
        XCTAssertEqual(site.read("a/y"), "from b")
        XCTAssertEqual(site.read("b/x"), "from a")
        XCTAssertEqual(
            FolderSwap.exchange(site.url("a").path, with: site.url("missing").path), .failed(errno: ENOENT))
    }

    func testAnUpdateReplacesTheFolderAndLinksUnchangedFiles() throws {
        let site = try FixtureSite()
        _ = try write(site, ["a.html": "A", "b/index.html": "B"])
        let folderBefore = inode(site, "out")
        let unchangedBefore = inode(site, "out/b/index.html")
        XCTAssertEqual(
            try write(site, ["a.html": "A2", "b/index.html": "B"]),
            OutputWriter.Summary(written: 1, unchanged: 1, removed: 0))
        XCTAssertNotEqual(inode(site, "out"), folderBefore, "the folder was swapped, not edited")
        XCTAssertEqual(inode(site, "out/b/index.html"), unchangedBefore, "linked, not copied")
        XCTAssertEqual(site.read("out/a.html"), "A2")
        XCTAssertEqual(
            site.entries(of: ""), [".out.docgen-spare", "out"], "no staging folder, the previous site's folders only")
        XCTAssertEqual(site.files(under: ".out.docgen-spare"), [], "the spare holds no file")
    }

    func testTheNextUpdateBuildsInTheSpareFoldersAndPrunesThem() throws {
        let site = try FixtureSite()
        _ = try write(site, ["a/index.html": "A", "b/index.html": "B"])
        _ = try write(site, ["a/index.html": "A2", "b/index.html": "B"])
        let spareFolder = inode(site, ".out.docgen-spare/a")
        XCTAssertNotEqual(spareFolder, 0)
        // Whatever got into the spare must not reach the site.
        try site.write(".out.docgen-spare/b/stray.html", "stray")
        try site.write(".out.docgen-spare/.hidden", "stray")
        try site.write(".out.docgen-spare/gone/deep/x", "stray")
        XCTAssertEqual(
            try write(site, ["a/index.html": "A3", "b/index.html": "B"]),
            OutputWriter.Summary(written: 1, unchanged: 1, removed: 0))
        XCTAssertEqual(inode(site, "out/a"), spareFolder, "the folder was reused, not made again")
        XCTAssertEqual(site.files(under: "out"), ["a/index.html", "b/index.html"])
        XCTAssertEqual(site.entries(of: "out"), ["a", "b"])
        XCTAssertEqual(site.read("out/a/index.html"), "A3")
    }

    func testWithoutAnAtomicExchangeTwoRenamesReplaceTheSite() throws {
        let site = try FixtureSite()
        _ = try write(site, ["a.html": "A", "b.html": "B"])
        try site.write("out/.nojekyll", "")
        let unchangedBefore = inode(site, "out/b.html")
        let output = site.url("out").path
        var writer = StagedSiteWriter(output: output, leftovers: OutputLeftovers(output: site.url("out")))
        writer.exchange = { _, _ in .unsupported }
        let summary = try writer.update(
            [
                OutputFile(path: "a.html", contents: .bytes(Array("A2".utf8))),
                OutputFile(path: "b.html", contents: .bytes(Array("B".utf8))),
            ], previous: PreviousOutput(output), mode: 0o755)
        XCTAssertEqual(summary, OutputWriter.Summary(written: 1, unchanged: 1, removed: 0))
        XCTAssertEqual(site.files(under: "out"), [".nojekyll", "a.html", "b.html"])
        XCTAssertEqual(site.read("out/a.html"), "A2")
        XCTAssertEqual(inode(site, "out/b.html"), unchangedBefore)
        XCTAssertEqual(site.entries(of: ""), [".out.docgen-spare", "out"], "nothing moved aside is left")
    }

    func testHiddenEntriesAreKeptAtAnyDepthEvenInAFolderTheSiteDropped() throws {
        let site = try FixtureSite()
        _ = try write(site, ["a.html": "A", "old/index.html": "O"])
        try site.write("out/.git/objects/ab/cdef", "object")
        try site.write("out/old/.keep", "")
        let objectBefore = inode(site, "out/.git/objects/ab/cdef")
        let summary = try write(site, ["a.html": "A2"])
        XCTAssertEqual(summary, OutputWriter.Summary(written: 1, unchanged: 0, removed: 1))
        XCTAssertEqual(site.files(under: "out"), [".git/objects/ab/cdef", "a.html", "old/.keep"])
        XCTAssertEqual(inode(site, "out/.git/objects/ab/cdef"), objectBefore)
    }

    func testNothingChangedLeavesTheFolderItself() throws {
        let site = try FixtureSite()
        let files = ["a.html": "A", "b/index.html": "B"]
        _ = try write(site, files)
        try site.write("out/b/.keep", "")
        let folderBefore = inode(site, "out")
        XCTAssertEqual(try write(site, files), OutputWriter.Summary(written: 0, unchanged: 2, removed: 0))
        XCTAssertEqual(inode(site, "out"), folderBefore)
    }

    func testTheOutputFolderKeepsItsPermissions() throws {
        let site = try FixtureSite()
        _ = try write(site, ["a.html": "A"])
        chmod(site.url("out").path, 0o750)
        _ = try write(site, ["a.html": "A2"])
        var status = stat()
        XCTAssertEqual(stat(site.url("out").path, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o750)
    }

    func testLeftoversOfKilledBuildsAreClearedAndOthersKept() throws {
        let site = try FixtureSite()
        _ = try write(site, ["a.html": "A"])
        try site.write(".out.docgen-staging-999999/a.html", "half")
        try site.write(".out.docgen-old-999998/a.html", "old")
        try site.write(".other.docgen-staging-1/a.html", "not ours")
        try site.write("out.docgen-staging-1/a.html", "not hidden: a user's folder")
        _ = try write(site, ["a.html": "A"])
        XCTAssertEqual(site.entries(of: ""), [".other.docgen-staging-1", "out", "out.docgen-staging-1"])
        XCTAssertEqual(site.files(under: "out"), ["a.html"])
    }

    func testAPreviousSiteMovedAsideIsPutBack() throws {
        let site = try FixtureSite()
        _ = try write(site, ["a.html": "A", "b.html": "B"])
        let kept = inode(site, "out/b.html")
        try FileManager.default.moveItem(at: site.url("out"), to: site.url(".out.docgen-old-999999"))
        XCTAssertEqual(
            try write(site, ["a.html": "A2", "b.html": "B"]),
            OutputWriter.Summary(written: 1, unchanged: 1, removed: 0))
        XCTAssertEqual(inode(site, "out/b.html"), kept)
        XCTAssertEqual(site.entries(of: ""), [".out.docgen-spare", "out"])
    }

    func testAnOutputLinkStaysAndItsFolderIsReplaced() throws {
        let site = try FixtureSite()
        _ = try write(site, ["a.html": "A"], to: "www")
        try FileManager.default.createSymbolicLink(at: site.url("out"), withDestinationURL: site.url("www"))
        _ = try write(site, ["a.html": "A2"])
        XCTAssertEqual(
            try FileManager.default.destinationOfSymbolicLink(atPath: site.url("out").path), site.url("www").path)
        XCTAssertEqual(site.read("www/a.html"), "A2")
        XCTAssertEqual(site.entries(of: ""), [".www.docgen-spare", "out", "www"])
    }

    func testAFileWhereTheOutputFolderGoesIsRefusedAndKept() throws {
        let site = try FixtureSite(["out": "a file"])
        XCTAssertThrowsError(try write(site, ["a.html": "A"])) { error in
            XCTAssertEqual((error as? SetupError)?.diagnostics.first?.code, "output")
        }
        XCTAssertEqual(site.read("out"), "a file")
        XCTAssertEqual(site.entries(of: ""), ["out"])
    }
}
