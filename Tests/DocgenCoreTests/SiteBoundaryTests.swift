import Foundation
import XCTest

@testable import DocgenCore

/// `SiteBoundary`: which real paths a symlink may lead to.
final class SiteBoundaryTests: XCTestCase {
    func testInsideMeansBelowARootWithNoHiddenSegment() {
        let boundary = SiteBoundary(roots: ["/srv/site", "/srv/docs"])
        XCTAssertTrue(boundary.allows("/srv/site"))
        XCTAssertTrue(boundary.allows("/srv/site/content/a.md"))
        XCTAssertTrue(boundary.allows("/srv/docs/x"))
        XCTAssertFalse(boundary.allows("/srv/site2/a.md"), "a sibling whose name starts the same")
        XCTAssertFalse(boundary.allows("/srv"))
        XCTAssertFalse(boundary.allows("/etc/passwd"))
        XCTAssertFalse(boundary.allows("/srv/site/.git/config"))
        XCTAssertFalse(boundary.allows("/srv/site/content/.env"))
    }

    func testComparesBytesNotCanonicallyEquivalentStrings() {
        let boundary = SiteBoundary(roots: ["/srv/caf\u{E9}"])
        XCTAssertTrue(boundary.allows("/srv/caf\u{E9}/a"))
        XCTAssertFalse(boundary.allows("/srv/cafe\u{301}/a"), "another folder on disk")
    }

    func testTheRootFolderHoldsEverything() {
        XCTAssertTrue(SiteBoundary(roots: ["/"]).allows("/etc/hosts"))
        XCTAssertEqual(SiteBoundary.segments(of: "/a/b", below: "/a")?.count, 1)
        XCTAssertEqual(SiteBoundary.segments(of: "/a", below: "/a")?.count, 0)
        XCTAssertNil(SiteBoundary.segments(of: "/ab", below: "/a"))
    }

    func testResolvesLinksToTheirRealPathOrTheProblem() throws {
        let site = try FixtureSite(["content/a.md": "", "notes.md": ""])
        let link = site.url("content/n.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "../notes.md")
        try FileManager.default.createSymbolicLink(
            atPath: site.url("content/x").path, withDestinationPath: "/etc/hosts")
        let boundary = SiteBoundary([site.root.path])
        let resolved = try boundary.resolve(symlink: link).get()
        XCTAssertEqual(resolved.realPath, SiteBoundary.realPath(site.url("notes.md").path))
        XCTAssertEqual(resolved.status.st_mode & S_IFMT, S_IFREG)
        XCTAssertThrowsError(try boundary.resolve(symlink: site.url("content/x").path).get()) { error in
            XCTAssertEqual(error as? FileProblem, .outsideSite(target: "/etc/hosts"))
        }
    }
}
