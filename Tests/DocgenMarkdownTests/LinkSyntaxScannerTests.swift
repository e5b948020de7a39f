import DocgenMarkdown
import XCTest

/// Link-shaped text that cmark left as plain text (`LinkSyntaxScanner`, run
/// through `MarkdownParser`): what is reported, exactly where, and what is not.
final class LinkSyntaxScannerTests: XCTestCase {
    private func problems(_ markdown: String) -> [String] {
        MarkdownParser().parse(markdown).syntaxProblems.map {
            "\($0.position) \($0.kind.rawValue) \($0.target)"
        }
    }

    // MARK: - Malformed links

    func testBraceInsteadOfBracket() {
        XCTAssertEqual(problems("See [docs}(guide.md) now.\n"), ["1:5 malformedLink guide.md"])
    }

    func testMissingClosingParenthesis() {
        XCTAssertEqual(problems("See [docs](guide.md and more\n"), ["1:5 malformedLink guide.md"])
        XCTAssertEqual(problems("End [docs](guide.md\n"), ["1:5 malformedLink guide.md"])
        XCTAssertEqual(problems("See [docs](/api/auth.\n"), ["1:5 malformedLink /api/auth"], "the sentence's period")
        XCTAssertEqual(problems("See [docs](a.md#x, then more\n"), ["1:5 malformedLink a.md#x"])
        XCTAssertEqual(problems("See [docs}(v1.2.) now\n"), ["1:5 malformedLink v1.2."], "closed: as written")
    }

    func testSpaceBetweenLabelAndParenthesis() {
        XCTAssertEqual(problems("See [docs] (guide.md) now.\n"), ["1:5 malformedLink guide.md"])
        XCTAssertEqual(problems("See [docs]\t(/api/auth#x) now.\n"), ["1:5 malformedLink /api/auth#x"])
    }

    func testSpaceInsideDestination() {
        XCTAssertEqual(problems("A [t](a b) c\n"), ["1:3 malformedLink a"])
    }

    func testMalformedImageIsReportedAtItsBang() {
        XCTAssertEqual(
            problems("Pic ![alt}(img.png) and ![x](y.png\n"), ["1:5 malformedLink img.png", "1:25 malformedLink y.png"])
    }

    func testExcerptIsTheDefectsLine() {
        let found = MarkdownParser().parse("Before\nSee [docs}(guide.md) now.\nafter\n").syntaxProblems
        XCTAssertEqual(found.map(\.excerpt), ["[docs}(guide.md) now."])
        XCTAssertEqual(found.map(\.kind), [.malformedLink])
    }

    func testSeveralProblemsInOneParagraph() {
        XCTAssertEqual(
            problems("[a}(x) then [b](y and [c] (z) and [d][nope]\n"),
            ["1:1 malformedLink x", "1:13 malformedLink y", "1:23 malformedLink z", "1:35 undefinedReference nope"])
    }

    // MARK: - Undefined references

    func testFullReferenceWithoutDefinition() {
        XCTAssertEqual(problems("Use [text][ref] here.\n"), ["1:5 undefinedReference ref"])
    }

    func testCollapsedReferenceWithoutDefinition() {
        XCTAssertEqual(problems("Use [text][] here.\n"), ["1:5 undefinedReference text"])
    }

    func testDefinedReferencesAreLinksNotProblems() {
        let parsed = MarkdownParser().parse("Use [text][ref], [Ref][] and [ref].\n\n[REF]: /target\n")
        XCTAssertEqual(parsed.syntaxProblems, [])
        XCTAssertEqual(
            parsed.links.map { "\($0.position) \($0.destination)" }, ["1:5 /target", "1:18 /target", "1:30 /target"])
    }

    func testDefinedTextWithUndefinedLabelIsStillUndefined() {
        // `[d][nope]`: cmark does not fall back to the shortcut `[d]`.
        XCTAssertEqual(problems("[d][nope]\n\n[d]: /x\n"), ["1:1 undefinedReference nope"])
    }

    func testReferenceLabelSpanningLines() {
        XCTAssertEqual(
            problems("See [text][two\nlines] ok\n"), ["1:5 undefinedReference two lines"], "one line in messages")
        XCTAssertEqual(problems("See [two\n  words][] ok\n"), ["1:5 undefinedReference two words"])
        XCTAssertEqual(problems("See [text][two\nlines] ok\n\n[two lines]: /x\n"), [])
    }

    // MARK: - Not links, not reported

    func testBracketsInProseAreNotLinks() {
        XCTAssertEqual(problems("Index a[0] and b[1](2 and matrix[i][j].\n"), [])
        XCTAssertEqual(problems("A lone [note] and [another note] here.\n"), [])
        XCTAssertEqual(problems("A remark [a] (see below) and [b] (two words).\n"), [])
    }

    func testTaskBoxes() {
        XCTAssertEqual(problems("- [ ] todo\n- [x] done\n- [X][y] odd\n"), [])
        XCTAssertEqual(problems("Inline [x] and [ ] boxes.\n"), [])
    }

