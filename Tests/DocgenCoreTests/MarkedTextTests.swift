import XCTest

@testable import DocgenCore

final class MarkedTextTests: XCTestCase {
    func testCutsAtEveryMarkerAndJoinsWithOwnersURLs() throws {
        let text = try XCTUnwrap(MarkedText("<a href=\"\u{1}3\u{1}\">é</a><a href=\"\u{1}12\u{1}\">"))
        XCTAssertEqual(text.owners, [3, 12])
        XCTAssertEqual(text.texts, ["<a href=\"", "\">é</a><a href=\"", "\">"])
        var urls = Array(repeating: "", count: 13)
        urls[3] = "/a/"
        urls[12] = "/b/"
        XCTAssertEqual(text.joined(urls: urls), "<a href=\"/a/\">é</a><a href=\"/b/\">")
        XCTAssertEqual(text.joined(urls: urls, replacing: [1: "|"]), "<a href=\"/a/|/b/\">")
    }

    func testTextWithoutMarkersIsOnePiece() throws {
        let text = try XCTUnwrap(MarkedText("plain ünïcode"))
        XCTAssertEqual(text.texts, ["plain ünïcode"])
        XCTAssertEqual(text.owners, [])
    }

    func testStrayOrOverlongMarkersAreRefused() {
        XCTAssertNil(MarkedText("a\u{1}b"))
        XCTAssertNil(MarkedText("a\u{1}12"))
        XCTAssertNil(MarkedText("\u{1}\u{1}"))
        XCTAssertNil(MarkedText("\u{1}1234567890\u{1}"))
        XCTAssertNotNil(MarkedText("\u{1}123456789\u{1}"))
    }
}
