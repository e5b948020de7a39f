import XCTest

/// The rules of `GFMHTMLNormalizer`, one by one, and what it leaves alone.
final class GFMHTMLNormalizerTests: XCTestCase {
    func testHeadingIDsAreDropped() {
        XCTAssertEqual(GFMHTMLNormalizer.normalize("<h2 id=\"a-b\">A b</h2>\n"), "<h2>A b</h2>")
        XCTAssertEqual(GFMHTMLNormalizer.normalize("<h6 id=\"\">x</h6>"), "<h6>x</h6>")
        XCTAssertEqual(GFMHTMLNormalizer.normalize("<p id=\"a\">x</p>"), "<p id=\"a\">x</p>")
        XCTAssertEqual(
            GFMHTMLNormalizer.normalize("<h2 class=\"c\" id=\"a\">x</h2>"), "<h2 class=\"c\" id=\"a\">x</h2>")
    }

    func testNewlineRunsBetweenTagsBecomeOneNewline() {
        XCTAssertEqual(GFMHTMLNormalizer.normalize("<li>\n\n  <p>x</p>\n</li>\n"), "<li>\n<p>x</p>\n</li>")
        XCTAssertEqual(GFMHTMLNormalizer.normalize("<a>↩</a>\n</li>"), "<a>↩</a>\n</li>")
    }

    func testContentWhitespaceIsKept() {
        XCTAssertEqual(GFMHTMLNormalizer.normalize("<em>a</em> <em>b</em>"), "<em>a</em> <em>b</em>")
        XCTAssertNotEqual(
            GFMHTMLNormalizer.normalize("<li><input /></li>"), GFMHTMLNormalizer.normalize("<li>\n<input /></li>"))
        XCTAssertEqual(
            GFMHTMLNormalizer.normalize("<pre><code>\n\n</code></pre>\n\n<p>x</p>"),
            "<pre><code>\n\n</code></pre>\n<p>x</p>")
    }
}
