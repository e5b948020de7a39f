import DocgenMarkdown
import XCTest

/// Hand-written pages: the exact heading ids written, and that every URL the
/// site may rewrite goes through a `RenderedHTML` slot and nothing else does.
final class HTMLFixtureTests: XCTestCase {
    static let page = """
        # Intro

        Some text with [a link](guide.md) and ![logo](img/logo.png "Logo").

        ## Intro

        ## Using `cache_dir`

        ### [Linked](other.md#part) heading

        Intro
        =====

        Links: [amp](a.md?x=1&y=2), [spaces](<my file.md>), [unicode](docs/über.md#größe),
        [frag](#intro-1), [ext](https://example.com/a?b=c&d), [mail](mailto:a@b.c),
        [root](/api/auth#tokens), [quote](it's.md), [proto](//cdn.example/x.js).

        [ref]: ref/target.md "Title"

        Use [ref] and [text][ref], or [![badge](b.svg)](status.md).

        <https://auto.example/x>

        """

    func testHeadingIDsAreWrittenIntoTheHTML() {
        let parsed = MarkdownParser().parse(Self.page)
        XCTAssertEqual(parsed.headings.map(\.id), ["intro", "intro-1", "using-cache_dir", "linked-heading", "intro-2"])
        XCTAssertEqual(parsed.headings.map(\.level), [1, 2, 2, 3, 1])
        XCTAssertEqual(
            parsed.headings.map(\.position.description), ["1:1", "5:1", "7:1", "9:1", "11:1"])
        let html = parsed.html.htmlAsWritten
        for tag in [
            "<h1 id=\"intro\">Intro</h1>", "<h2 id=\"intro-1\">Intro</h2>",
            "<h2 id=\"using-cache_dir\">Using <code>cache_dir</code></h2>",
            "<h3 id=\"linked-heading\"><a href=\"other.md#part\">Linked</a> heading</h3>",
            "<h1 id=\"intro-2\">Intro</h1>",
        ] {
            XCTAssertTrue(html.contains(tag), "missing \(tag) in\n\(html)")
        }
    }

    func testHTMLAsWrittenIsCmarksOwnOutput() {
        let parsed = MarkdownParser().parse(Self.page)
        XCTAssertEqual(HTMLTestSupport.withoutHeadingIDs(parsed), MarkdownParser.cmarkHTML(Self.page))
    }

    func testOnlyRewritableURLsGetSlotsInDocumentOrder() {
        let parsed = MarkdownParser().parse(Self.page)
        XCTAssertEqual(
            parsed.html.slots,
            [
                "guide.md", "img/logo.png", "other.md#part", "a.md?x=1&y=2", "my file.md", "docs/über.md#größe",
                "/api/auth#tokens", "it's.md", "ref/target.md", "ref/target.md", "status.md", "b.svg",
            ])
        XCTAssertEqual(parsed.html.pieces.count, parsed.html.slots.count + 1)
        let slotted = parsed.links.filter { $0.slot != nil }
        XCTAssertEqual(slotted.map(\.slot), Array(0..<12).map { Optional($0) })
        XCTAssertEqual(slotted.map(\.destination), parsed.html.slots)
        let unslotted = parsed.links.filter { $0.slot == nil }.map(\.destination)
        XCTAssertEqual(
            unslotted,
            ["#intro-1", "https://example.com/a?b=c&d", "mailto:a@b.c", "//cdn.example/x.js", "https://auto.example/x"])
    }

    func testEverySlotReplacedWithTheSameURL() {
        let parsed = MarkdownParser().parse(Self.page)
        var seen: [Int] = []
        let html = parsed.html.html { index, original in
            seen.append(index)
            XCTAssertEqual(original, parsed.html.slots[index])
            return "/X/"
        }
        XCTAssertEqual(seen, Array(0..<12))
        let expected = """
            <h1 id="intro">Intro</h1>
            <p>Some text with <a href="/X/">a link</a> and <img src="/X/" alt="logo" title="Logo" />.</p>
            <h2 id="intro-1">Intro</h2>
            <h2 id="using-cache_dir">Using <code>cache_dir</code></h2>
            <h3 id="linked-heading"><a href="/X/">Linked</a> heading</h3>
            <h1 id="intro-2">Intro</h1>
            <p>Links: <a href="/X/">amp</a>, <a href="/X/">spaces</a>, <a href="/X/">unicode</a>,
            <a href="#intro-1">frag</a>, <a href="https://example.com/a?b=c&amp;d">ext</a>, <a href="mailto:a@b.c">mail</a>,
            <a href="/X/">root</a>, <a href="/X/">quote</a>, <a href="//cdn.example/x.js">proto</a>.</p>
            <p>Use <a href="/X/" title="Title">ref</a> and <a href="/X/" title="Title">text</a>, or <a href="/X/"><img src="/X/" alt="badge" /></a>.</p>
            <p><a href="https://auto.example/x">https://auto.example/x</a></p>

            """
        XCTAssertEqual(html, expected)
    }

    func testReplacementURLsAreEscapedAsCmarkEscapesThem() {
        let parsed = MarkdownParser().parse("[a](x.md) ![b](y.png)\n")
        let html = parsed.html.html { index, _ in index == 0 ? "/a b/ü?q=1&r='2'\"" : "/img/<x>.png" }
        XCTAssertEqual(
            html,
            "<p><a href=\"/a%20b/%C3%BC?q=1&amp;r=&#x27;2&#x27;%22\">a</a> <img src=\"/img/%3Cx%3E.png\" alt=\"b\" /></p>\n"
        )
        // The same URLs written in the Markdown give the same bytes from cmark.
        XCTAssertEqual(
            html,
            MarkdownParser.cmarkHTML("[a](</a b/ü?q=1&r='2'\">) ![b](</img/\\<x\\>.png>)\n"))
    }

