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
        XCTAssertEqual(
            positions("[multi\nline](m) <http://auto.link> ![img](i.png)\n"),
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

    // MARK: - Where cmark loses count of lines (found by GeneratedPositionTests)

    func testAfterAMultiLineCodeSpan() {
        // Without CMARK_OPT_SOURCEPOS cmark reports [x](y) at 1:17.
        XCTAssertEqual(positions("a `code\nspan` b [x](y)\nc [z](w)\n"), ["2:9 link y", "3:3 link w"])
    }

    func testAfterMultiLineRawHTML() {
        XCTAssertEqual(positions("a <span\nclass=\"x\">y</span> [x](y)\n"), ["2:20 link y"])
    }

    func testAfterABackslashHardBreak() {
        // cmark reports [x](y) at 1:6 and [z](w) at 3:3.
        XCTAssertEqual(positions("a\\\nb [x](y)\nc  \nd [z](w)\n"), ["2:3 link y", "4:3 link w"])
        XCTAssertEqual(positions("a\\\r\nb [x](y)\r\n"), ["2:3 link y"])
    }

    func testAfterATitleOrDestinationOnTheNextLine() {
        // cmark reports [c](d) at 2:42, past the end of line 2.
        XCTAssertEqual(
            positions("x [a](b\n\"title\") [c](d)\nnext [e](f)\n"), ["1:3 link b", "2:10 link d", "3:6 link f"])
        XCTAssertEqual(positions("[a](\nb) [c](d)\n"), ["1:1 link b", "2:4 link d"])
        XCTAssertEqual(positions("> [a](b\r\n> 'title') [c](d)\r\n"), ["1:3 link b", "2:12 link d"])
    }

    func testAfterAReferenceLabelSpanningLines() {
        XCTAssertEqual(
            positions("[foo][bar\nbaz] [c](d)\n\n[bar baz]: /u\n"), ["1:1 link /u", "2:6 link d"])
    }

    func testDefinitionsSpanningLinesBeforeAParagraph() {
        XCTAssertEqual(positions("[a]:\n/u\n'title\non two lines'\n[b](c) [a]\n"), ["5:1 link c", "5:8 link /u"])
        XCTAssertEqual(positions("- [a]: /u\n  \"t\"\n  [b](c)\n"), ["3:3 link c"])
        XCTAssertEqual(positions("[a\nb]: /u\n[a b] x\n"), ["3:1 link /u"])
    }

    func testDefinitionsBeforeASetextHeading() {
        XCTAssertEqual(positions("[foo]: /url\nbar [a](b)\n===\n"), ["2:5 link b"])
    }

    func testLinkTextsThatDoNotStartWithText() {
        XCTAssertEqual(
            positions("[`c`](a) [*e*](b) [ s](c) [<b>h</b>](d) [](e) ![](f)\n"),
            ["1:1 link a", "1:10 link b", "1:19 link c", "1:27 link d", "1:41 link e", "1:47 image f"])
        XCTAssertEqual(positions("x [\nword](a) [\\\nb](c)\n"), ["1:3 link a", "2:10 link c"])
        XCTAssertEqual(positions("[<https://a.b>](u)\n"), ["1:1 link u", "1:2 autolink https://a.b"])
    }

    func testAQuoteMarkerPastTheParagraphsDepthIsText() {
        XCTAssertEqual(positions("para\n    > [c](d)\n"), ["2:7 link d"])
        XCTAssertEqual(positions("> > a\n> [b](c)\n"), ["2:3 link c"])
    }

    func testTabsInContainerPrefixes() {
        XCTAssertEqual(
            positions(">\tfoo [a](b)\n>\tbar [c](d)\n-\tx [e](f)\n \tmore [g](h)\n"),
            ["1:7 link b", "2:7 link d", "3:5 link f", "4:8 link h"])
    }
}
