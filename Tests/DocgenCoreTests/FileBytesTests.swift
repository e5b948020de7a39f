import Foundation
import XCTest

@testable import DocgenCore

/// `FileBytes.load`: regular files only, never a read that blocks.
final class FileBytesTests: XCTestCase {
    func testReadsARegularFile() throws {
        let site = try FixtureSite(["a.txt": "hello"])
        XCTAssertEqual(try FileBytes.load(site.url("a.txt").path).get(), Array("hello".utf8))
    }

    func testAFIFOIsRefusedWithoutBlocking() throws {
        let site = try FixtureSite()
        XCTAssertEqual(mkfifo(site.url("pipe").path, 0o644), 0)
        // With no writer, a blocking open or read would never return.
        XCTAssertThrowsError(try FileBytes.load(site.url("pipe").path).get()) { error in
            XCTAssertEqual(error as? FileProblem, .special(kind: "a FIFO (named pipe)"))
        }
        XCTAssertNil(FileBytes.read(site.url("pipe").path))
    }

    func testNoFollowRefusesASymlinkAndFollowingReadsIt() throws {
        let site = try FixtureSite(["a.txt": "x"])
        try FileManager.default.createSymbolicLink(atPath: site.url("b.txt").path, withDestinationPath: "a.txt")
        XCTAssertEqual(try FileBytes.load(site.url("b.txt").path).get(), Array("x".utf8))
        XCTAssertThrowsError(try FileBytes.load(site.url("b.txt").path, followingSymlinks: false).get()) { error in
            XCTAssertEqual(error as? FileProblem, .unreadable(reason: "it is a symlink where a file was expected"))
        }
    }

    func testAFolderAndAMissingFileAreUnreadable() throws {
        let site = try FixtureSite(["dir/a.txt": ""])
        XCTAssertEqual(
            FileBytes.load(site.url("dir").path).failure, .unreadable(reason: "it is a folder, not a file"))
        XCTAssertEqual(
            FileBytes.load(site.url("none").path).failure, .unreadable(reason: "No such file or directory"))
    }

    func testAPathLongerThanPATHMAXIsNamedAsSuch() {
        let path = "/" + String(repeating: "a/", count: Int(PATH_MAX) / 2 + 1)
        XCTAssertEqual(FileBytes.load(path).failure, .pathTooLong(bytes: path.utf8.count))
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
