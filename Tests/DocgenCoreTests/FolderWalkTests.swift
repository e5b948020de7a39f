import Foundation
import XCTest

@testable import DocgenCore

/// `FolderWalk`: what it lists, what it leaves out and why, for every kind of
/// entry the file system can hold.
final class FolderWalkTests: XCTestCase {
    private func walk(_ site: FixtureSite, _ folder: String = "content") throws -> FolderWalk {
        let root = site.url(folder).path
        return try FolderWalk(root, boundary: SiteBoundary([site.root.path, root]))
    }

    private func problems(_ walk: FolderWalk) -> [String: FileProblem] {
        Dictionary(uniqueKeysWithValues: walk.problems.map { ($0.path, $0.problem) })
    }

    func testListsFilesAndFoldersSortedAndSkipsHiddenEntries() throws {
        let site = try FixtureSite([
            "content/b.md": "", "content/a/z.png": "", "content/a/c.md": "", "content/.git/config": "",
            "content/.hidden.md": "",
        ])
        let walk = try walk(site)
        XCTAssertEqual(walk.files, ["a/c.md", "a/z.png", "b.md"])
        XCTAssertEqual(walk.folders, ["", "a"])
        XCTAssertTrue(walk.problems.isEmpty)
    }

    func testFIFOIsAProblemNotAFile() throws {
        let site = try FixtureSite(["content/index.md": ""])
        XCTAssertEqual(mkfifo(site.url("content/pipe.md").path, 0o644), 0)
        let walk = try walk(site)
        XCTAssertEqual(walk.files, ["index.md"])
        XCTAssertEqual(problems(walk), ["pipe.md": .special(kind: "a FIFO (named pipe)")])
        XCTAssertEqual(FileProblem.special(kind: "a FIFO (named pipe)").code, .specialFile)
    }

    func testSymlinkToAFileInsideIsListedWithItsRealPath() throws {
        let site = try FixtureSite(["shared/logo.png": "png", "content/index.md": ""])
        try FileManager.default.createSymbolicLink(
            atPath: site.url("content/logo.png").path, withDestinationPath: "../shared/logo.png")
        let walk = try walk(site)
        XCTAssertEqual(walk.files, ["index.md", "logo.png"])
        XCTAssertEqual(walk.symlinkedFiles["logo.png"], SiteBoundary.realPath(site.url("shared/logo.png").path))
        XCTAssertNil(walk.symlinkedFiles["index.md"])
    }

    func testSymlinkToAFolderInsideIsWalkedAsACopy() throws {
        let site = try FixtureSite(["content/v2/install.md": ""])
        try FileManager.default.createSymbolicLink(atPath: site.url("content/latest").path, withDestinationPath: "v2")
        let walk = try walk(site)
        XCTAssertEqual(walk.files, ["latest/install.md", "v2/install.md"])
        XCTAssertEqual(walk.folders, ["", "latest", "v2"])
    }

    func testSymlinksOutOfTheSiteOrIntoHiddenFoldersAreRefused() throws {
        let outside = try FixtureSite(["key": "secret"])
        let site = try FixtureSite(["content/index.md": "", ".git/config": "token"])
        try FileManager.default.createSymbolicLink(
            atPath: site.url("content/key").path, withDestinationPath: outside.url("key").path)
        try FileManager.default.createSymbolicLink(
            atPath: site.url("content/home").path, withDestinationPath: outside.root.path)
        try FileManager.default.createSymbolicLink(
            atPath: site.url("content/git").path, withDestinationPath: "../.git/config")
        let walk = try walk(site)
        XCTAssertEqual(walk.files, ["index.md"])
        XCTAssertEqual(
            problems(walk),
            [
                "key": .outsideSite(target: outside.url("key").path),
                "home": .outsideSite(target: outside.root.path),
                "git": .outsideSite(target: "../.git/config"),
            ])
    }

    func testLoopsAndDanglingLinksAreBrokenSymlinks() throws {
        let site = try FixtureSite(["content/docs/page.md": ""])
        let links = [
            "content/self": "self", "content/a": "b", "content/b": "a", "content/gone": "missing",
            "content/docs/up": "..", "content/docs/here": ".",
        ]
        for (link, target) in links {
            try FileManager.default.createSymbolicLink(atPath: site.url(link).path, withDestinationPath: target)
        }
        let walk = try walk(site)
        XCTAssertEqual(walk.files, ["docs/page.md"])
        XCTAssertEqual(
            problems(walk),
            [
                "self": .symlinkLoop, "a": .symlinkLoop, "b": .symlinkLoop, "gone": .dangling(target: "missing"),
                "docs/up": .folderCycle(target: ".."), "docs/here": .folderCycle(target: "."),
            ])
        XCTAssertEqual(Set(walk.problems.map { $0.problem.code }), [.brokenSymlink])
    }