    func testCodeSpansAndCodeBlocks() {
        XCTAssertEqual(problems("Code `[a](b` and ``[t][nope] ` `` here.\n"), [])
        XCTAssertEqual(problems("```\n[a](b\n[t][nope]\n```\n"), [])
        XCTAssertEqual(problems("~~~ markdown\n[a}(b)\n~~~\n"), [])
        XCTAssertEqual(problems("Para.\n\n    [a](b\n    [t][nope]\n"), [])
    }

    func testEscapedBrackets() {
        XCTAssertEqual(problems("Escaped \\[a](b and \\[t][nope] and \\[x] (y)\n"), [])
        // An escaped `!` leaves a real `[`: that one is link-shaped text.
        XCTAssertEqual(problems("Escaped \\![i](c\n"), ["1:11 malformedLink c"])
    }

    func testRealLinksAreNotReported() {
        let markdown = """
            A [link](x.md), ![img](i.png), <https://auto.link>, [angle](<a b.md>), [see [1]](x),
            [brackets](b[1].md), x[i](y), [nested ![i](i.png)](n.md) and [t](u "title [a] (b)").

            """
        let parsed = MarkdownParser().parse(markdown)
        XCTAssertEqual(parsed.syntaxProblems, [])
        XCTAssertEqual(parsed.links.count, 10)
    }

    func testHTMLAndAutolinksHoldNoProblems() {
        XCTAssertEqual(problems("<span title=\"[a](b\">x</span> and <http://x/[a](b>\n"), [])
    }

    func testReferenceDefinitionsAreNotScanned() {
        XCTAssertEqual(problems("[d]: /x \"see [a] (b) and [c}(e)\"\ntext [d]\n"), [])
        XCTAssertEqual(problems("[d]: /x\n\"title [t][nope]\"\n[bad}(y) [d]\n"), ["3:1 malformedLink y"])
    }

    // MARK: - Positions

    func testPositionsAfterNonASCIIText() {
        XCTAssertEqual(problems("日本語 [t}(u)\n"), ["1:5 malformedLink u"])
        XCTAssertEqual(problems("🎉 naïve [t][nope]\n"), ["1:9 undefinedReference nope"])
        XCTAssertEqual(problems("e\u{301}e\u{301} [t](u v)\n"), ["1:6 malformedLink u"], "columns count scalars")
    }

    func testPositionsInCRLFFiles() {
        XCTAssertEqual(
            problems("line one\r\nline [t}(u)\r\n\r\n[y][nope]\r\n"),
            ["2:6 malformedLink u", "4:1 undefinedReference nope"])
        XCTAssertEqual(problems("old\rmac [t}(u)\r"), ["2:5 malformedLink u"])
    }

    func testPositionsInBlockquotesAndLists() {
        XCTAssertEqual(
            problems("> quote [t}(u)\n> more [y][nope]\nlazy [y] (z)\n"),
            ["1:9 malformedLink u", "2:8 undefinedReference nope", "3:6 malformedLink z"])
        XCTAssertEqual(
            problems("- item [t}(u)\n  cont [y][nope]\n"), ["1:8 malformedLink u", "2:8 undefinedReference nope"])
        XCTAssertEqual(problems("1. one\n   two [t}(u)\n"), ["2:8 malformedLink u"])
        XCTAssertEqual(problems("> - a\n>   b [t}(u)\n"), ["2:7 malformedLink u"])
        XCTAssertEqual(problems("> > deep\n> > [t}(u)\n"), ["2:5 malformedLink u"])
    }

    func testPositionsOnIndentedContinuationLines() {
        XCTAssertEqual(problems("para\n     indented [t}(u)\n"), ["2:15 malformedLink u"])
        XCTAssertEqual(problems("para\n\t[t}(u)\n"), ["2:2 malformedLink u"])
        XCTAssertEqual(
            problems("para\n    > [t}(u)\n"), ["2:7 malformedLink u"], "an indented `>` is text, not a quote")
    }

    func testPositionsInHeadings() {
        XCTAssertEqual(problems("## Head [t}(u) ##\n"), ["1:9 malformedLink u"])
        XCTAssertEqual(
            problems("Title [y][nope]\n  more [y}(z)\n===\n"), ["1:7 undefinedReference nope", "2:8 malformedLink z"])
    }

    func testPositionsAfterReferenceDefinitions() {
        XCTAssertEqual(problems("[d]: /x\n[t}(u) and [d]\n"), ["2:1 malformedLink u"])
        XCTAssertEqual(problems("- [d]: /x\n  \"title\"\n  [t}(u) [d]\n"), ["3:3 malformedLink u"])
    }

    func testPositionsAfterMultiLineInlines() {
        XCTAssertEqual(problems("a `code\nspan` [t}(u)\n"), ["2:7 malformedLink u"])
        XCTAssertEqual(problems("a [x](y\n\"title\") [t}(u)\n"), ["2:10 malformedLink u"])
        XCTAssertEqual(problems("hard\\\nbreak [t}(u)\n"), ["2:7 malformedLink u"])
    }
}
