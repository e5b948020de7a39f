import DocgenMarkdown
import XCTest

@testable import DocgenCore

/// `search-index.json` and the built-in theme's search box.
final class SearchIndexTests: XCTestCase {
    private var savedWorkers: String?

    override func setUp() { savedWorkers = ProcessInfo.processInfo.environment["DOCGEN_WORKERS"] }

    override func tearDown() {
        if let savedWorkers { setenv("DOCGEN_WORKERS", savedWorkers, 1) } else { unsetenv("DOCGEN_WORKERS") }
    }

    /// A home page, a page with sections, entities, code, raw HTML and a
    /// heading that needs an explicit anchor, a draft and a generated section.
    private func makeSite() throws -> FixtureSite {
        try FixtureSite([
            "docgen.yml": "title: T\nbase_url: https://example.com/docs/\nraw_html: true\n",
            "content/index.md": "# Home\n\nWelcome to the docs.\n",
            "content/guide/tokens.md": """
            ---
            title: Tokens & keys
            ---
            # Tokens & keys

            Tokens prove *who* you are: use `Bearer <token>` & "quotes".

            ```sh
            curl --secret-in-code-block
            ```

            ## Access tokens

            A token expires hourly.<span>joined</span>word

            <script>var hiddenScript = 1;</script>
            <!-- a hidden comment -->

            ### Refresh tokens

            Refresh tokens last longer.

            ## Access tokens

            The second one, with id access-tokens-1.

            ## Ünïcode & co

            Text under a non-ASCII heading.

            """,
            "content/guide/draft.md": "---\ndraft: true\n---\n# Secret draft\n\nUnreleased words.\n",
        ])
    }

    private func index(_ site: FixtureSite, _ output: String = "public") throws -> [String: Any] {
        let text = try XCTUnwrap(site.read(output + "/search-index.json"))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(object as? [String: Any])
    }

    /// The pages of the index by URL: title and sections as (heading, anchor, text).
    private func pages(_ index: [String: Any]) throws -> [String: (title: String, sections: [[String]])] {
        XCTAssertEqual(index["version"] as? Int, 1)
        var pages: [String: (title: String, sections: [[String]])] = [:]
        for page in try XCTUnwrap(index["pages"] as? [[String: Any]]) {
            let flat = try XCTUnwrap(page["s"] as? [String])
            XCTAssertEqual(flat.count % 3, 0)
            let sections = stride(from: 0, to: flat.count, by: 3).map { Array(flat[$0..<($0 + 3)]) }
            pages[try XCTUnwrap(page["u"] as? String)] = (try XCTUnwrap(page["t"] as? String), sections)
        }
        return pages
    }

    func testIndexListsPublishedPagesWithTitlesURLsHeadingsAndText() throws {
        let site = try makeSite()
        _ = try site.build(drafts: true)
        let pages = try pages(index(site))
        XCTAssertEqual(
            Set(pages.keys), ["/docs/", "/docs/guide/", "/docs/guide/tokens/"], "no draft, even with --drafts")
        XCTAssertEqual(pages["/docs/"]?.title, "Home")
        XCTAssertEqual(pages["/docs/"]?.sections, [["", "", "Welcome to the docs."]])
        XCTAssertEqual(pages["/docs/guide/"]?.sections, [], "a generated section page has a title only")
        let tokens = try XCTUnwrap(pages["/docs/guide/tokens/"])
        XCTAssertEqual(tokens.title, "Tokens & keys")
        XCTAssertEqual(
            tokens.sections,
            [
                ["", "", "Tokens prove who you are: use Bearer <token> & \"quotes\"."],
                ["Access tokens", "", "A token expires hourly.joinedword"],
                ["Refresh tokens", "", "Refresh tokens last longer."],
                ["Access tokens", "access-tokens-1", "The second one, with id access-tokens-1."],
                ["Ünïcode & co", "ünïcode--co", "Text under a non-ASCII heading."],
            ], "anchors left empty are the heading's ASCII slug; code, scripts and comments are no text")
        let text = try XCTUnwrap(site.read("public/search-index.json"))
        for absent in ["Secret draft", "Unreleased", "secret-in-code-block", "hiddenScript", "hidden comment", "&amp;"]
        {
            XCTAssertFalse(text.contains(absent), absent)
        }
    }

