import DocgenMarkdown
import XCTest

/// Found by the Markdown fuzz target (Tests/fuzz/crashers/markdown/): a `:::`
/// line that continues a paragraph indented 4 columns or more past it (a tab
/// will do) was rewritten to the callout marker, an HTML comment, which at
/// that indent is paragraph text: the page got a `raw-html-omitted` warning
/// for HTML it does not have (after NUL bytes, at a column past the line's
/// end) and lost the `:::` text. Such a line is now paragraph text.
final class IndentedCalloutFenceTests: XCTestCase {
    private func parse(_ text: String) -> ParsedMarkdown {
        MarkdownParser(allowsRawHTML: true, extensions: .all).parse(text)
    }

    func testFuzzCrasherHasNoRawHTML() {
        // The committed crasher, byte for byte.
        let parsed = parse("\0\0\\\n\t:::")
        XCTAssertNil(parsed.firstRawHTML)
        XCTAssertEqual(parsed.problems, [])
        XCTAssertTrue(parsed.html.htmlAsWritten.contains(":::"), parsed.html.htmlAsWritten)
    }

    func testFenceIndentedPastTheParagraphStaysText() {
        for text in [
            "ab\n\t:::", "ab\n    :::note\n    x\n    :::\n", "> ab\n>     :::\n", "- ab\n\n  cd\n      :::\n",
        ] {
            let parsed = parse(text)
            XCTAssertNil(parsed.firstRawHTML, text)
            XCTAssertFalse(parsed.html.htmlAsWritten.contains("docgen:callout"), text)
            XCTAssertFalse(parsed.html.htmlAsWritten.contains("callout-"), text)
            XCTAssertTrue(parsed.html.htmlAsWritten.contains(":::"), text)
        }
    }

    func testFencesThatInterruptAParagraphAreStillCallouts() {
        for text in [
            "ab\n:::note\nx\n:::\n", "ab\n   :::note\nx\n:::\n", "- ab\n  :::note\n  x\n  :::\n",
            "> ab\n> :::note\n> x\n> :::\n",
        ] {
            let parsed = parse(text)
            XCTAssertTrue(parsed.html.htmlAsWritten.contains("callout-note"), text + parsed.html.htmlAsWritten)
            XCTAssertNil(parsed.firstRawHTML, text)
        }
    }
}
