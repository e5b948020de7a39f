import DocgenMarkdown
import XCTest

/// Pages nested deeper than the limit are refused with a located problem
/// and published as cmark writes them; pages under it are read as usual.
final class NestingLimitTests: XCTestCase {
    let parser = MarkdownParser(extensions: .all)

    private func nestedLists(_ count: Int) -> String {
        String(repeating: "- ", count: count) + "[a](/x/)\n"
    }

    func testAPageUnderTheLimitIsReadWithItsLinks() {
        // Document, then a list and an item per level, a paragraph, a link, its text.
        let levels = (NestingLimit.maximumDepth - 4) / 2
        let parsed = parser.parse(nestedLists(levels))
        XCTAssertEqual(parsed.problems, [])
        XCTAssertEqual(parsed.links.map(\.destination), ["/x/"])
    }

    func testAPageOverTheLimitIsRefusedAtTheDeepLineAndPublishedAsCmarkWritesIt() {
        let text = "# Title\n\nIntro.\n\n" + nestedLists(NestingLimit.maximumDepth)
        let parsed = parser.parse(text)
        XCTAssertEqual(parsed.problems.map(\.kind), [.nestingTooDeep])
        XCTAssertEqual(parsed.problems.first?.position.line, 5)
        XCTAssertEqual(parsed.links, [], "a refused page is not read for links")
        XCTAssertEqual(parsed.html.htmlAsWritten, MarkdownParser.cmarkHTML(text))
    }

    func testDeeplyNestedInlinesAreRefusedToo() {
        let depth = NestingLimit.maximumDepth + 10
        let emphasis = String(repeating: "*a ", count: depth) + "x" + String(repeating: "*", count: depth) + "\n"
        XCTAssertEqual(parser.parse(emphasis).problems.map(\.kind), [.nestingTooDeep])
        let images = String(repeating: "![a ", count: depth) + "x" + String(repeating: "](/i.png)", count: depth)
        XCTAssertEqual(parser.parse(images + "\n").problems.map(\.kind), [.nestingTooDeep])
    }

    func testNestedCalloutsCountOnlyWhenCalloutsAreRead() {
        let depth = NestingLimit.maximumDepth
        let opens = (0..<depth).map { String(repeating: ":", count: 3 + depth - $0) + "note\n" }
        let closes = (0..<depth).map { String(repeating: ":", count: 4 + $0) + "\n" }
        let text = opens.joined() + "x\n" + closes.joined()
        XCTAssertEqual(parser.parse(text).problems.map(\.kind), [.nestingTooDeep])
        XCTAssertEqual(MarkdownParser().parse(text).problems, [], "without callouts the fences are text")
    }
}