    func testHrefEscaperMatchesCmarkForEveryASCIICharacterAndSomeUnicode() {
        var characters = (0x21...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        characters += ["é", "日", "🎉", "\u{301}"]
        for character in characters {
            let url = "a\(character)b"
            let written =
                character.isASCII && character.isPunctuation || character.isSymbol && character.isASCII
                ? "a\\\(character)b" : url
            let markdown = "[t](<\(written)>)\n"
            XCTAssertEqual(
                MarkdownParser.cmarkHTML(markdown), "<p><a href=\"\(HrefEscaper.escape(url))\">t</a></p>\n",
                "URL \(url.debugDescription)")
        }
    }

    func testPagesWithoutHeadingsOrSlotsAreOnePiece() {
        let parsed = MarkdownParser().parse("Just [a fragment](#x) and <https://e.com>.\n")
        XCTAssertEqual(parsed.html.slots, [])
        XCTAssertEqual(parsed.html.pieces, [MarkdownParser.cmarkHTML("Just [a fragment](#x) and <https://e.com>.\n")])
        XCTAssertEqual(parsed.html.html { _, _ in "/never/" }, parsed.html.pieces[0])
    }

    func testMarkerLookalikeTextIsLeftAlone() {
        // Text that reads like docgen's internal markers must neither steal a
        // slot nor an id: the slots and ids still line up with their links.
        let markdown = "Literal %01dg0%01 and %01dg1%01 in prose, then [a](a.md) and [b](b.md).\n\n# Title %01dg0%01\n"
        let parsed = MarkdownParser().parse(markdown)
        XCTAssertEqual(parsed.html.slots, ["a.md", "b.md"])
        XCTAssertEqual(HTMLTestSupport.withoutHeadingIDs(parsed), MarkdownParser.cmarkHTML(markdown))
        XCTAssertEqual(
            parsed.html.html { index, _ in "/\(index)/" },
            "<p>Literal %01dg0%01 and %01dg1%01 in prose, then <a href=\"/0/\">a</a> and <a href=\"/1/\">b</a>.</p>\n"
                + "<h1 id=\"title-01dg001\">Title %01dg0%01</h1>\n")
    }

    func testControlCharacterLookalikeOfTheHeadingMarkerIsLeftAlone() {
        let markdown = "<p>\u{1}h\u{1}</p> [x](y.md)\n\n\u{1}h\u{1} text\n\n## Real\n"
        for allowsRawHTML in [false, true] {
            let parsed = MarkdownParser(allowsRawHTML: allowsRawHTML).parse(markdown)
            XCTAssertEqual(parsed.headings.map(\.id), ["real"])
            XCTAssertEqual(
                HTMLTestSupport.withoutHeadingIDs(parsed),
                MarkdownParser.cmarkHTML(markdown, allowsRawHTML: allowsRawHTML))
            XCTAssertTrue(parsed.html.htmlAsWritten.contains("<h2 id=\"real\">Real</h2>"))
        }
    }

    func testRawHTMLIsOmittedOrPublished() {
        let markdown =
            "<div id=\"box\">\n<a href=\"x.md\">x</a>\n</div>\n\nText <span id=\"s\">and</span> <img src=\"p.png\">.\n"
        let safe = MarkdownParser().parse(markdown)
        XCTAssertEqual(safe.html.htmlAsWritten, MarkdownParser.cmarkHTML(markdown))
        XCTAssertEqual(safe.firstRawHTML, SourcePosition(line: 1, column: 1))
        XCTAssertEqual(safe.links, [])
        XCTAssertEqual(safe.htmlAnchors, [])
        let raw = MarkdownParser(allowsRawHTML: true).parse(markdown)
        XCTAssertEqual(raw.html.htmlAsWritten, MarkdownParser.cmarkHTML(markdown, allowsRawHTML: true))
        XCTAssertEqual(raw.htmlAnchors, ["box", "s"])
        XCTAssertEqual(
            raw.links.map { "\($0.position) \($0.kind.rawValue) \($0.destination)" },
            ["2:4 htmlHref x.md", "5:35 htmlSource p.png"])
    }

    func testRawHTMLAttributesOnContinuationLinesAndInQuotes() {
        let parser = MarkdownParser(allowsRawHTML: true)
        let block = parser.parse("> <div\n> id=\"box\"><a\n>   href=\"x.md\">x</a>\n> </div>\n")
        XCTAssertEqual(block.htmlAnchors, ["box"])
        XCTAssertEqual(block.links.map { "\($0.position) \($0.destination)" }, ["3:5 x.md"])
        let inline = parser.parse("a <a\nhref=\"x.md\">x</a> and\n> q <img\n>   src=\"p.png\">\n")
        XCTAssertEqual(
            inline.links.map { "\($0.position) \($0.kind.rawValue) \($0.destination)" },
            ["2:1 htmlHref x.md", "4:5 htmlSource p.png"])
    }

    func testEmptyDocument() {
        let parsed = MarkdownParser().parse("")
        XCTAssertEqual(parsed.html.htmlAsWritten, "")
        XCTAssertEqual(parsed.headings, [])
        XCTAssertEqual(parsed.links, [])
    }
}
