import XCTest

@testable import DocgenServe

/// Which file events start a rebuild, and how events become batches.
final class ChangeFilterTests: XCTestCase {
    private let roots = ["/site/content", "/site/templates", "/site/docgen.yml"]

    func testEditorFilesAreDeferredAndHiddenOnesIgnored() {
        let kind = { ChangeFilter.kind(of: $0, under: self.roots) }
        XCTAssertEqual(kind("/site/content/a.md"), .relevant)
        XCTAssertEqual(kind("/site/docgen.yml"), .relevant)
        XCTAssertEqual(kind("/site/content/sub"), .relevant)
        XCTAssertEqual(kind("/site/content/a.md~"), .deferred)
        XCTAssertEqual(kind("/site/content/4913"), .deferred)
        XCTAssertEqual(kind("/site/content/5036"), .deferred)
        XCTAssertEqual(kind("/site/content/#a.md#"), .deferred)
        XCTAssertEqual(kind("/site/content/a.md.swp"), .deferred)
        XCTAssertEqual(kind("/site/content/a.md___jb_tmp___"), .deferred)
        XCTAssertEqual(kind("/site/content/.a.md.swp"), .ignored)
        XCTAssertEqual(kind("/site/content/.#a.md"), .ignored)
        XCTAssertEqual(kind("/site/content/.git/index"), .ignored)
        XCTAssertEqual(kind("/site/content/4914"), .relevant, "a page may well be called 4914")
        XCTAssertEqual(kind("/site/content/2024"), .relevant)
    }

    func testAHiddenFolderHoldingTheSiteIsNotAHiddenEntry() {
        XCTAssertEqual(
            ChangeFilter.kind(of: "/home/me/.sites/docs/content/a.md", under: ["/home/me/.sites/docs/content"]),
            .relevant)
    }

    func testEventsCloserThanTheQuietPeriodMakeOneBatch() {
        let batches = Batches()
        let coalescer = ChangeCoalescer(quietPeriod: 0.05, roots: { self.roots }) { batches.append($0, $1) }
        coalescer.add(["/site/content/4913"])
        coalescer.add(["/site/content/a.md~"])
        for index in 0..<20 {
            coalescer.add(["/site/content/p\(index).md"])
            Thread.sleep(forTimeInterval: 0.005)
        }
        coalescer.add(["/site/content/.a.md.swp"])
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(batches.all.count, 1)
        XCTAssertEqual(batches.all.first?.count, 22, "editor files go along; hidden ones are dropped")
    }

    func testEditorFilesAloneStartNoRebuildButGoWithTheNextChange() {
        let batches = Batches()
        let coalescer = ChangeCoalescer(quietPeriod: 0.02, roots: { self.roots }) { batches.append($0, $1) }
        coalescer.add(["/site/content/a.md.swp", "/site/content/#a.md#"])
        Thread.sleep(forTimeInterval: 0.15)
        XCTAssertEqual(batches.all.count, 0)
        coalescer.add(["/site/content/a.md"])
        Thread.sleep(forTimeInterval: 0.15)
        XCTAssertEqual(batches.all, [["/site/content/a.md.swp", "/site/content/#a.md#", "/site/content/a.md"]])
    }

    func testAPathRenamedAwayGetsTimeToComeBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-grace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("a.md").path
        let batches = Batches()
        let coalescer = ChangeCoalescer(quietPeriod: 0.01, missingGrace: 0.2, roots: { [folder.path] }) {
            batches.append($0, $1)
        }
        coalescer.add([page])  // renamed away: the file is not there
        Thread.sleep(forTimeInterval: 0.08)
        XCTAssertEqual(batches.all.count, 0, "still within the grace")
        FileManager.default.createFile(atPath: page, contents: Data("new".utf8))
        coalescer.add([page])
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertEqual(batches.all, [[page]], "one batch once it is back")
        coalescer.add([folder.appendingPathComponent("gone.md").path])
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertEqual(batches.all.count, 1)
        Thread.sleep(forTimeInterval: 0.25)
        XCTAssertEqual(batches.all.count, 2, "a real deletion is delivered after the grace")
    }

    func testAStreamThatNeverPausesIsStillCut() {
        let batches = Batches()
        let coalescer = ChangeCoalescer(quietPeriod: 0.05, longestWait: 0.2, roots: { self.roots }) {
            batches.append($0, $1)
        }
        let started = Date()
        while Date().timeIntervalSince(started) < 0.5 {
            coalescer.add(["/site/content/busy.md"])
            Thread.sleep(forTimeInterval: 0.01)
        }
        XCTAssertGreaterThanOrEqual(batches.all.count, 1)
    }
}

private final class Batches: @unchecked Sendable {
    private let lock = NSLock()
    private var batches: [Set<String>] = []
    func append(_ batch: Set<String>, _ since: DispatchTime) { lock.withLock { batches.append(batch) } }
    var all: [Set<String>] { lock.withLock { batches } }
}
