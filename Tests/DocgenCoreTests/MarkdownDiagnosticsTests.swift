import DocgenMarkdown
import XCTest

@testable import DocgenCore

/// The problems of the Markdown dialect (`ParsedMarkdown.problems`) become
/// diagnostics with their code, default severity, position and target; the
/// ids the extensions write are anchors; `markdown.extensions: []` turns the
/// dialect off.
final class MarkdownDiagnosticsTests: XCTestCase {
    private let dialectCodes: Set<String> = [
        "malformed-table", "unclosed-callout", "undefined-footnote", "unused-footnote", "duplicate-id",
    ]

    /// `docgen check` of a site whose `content/a.md` is `page`; its diagnostics with `code`.
    private func diagnostics(_ code: String, in page: String, config: String = "title: T\n") throws -> [Diagnostic] {
        let site = try FixtureSite(["docgen.yml": config, "content/a.md": page])
        return try site.check().diagnostics(code)
    }

    private func only(
        _ code: String, in page: String, file: StaticString = #filePath, line: UInt = #line
    ) throws -> Diagnostic? {
        let found = try diagnostics(code, in: page)
        XCTAssertEqual(found.count, 1, "\(found)", file: file, line: line)
        XCTAssertEqual(found.first?.file, "content/a.md", file: file, line: line)
        return found.first
    }

    func testUndefinedFootnoteAtItsReference() throws {
        let diagnostic = try only("undefined-footnote", in: "---\ntitle: A\n---\nText[^nope] here.\n")
        XCTAssertEqual(diagnostic?.severity, .error)
        XCTAssertEqual(diagnostic?.line, 4, "lines count the front matter")
        XCTAssertEqual(diagnostic?.column, 5, "the `[` of `[^nope]`")
        XCTAssertEqual(diagnostic?.target, "nope")
    }

    func testUnusedFootnoteAtItsDefinition() throws {
        let diagnostic = try only("unused-footnote", in: "# A\n\nText.\n\n[^spare]: Never used.\n")
        XCTAssertEqual(diagnostic?.severity, .warning)
        XCTAssertEqual(diagnostic?.line, 5)
        XCTAssertEqual(diagnostic?.column, 1)
        XCTAssertEqual(diagnostic?.target, "spare")
    }

    func testUnclosedCalloutAtItsOpeningLine() throws {
        let diagnostic = try only("unclosed-callout", in: "# A\n\n:::note\nBody that never ends.\n\nMore.\n")
        XCTAssertEqual(diagnostic?.severity, .error)
        XCTAssertEqual(diagnostic?.line, 3)
        XCTAssertEqual(diagnostic?.column, 1)
    }

    func testDuplicateIDAtTheSecondHeading() throws {
        let diagnostic = try only("duplicate-id", in: "# A\n\n## A {#x}\n\nText.\n\n## B {#x}\n")
        XCTAssertEqual(diagnostic?.severity, .error)
        XCTAssertEqual(diagnostic?.line, 7, "the second heading")
        XCTAssertEqual(diagnostic?.target, "x")
    }

    func testMalformedTableAtItsHeaderLine() throws {
        let diagnostic = try only("malformed-table", in: "# A\n\n| a | b |\n| --- |\n")
        XCTAssertEqual(diagnostic?.severity, .warning)
        XCTAssertEqual(diagnostic?.line, 3)
        XCTAssertEqual(diagnostic?.column, 1)
    }

    func testSeveritiesFollowLinksSeverity() throws {
        let config = "links:\n  severity:\n    undefined-footnote: warning\n    unused-footnote: ignore\n"
        let site = try FixtureSite([
            "docgen.yml": config, "content/a.md": "Text[^nope].\n\n[^spare]: Never used.\n",
        ])
        let report = try site.check()
        XCTAssertEqual(report.diagnostics("undefined-footnote").map(\.severity), [.warning])
        XCTAssertEqual(report.diagnostics("unused-footnote"), [])
    }

