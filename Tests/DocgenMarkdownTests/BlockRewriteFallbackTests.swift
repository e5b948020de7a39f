import DocgenMarkdown
import XCTest

/// Callout fences and footnote definitions are found in one of two ways: a
/// guess from the lines, confirmed by the parse, or (when the guess is wrong)
/// the exact way, which parses twice. These pages make the guess wrong and
/// check that the result is what the guess-confirmed page gives.
final class BlockRewriteFallbackTests: XCTestCase {
    let parser = MarkdownParser(extensions: .all)

    /// The callout and footnote part of both pages, from line 5 on.
    static let body = """
        :::tip
        x [a](/b)
        :::

        text
        [^1]: note [c](/d)

        Ref[^1].

        """

    func testAFenceInsideAnHTMLBlockFallsBackToTheSameResult() {
        // `:::note` on line 2 is inside an HTML block: the guess rewrites it,
        // the parse does not confirm it, and the page is read the exact way.
        let fallback = parser.parse("<div>\n:::note\n</div>\n\n" + Self.body)
        // The same lines without the HTML block: the guess holds.
        let guessed = parser.parse("\n\n\n\n" + Self.body)

        XCTAssertEqual(
            fallback.html.htmlAsWritten, "<!-- raw HTML omitted -->\n" + guessed.html.htmlAsWritten)
        XCTAssertEqual(fallback.links, guessed.links)
        XCTAssertEqual(fallback.links.map(\.position.description), ["6:3", "10:12"])
        XCTAssertTrue(guessed.html.htmlAsWritten.contains("<div class=\"callout callout-tip\" data-callout=\"tip\">"))
        XCTAssertFalse(fallback.html.htmlAsWritten.contains("callout-note"), "a fence in HTML is no callout")
    }

    func testAFenceInIndentedCodeStaysCode() {
        // The guess takes the indented `:::note` too; the parse shows it is
        // code, so the page is read the exact way and the code keeps its text.
        let parsed = parser.parse("    :::note\n    :::\n\n" + Self.body)
        XCTAssertTrue(
            parsed.html.htmlAsWritten.hasPrefix("<pre><code>:::note\n:::\n</code></pre>\n"), parsed.html.htmlAsWritten)
        XCTAssertEqual(parsed.links.map(\.position.description), ["5:3", "9:12"])
    }

    func testADefinitionRightAfterAParagraphLineIsFoundTheExactWay() {
        // The guess only takes definitions after a blank line; this one follows
        // `text`, so the exact way finds it.
        let parsed = parser.parse(Self.body)
        XCTAssertTrue(
            parsed.html.htmlAsWritten.contains(
                "<li id=\"fn1\">\n<p>note <a href=\"/d\">c</a> <a href=\"#fnref1\" class=\"footnote-backref\">↩</a></p>"
            ),
            parsed.html.htmlAsWritten)
        XCTAssertEqual(parsed.extensionAnchors, ["fn1", "fnref1"])
        XCTAssertEqual(parsed.problems, [])
    }
}
