import XCTest

@testable import DocgenCore

/// How a destination is split and decoded before matching.
final class LinkTargetTests: XCTestCase {
    func testSplitsPathQueryAndFragment() {
        let target = LinkTarget("/a/b?x=1&y=2#sec")
        XCTAssertEqual(target.path, "/a/b")
        XCTAssertEqual(target.query, "x=1&y=2")
        XCTAssertEqual(target.fragment, "sec")
        XCTAssertEqual(LinkTarget("#only").path, "")
        XCTAssertNil(LinkTarget("a.md").fragment)
        XCTAssertEqual(LinkTarget("a.md#x?y").fragment, "x?y", "a `?` after `#` is part of the fragment")
    }

    func testPercentEscapesAreDecoded() {
        XCTAssertEqual(LinkTarget("my%20page.md").path, "my page.md")
        XCTAssertEqual(LinkTarget("#caf%C3%A9").fragment, "café")
        XCTAssertEqual(LinkTarget("100%.md").path, "100%.md", "an invalid escape is kept as written")
        XCTAssertEqual(LinkTarget("%ZZ").path, "%ZZ")
        XCTAssertEqual(LinkTarget("a?q=%20").query, "q=%20", "the query is not decoded: it is not matched")
    }

    func testNormalizedPath() {
        XCTAssertEqual(LinkTarget.normalizedPath("a/./b/../c.md"), "a/c.md")
        XCTAssertEqual(LinkTarget.normalizedPath("/guides/intro/../other/"), "guides/other/")
        XCTAssertEqual(LinkTarget.normalizedPath("a/b/.."), "a/")
        XCTAssertEqual(LinkTarget.normalizedPath("a//b"), "a/b")
        XCTAssertNil(LinkTarget.normalizedPath("../x"))
        XCTAssertNil(LinkTarget.normalizedPath("a/../../x"))
    }
}