    func testAWellFormedPageHasNoDialectProblems() throws {
        let page = """
            # A

            | a | b |
            | --- | --- |
            | 1 | 2 |

            Claim[^1] and ~~old~~ text, www.example.com.

            - [ ] task
            - [x] done

            :::note
            Body
            :::

            > [!WARNING]
            > Careful.

            ## Custom {#custom}

            [^1]: Source.

            """
        let site = try FixtureSite(["content/a.md": page])
        XCTAssertEqual(try site.check().diagnostics, [])
    }

    func testLinksInsideTheExtensionsAreChecked() throws {
        let page = """
            # A

            | a | b |
            | --- | --- |
            | [gone](gone1.md) | x |

            Claim[^1].

            - [ ] see [gone](gone2.md)

            :::note
            See [gone](gone3.md).
            :::

            > [!WARNING]
            > See [gone](gone4.md).

            [^1]: See [gone](gone5.md).

            """
        let site = try FixtureSite(["content/a.md": page])
        XCTAssertEqual(
            try site.check().locations,
            [
                "content/a.md:5:3 missing-page", "content/a.md:9:11 missing-page", "content/a.md:12:5 missing-page",
                "content/a.md:16:7 missing-page", "content/a.md:18:11 missing-page",
            ])
    }

    func testFootnoteIDsAreAnchors() throws {
        let page = "# A\n\nClaim[^1] and more[^note].\n\n[^1]: Source.\n[^note]: Other.\n"
        let anchors = MarkdownParser(extensions: .all).parse(page).extensionAnchors
        XCTAssertEqual(anchors.count, 4, "a footnote and a reference id for each: \(anchors)")
        let links = anchors.map { "[to](a.md#\($0))" }.joined(separator: " ")
        let site = try FixtureSite(["content/a.md": page, "content/b.md": "# B\n\n\(links) [bad](a.md#fn9)\n"])
        XCTAssertEqual(try site.check().locations, ["content/b.md:3:\(links.count + 2) missing-anchor"])
    }

    func testAnExplicitHeadingIDReplacesTheSlug() throws {
        let site = try FixtureSite([
            "content/a.md": "# A\n\n## Custom heading {#custom-id}\n\nText.\n",
            "content/b.md": "# B\n\n[ok](a.md#custom-id) [slug](/a/#custom-heading)\n",
        ])
        let report = try site.check()
        XCTAssertEqual(report.locations, ["content/b.md:3:22 missing-anchor"])
        XCTAssertEqual(report.diagnostics.first?.target, "/a/#custom-heading")
    }

    func testTitleAndTableOfContentsOfAHeadingWithAnID() throws {
        let site = try FixtureSite([
            "content/a.md": "# Title {#top}\n\n## Part {#p}\n\nText.\n"
        ])
        try site.addMinimalTheme()
        try site.write("templates/layout.mustache", "<title>{{page.title}}</title>\n{{{content}}}\n")
        try site.write("templates/page.mustache", "{{#page.toc}}[{{title}}|{{id}}]{{/page.toc}}\n{{{page.content}}}")
        _ = try site.build()
        let html = site.read("public/a/index.html") ?? ""
        XCTAssertTrue(html.hasPrefix("<title>Title</title>\n[Part|p]\n"), html)
        XCTAssertTrue(html.contains("<h1 id=\"top\">Title</h1>"), html)
        XCTAssertTrue(html.contains("<h2 id=\"p\">Part</h2>"), html)
    }

    func testWithoutExtensionsThereAreNoDialectProblems() throws {
        let page = "# A\n\n:::note\nOpen.\n\n| a | b |\n| --- |\n\n## A {#x}\n\n## B {#x}\n\n[^spare]: x\n"
        let site = try FixtureSite(["docgen.yml": "markdown:\n  extensions: []\n", "content/a.md": page])
        let codes = Set(try site.check().diagnostics.map(\.code))
        XCTAssertTrue(codes.isDisjoint(with: dialectCodes), "\(codes)")
    }
}
