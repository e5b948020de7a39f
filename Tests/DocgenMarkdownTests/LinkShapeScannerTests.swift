import DocgenMarkdown
import XCTest

/// The link shapes of issue 13 as `LinkSyntaxScanner` finds them: the stray
/// characters a reader sees around a link, and `[words]` left as text, each
/// at its exact position, and the look-alikes that are not reported.
final class LinkShapeScannerTests: XCTestCase {
    private func shapes(_ markdown: String) -> [String] {
        MarkdownParser(extensions: .all).parse(markdown).syntaxProblems.map {
            "\($0.position) \($0.shape.rawValue) \($0.target)"
        }
    }

    private func bracketed(_ markdown: String) -> [String] {
        MarkdownParser(extensions: .all).parse(markdown).bracketedText.map { "\($0.position) \($0.target)" }
    }

    func testStrayParenthesisIsAtTheParenthesis() {
        XCTAssertEqual(shapes("See [a](b.md)) now.\n"), ["1:14 strayParenthesis b.md"])
        XCTAssertEqual(shapes("> - See [a](b.md)) now.\n"), ["1:18 strayParenthesis b.md"], "in a quote and a list")
        XCTAssertEqual(
            shapes("Text\nmore [a][r]) here.\n\n[r]: /x\n"), ["2:12 strayParenthesis r"], "after a reference link")
        XCTAssertEqual(
            shapes("Use [unspecified address][] (`::`) or [b][] (x).\n\n[unspecified address]: /u\n[b]: /b\n"), [],
            "the `[]` of a reference link is no label of its own")
    }

    func testCitationsSideBySideAreNoReferenceLink() {
        let problems = { (text: String) in
            MarkdownParser(extensions: .all).parse(text).syntaxProblems.map { "\($0.position) \($0.target)" }
        }
        XCTAssertEqual(problems("As studies show [1][2], and [12][a].\n"), [])
        XCTAssertEqual(problems("See [the guide][gd] here.\n"), ["1:5 gd"], "an undefined label is still reported")
        XCTAssertEqual(problems("See [the guide][1] here.\n"), ["1:5 1"], "text then a number reads as a link")
    }

    func testAParenthesisOpenEarlierInTheBlockIsClosedByIt() {
        XCTAssertEqual(shapes("(See the\n[guide](b.md)) and (e.g. [x](y)).\n"), [])
        XCTAssertEqual(shapes("A [link](https://en.wikipedia.org/wiki/Foo_(bar)) here.\n"), [], "balanced in the URL")
        XCTAssertEqual(
            shapes("1) item, then [a](b)) and \\([c](d)) here.\n"),
            ["1:21 strayParenthesis b"], "`\\(` is a parenthesis the reader sees")
    }

    func testStrayBracket() {
        XCTAssertEqual(shapes("See [a](b.md)] now.\n"), ["1:14 strayBracket b.md"])
        XCTAssertEqual(shapes("[see [a](b.md)] and [![i](i.png)](b.md)\n"), [])
        // An escaped bracket is one the reader sees: it opens what the `]` closes.
        XCTAssertEqual(shapes("* \\[[`b73ff52`](https://x.org/c)] - fix\n\\[0, [max][]] range\n\n[max]: /m\n"), [])
    }

    func testURLInsideBrackets() {
        XCTAssertEqual(
            shapes("As [RFC 7518 (https://x.org/rfc7518)] says, [see https://x.org/a.]\n"),
            ["1:4 urlInBrackets https://x.org/rfc7518", "1:45 urlInBrackets https://x.org/a"])
        XCTAssertEqual(
            shapes("Bare [https://x.org] and [text](https://x.org) and [a https://x.org](b)\n"), [],
            "no words before the URL; real links")
    }

    func testReversedLinkIsAtItsParenthesis() {
        XCTAssertEqual(shapes("Read (the guide)[b.md] now.\n"), ["1:6 reversed b.md"])
        XCTAssertEqual(shapes("Call f(x)[0] or (see note)[1] or (a)[b c].\n"), [])
    }

    func testUnterminatedTitle() {
        XCTAssertEqual(shapes("A [a](b.md \"title) x.\n"), ["1:3 unterminatedTitle b.md"])
        XCTAssertEqual(shapes("A [a](b.md 'it) x.\n"), ["1:3 unterminatedTitle b.md"])
        XCTAssertEqual(shapes("A [a](b.md \"title\") x.\n"), [], "a real link with a title")
    }

    func testBracketedWordsAreCandidatesAtTheirBracket() {
        XCTAssertEqual(bracketed("Follow the [naming rules].\n"), ["1:12 naming rules"])
        XCTAssertEqual(bracketed("> See [Setup] and [don't panic]\n"), ["1:7 Setup", "1:19 don't panic"])
        XCTAssertEqual(MarkdownParser().parse("Follow [naming rules].\n").syntaxProblems, [], "not a syntax problem")
    }

    func testBracketsThatAreNotWords() {
        XCTAssertEqual(
            bracketed(
                "- [ ] task\n- [x] done\n\n[1] [12a] [a.b] [--flag] [!NOTE] [^1] a[i] `[code words]` [two\nlines]\n"),
            [])
        XCTAssertEqual(bracketed("[defined words] here.\n\n[defined words]: /x\n"), [])
        XCTAssertEqual(bracketed("[label]: /x \"title\"\n"), [])
    }
}
