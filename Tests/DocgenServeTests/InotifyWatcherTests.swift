#if os(Linux)
    import Foundation
    import XCTest

    @testable import DocgenServe

    /// inotify watching a real folder: folders made later (and the files
    /// written into them before their watch existed), moved folders, the
    /// parent watch of a single file, and running out of watches.
    final class InotifyWatcherTests: XCTestCase {
        private var root: URL!

        override func setUpWithError() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-inotify-\(UUID().uuidString)")
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
            try Data("title: x\n".utf8).write(to: root.appendingPathComponent("docgen.yml"))
        }

        override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

        private func start(limit: Int? = nil) throws -> (InotifyWatcher, Seen) {
            let seen = Seen()
            let watcher = try InotifyWatcher(
                boundary: WatchBoundary(siteRoot: root), limit: limit, onChange: { seen.add($0) }, onFailure: { _ in })
            try watcher.start([path("content"), path("templates"), path("docgen.yml")])
            return (watcher, seen)
        }

        private func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

        private func write(_ relative: String, _ text: String = "x") throws {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func testFoldersMadeLaterAndTheFilesAlreadyInThemAreReported() throws {
            let (watcher, seen) = try start()
            try write("content/a/b/c/deep.md")
            XCTAssertTrue(seen.wait(for: path("content/a/b/c/deep.md")), "\(seen.all)")
            try write("content/a/b/c/later.md")
            XCTAssertTrue(seen.wait(for: path("content/a/b/c/later.md")), "\(seen.all)")
            _ = watcher
        }

        func testAMovedFolderReportsItsNewPaths() throws {
            try write("content/old/sub/page.md")
            let (watcher, seen) = try start()
            try FileManager.default.moveItem(atPath: path("content/old"), toPath: path("content/new"))
            XCTAssertTrue(seen.wait(for: path("content/new")))
            try write("content/new/sub/page.md", "changed")
            XCTAssertTrue(seen.wait(for: path("content/new/sub/page.md")), "\(seen.all)")
            XCTAssertFalse(seen.all.contains(path("content/old/sub/page.md")))
            _ = watcher
        }

        func testTheConfigAndAThemeFolderMadeLaterAreWatchedButNotTheirNeighbours() throws {
            let (watcher, seen) = try start()
            try write("notes.txt")
            try write("docgen.yml", "title: y\n")
            XCTAssertTrue(seen.wait(for: path("docgen.yml")))
            try write("templates/layout.mustache")
            XCTAssertTrue(seen.wait(for: path("templates/layout.mustache")), "\(seen.all)")
            XCTAssertFalse(seen.all.contains(path("notes.txt")))
            _ = watcher
        }

        /// A writer paused between its writes and its `close` (a busy
        /// machine) stays one batch: the file is open for writing, so the
        /// coalescer waits for the close beyond its 10 ms quiet period.
        func testAWriterPausedBeforeItsCloseIsOneBatch() throws {
            try write("content/page.md", "old")
            let openWrites = OpenWrites()
            let batches = Seen()
            let count = Counter()
            let coalescer = ChangeCoalescer(
                quietPeriod: 0.01, roots: { [self.path("content")] }, isBeingWritten: openWrites.contains
            ) { paths, _ in
                batches.add(paths)
                count.increment()
            }
            let watcher = try InotifyWatcher(
                boundary: WatchBoundary(siteRoot: root), openWrites: openWrites, onChange: { coalescer.add($0) },
                onFailure: { _ in })
            try watcher.start([path("content")])
            let handle = try FileHandle(forWritingTo: root.appendingPathComponent("content/page.md"))
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: Data("new ".utf8))
            Thread.sleep(forTimeInterval: 0.05)
            try handle.write(contentsOf: Data("text".utf8))
            try handle.close()
            XCTAssertTrue(batches.wait(for: path("content/page.md")))
            Thread.sleep(forTimeInterval: 0.3)
            XCTAssertEqual(count.value, 1, "one rebuild for one save")
            XCTAssertFalse(openWrites.contains(path("content/page.md")), "closed")
            _ = watcher
        }

        /// `content/self -> .` and `content/a/up -> ..` are cycles: each folder
        /// is watched once, and its events keep their real paths.
        func testSymlinkCyclesAreWalkedOnceAndKeepTheirPaths() throws {
            try write("content/a/page.md")
            try FileManager.default.createSymbolicLink(atPath: path("content/self"), withDestinationPath: ".")
            try FileManager.default.createSymbolicLink(atPath: path("content/a/up"), withDestinationPath: "..")
            let (watcher, seen) = try start()
            try write("content/new.md")
            try write("content/a/page.md", "changed")
            XCTAssertTrue(seen.wait(for: path("content/new.md")), "\(seen.all)")
            XCTAssertTrue(seen.wait(for: path("content/a/page.md")), "\(seen.all)")
            XCTAssertFalse(seen.all.contains { $0.contains("/self/") || $0.contains("/up/") }, "\(seen.all)")
            _ = watcher
        }

        func testRunningOutOfWatchesIsReported() throws {
            try write("content/a/page.md")
            try write("content/b/page.md")
            XCTAssertThrowsError(try start(limit: 2)) { XCTAssertEqual($0 as? WatchFailure, .outOfWatches) }
        }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    private final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: Set<String> = []
        func add(_ new: Set<String>) { lock.withLock { paths.formUnion(new) } }
        var all: Set<String> { lock.withLock { paths } }

        func wait(for path: String, timeout: TimeInterval = 5) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if all.contains(path) { return true }
                Thread.sleep(forTimeInterval: 0.01)
            }
            return false
        }
    }
#endif
