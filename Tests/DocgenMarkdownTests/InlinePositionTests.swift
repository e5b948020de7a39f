import DocgenMarkdown
import XCTest

/// Pins the positions docgen reports where cmark 0.30's own inline positions
/// are wrong (measured with `cmark --sourcepos -t xml`), and where they are right.
final class InlinePositionTests: XCTestCase {
    private func positions(_ markdown: String) -> [String] {
        MarkdownParser().parse(markdown).links.map { "\($0.position) \($0.kind.rawValue) \($0.destination)" }
    }

    func testFirstLineLinksKeepCmarksColumns() {
        XCTAssertEqual(positions("para with [a](b) and ![i](c.png)\n"), ["1:11 link b", "1:22 image c.png"])
    }

    func testIndentedContinuationLineCountsItsIndentation() {
        // cmark reports 2:6 for this link: it drops the two leading spaces.
        XCTAssertEqual(positions("para\n  cont [c](d) x\n"), ["2:8 link d"])
    }

    func testContinuationLinesInQuotesAndLists() {
        XCTAssertEqual(positions("> quote [e](f)\n> lazy &amp; [g](h)\n"), ["1:9 link f", "2:14 link h"])
        XCTAssertEqual(positions("- item [i](j)\n  more \\* [k](l)\n"), ["1:8 link j", "2:11 link l"])
    }

    func testReferenceDefinitionsBeforeAParagraphDoNotShiftLines() {
        // cmark reports both links on line 1.
        XCTAssertEqual(positions("[foo]: /url\n[bar](x) text [foo]\n"), ["2:1 link x", "2:15 link /url"])
    }

    func testLinkTextSpanningLinesStartsAtItsBracket() {
        // cmark reports 2:1, the line of the `]`.
        XCTAssertEqual(positions("[multi\nline](m) <http://auto.link> ![img](i.png)\n"),
            ["1:1 link m", "2:10 autolink http://auto.link", "2:29 image i.png"])
    }

    func testColumnsCountCharactersNotBytes() {
        XCTAssertEqual(positions("éé [u](v)\n"), ["1:4 link v"])
    }

    func testCRLFLineEndings() {
        XCTAssertEqual(positions("x\t[tab](t)\r\ncrlf\r\n  next [g](h)\r\n"), ["1:3 link t", "3:8 link h"])
    }

    func testSetextHeadingContinuation() {
        XCTAssertEqual(positions("Setext [c](d)\n  under [e](f)\n===\n"), ["1:8 link d", "2:9 link f"])
    }
}