    func testSectionsKeepOnlyTheirFirstWords() {
        let long = (1...100).map { "w\($0)" }.joined(separator: " ")
        let sections = SearchIndexText.sections(
            html: "<p>\(long)</p>\n<h2 id=\"next\">Next</h2>\n<p>\(long)</p>\n<h3 id=\"x\">X &amp; <code>y</code></h3>",
            headings: [
                MarkdownHeading(level: 2, text: "Next", id: "next", position: SourcePosition(line: 1, column: 1))
            ],
            title: "T")
        XCTAssertEqual(sections.count, 3)
        XCTAssertEqual(sections[0].text, (1...20).map { "w\($0)" }.joined(separator: " "), "20 words")
        XCTAssertEqual(sections[1], SearchIndexSection(heading: "Next", id: "next", text: "w1 w2 w3 w4 w5 w6"))
        XCTAssertEqual(
            sections[2], SearchIndexSection(heading: "X & y", id: "x", text: ""),
            "the HTML's text without a Markdown heading")
    }

    func testEntitiesAndTagsAreDecodedAndStripped() {
        let sections = SearchIndexText.sections(
            html:
                "<h1 id=\"other\">Other title</h1>\n<p>a&lt;b&gt;c &quot;d&quot; &#39;e&#39; &#x41;&#66; f&amp;g &bogus; <em>un</em>usual"
                + "<br />\nnext<PRE>skipped</pre>after</p>",
            headings: [], title: "T")
        XCTAssertEqual(
            sections,
            [
                SearchIndexSection(
                    heading: "", id: "", text: "Other title a<b>c \"d\" 'e' AB f&g &bogus; unusual next after")
            ])
    }

    func testOutputIsIdenticalOnOneAndManyWorkers() throws {
        let site = try makeSite()
        for number in 0..<40 {
            try site.write(
                "content/many/p\(number).md", "# Page \(number)\n\nText \(number).\n\n## Part\n\nMore \(number).\n")
        }
        setenv("DOCGEN_WORKERS", "1", 1)
        _ = try site.build(output: "out-1")
        setenv("DOCGEN_WORKERS", "8", 1)
        _ = try site.build(output: "out-8")
        let one = try XCTUnwrap(site.read("out-1/search-index.json"))
        XCTAssertEqual(site.read("out-8/search-index.json"), one)
        XCTAssertEqual(try pages(index(site, "out-1")).count, 3 + 40 + 1)
    }

    func testAContentFileNamedSearchIndexWins() throws {
        let site = try makeSite()
        try site.write("content/search-index.json", "{\"mine\":true}\n")
        _ = try site.build()
        XCTAssertEqual(site.read("public/search-index.json"), "{\"mine\":true}\n")
    }

    func testBuiltInThemeHasTheSearchBoxAndWritesSearchJS() throws {
        let site = try makeSite()
        _ = try site.build()
        let page = try XCTUnwrap(site.read("public/guide/tokens/index.html"))
        XCTAssertTrue(page.contains("id=\"docgen-search\""), page)
        XCTAssertTrue(page.contains("id=\"docgen-search-results\""), page)
        XCTAssertTrue(page.contains("data-index=\"/docs/search-index.json\""), page)
        XCTAssertTrue(page.contains("<script src=\"/docs/search.js\" defer></script>"), page)
        let script = try XCTUnwrap(site.read("public/search.js"))
        XCTAssertTrue(script.contains("search-index") || script.contains("data-index"))
        XCTAssertEqual(script, DefaultTheme.files["static/search.js"])
    }
}