    func testLoopThroughTwoFoldersStopsAtTheFolderAlreadyOnTheWay() throws {
        let site = try FixtureSite(["content/a/x.md": "", "content/b/y.md": ""])
        try FileManager.default.createSymbolicLink(atPath: site.url("content/a/to-b").path, withDestinationPath: "../b")
        try FileManager.default.createSymbolicLink(atPath: site.url("content/b/to-a").path, withDestinationPath: "../a")
        let walk = try walk(site)
        XCTAssertEqual(walk.files, ["a/to-b/y.md", "a/x.md", "b/to-a/x.md", "b/y.md"])
        XCTAssertEqual(walk.problems.map(\.path), ["a/to-b/to-a", "b/to-a/to-b"])
    }

    func testTheExcludedFolderIsLeftOutAlsoThroughALink() throws {
        let site = try FixtureSite(["content/index.md": "", "content/public/old.html": ""])
        try FileManager.default.createSymbolicLink(atPath: site.url("content/out").path, withDestinationPath: "public")
        let root = site.url("content").path
        let walk = try FolderWalk(
            root, boundary: SiteBoundary([root]), excluding: site.url("content/public").path)
        XCTAssertEqual(walk.files, ["index.md"])
        XCTAssertTrue(walk.problems.isEmpty)
    }

    func testPathLongerThanPATHMAXIsNamedAtTheFirstEntryPastTheLimit() throws {
        let site = try FixtureSite(["content/index.md": ""])
        let segment = String(repeating: "d", count: 200)
        // Built relative to an open folder: no path-based call takes the whole path.
        var folder = open(site.url("content").path, O_RDONLY | O_DIRECTORY)
        var depth = 0
        while site.url("content").path.utf8.count + (depth + 1) * (segment.count + 1) < Int(PATH_MAX) + 200 {
            XCTAssertEqual(mkdirat(folder, segment, 0o755), 0)
            let child = openat(folder, segment, O_RDONLY | O_DIRECTORY)
            close(folder)
            folder = child
            depth += 1
        }
        close(folder)
        let walk = try walk(site)
        XCTAssertEqual(walk.problems.count, 1)
        let (path, problem) = try XCTUnwrap(walk.problems.first)
        XCTAssertEqual(path, Array(repeating: segment, count: depth).joined(separator: "/"))
        XCTAssertEqual(problem, .pathTooLong(bytes: site.url("content").path.utf8.count + 1 + path.utf8.count))
        XCTAssertEqual(problem.code, .unreadableFile)
        // `rm` removes a tree deeper than PATH_MAX; Foundation may not.
        let remove = Process()
        remove.executableURL = URL(fileURLWithPath: "/bin/rm")
        remove.arguments = ["-rf", site.url("content/" + segment).path]
        try remove.run()
        remove.waitUntilExit()
    }

    func testNameThatIsNotUTF8IsAProblem() throws {
        let site = try FixtureSite(["content/index.md": ""])
        // `caf` and a Latin-1 `é`: made from bytes, as no String holds the name.
        let name: [CChar] = Array("content/caf".utf8CString.dropLast()) + [CChar(bitPattern: 0xE9), 0]
        let bytes = Array(site.root.path.utf8CString.dropLast()) + [CChar(UInt8(ascii: "/"))] + name
        XCTAssertEqual(close(open(bytes, O_CREAT | O_WRONLY, 0o644)), 0)
        let walk = try walk(site)
        XCTAssertEqual(walk.files, ["index.md"])
        XCTAssertEqual(problems(walk), ["caf\u{FFFD}": .nameNotUTF8])
        XCTAssertEqual(FileProblem.nameNotUTF8.code, .invalidEncoding)
    }

    func testRootThatIsNoFolderIsThrown() throws {
        let site = try FixtureSite(["content": "a file"])
        XCTAssertThrowsError(try walk(site)) { error in
            XCTAssertEqual(error as? FileProblem, .unreadable(reason: "it is a file, not a folder"))
        }
        XCTAssertEqual(mkfifo(site.url("pipe").path, 0o644), 0)
        XCTAssertThrowsError(try walk(site, "pipe")) { error in
            XCTAssertEqual(error as? FileProblem, .special(kind: "a FIFO (named pipe)"))
        }
    }
}
