import XCTest

@testable import DocgenCore

/// Found by the link-target fuzz target (Tests/fuzz/crashers/linktarget/):
/// Swift's `hasPrefix`, `hasSuffix` and `dropFirst` work on grapheme
/// clusters, and a cluster can hold a `/` with the mark next to it. Link
/// paths are split on bytes, so a combining mark after a slash (U+0651,
/// Arabic shadda) or a prepended mark before one (U+0600) must change nothing.
final class LinkTargetGraphemeTests: XCTestCase {
    func testFuzzCrasherKeepsTheMarkAfterTheLeadingSlash() {
        // The committed crasher is the destination `/\u{651}`.
        XCTAssertEqual(LinkTarget.normalizedPath("/\u{651}"), "\u{651}")
        XCTAssertEqual(LinkTarget.normalizedPath("/\u{651}/"), "\u{651}/")
        XCTAssertEqual(LinkTarget.normalizedPath("/a/./\u{651}/"), "a/\u{651}/")
    }

    func testTrailingSlashAfterAPrependedMarkIsKept() {
        XCTAssertEqual(LinkTarget.normalizedPath("a/./\u{600}/"), "a/\u{600}/")
        XCTAssertEqual(LinkResolver.pageURL(for: "/x/\u{600}/index.html"), "/x/\u{600}/")
        XCTAssertEqual(LinkResolver.pageURL(for: "/x/\u{600}.md"), "/x/\u{600}/")
    }

    func testPathUnderTheBaseURLStartingWithAMarkIsInternal() {
        let base = "https://example.com/docs"
        XCTAssertEqual(LinkResolver.suffix(of: base + "/\u{651}x", after: base), "/\u{651}x")
        XCTAssertEqual(LinkResolver.suffix(of: base + "?\u{651}", after: base), "/?\u{651}")
        XCTAssertNil(LinkResolver.suffix(of: base + "\u{651}/x", after: base))
    }
}
