import DocgenMarkdown
import Foundation
import XCTest

/// The Markdown extensions through the `docgen` binary: `markdown.extensions: []`
/// publishes cmark's own HTML, and the dialect's diagnostics print in every
/// output format.
final class MarkdownExtensionsEndToEndTests: XCTestCase {
    /// A page of every extension's syntax and no heading (docgen adds ids to headings).
    private let page = """
        | a | b |
        | --- | --- |
        | 1 | [x](https://example.com/) |

        ~~old~~ www.example.com and https://example.com/y

        - [ ] task
        - [x] done

        :::note
        Body
        :::

        > [!NOTE]
        > Careful.

        Text {#id}

        """

    /// A site whose pages are their bodies alone.
    private func site(config: String) throws -> ScratchSite {
        try ScratchSite([
            "docgen.yml": config,
            "content/index.md": page,
            "templates/layout.mustache": "{{{content}}}",
            "templates/page.mustache": "{{{page.content}}}",
            "templates/section.mustache": "{{{page.content}}}",
        ])
    }

    func testNoExtensionsPublishCmarksOwnHTML() throws {
        let site = try site(config: "markdown:\n  extensions: []\n")
        let result = try site.run(["build"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(site.read("public/index.html"), MarkdownParser.cmarkHTML(page))
    }

    func testEveryExtensionByDefault() throws {
        let site = try site(config: "title: T\n")
        let result = try site.run(["build"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let html = site.read("public/index.html") ?? ""
        XCTAssertNotEqual(html, MarkdownParser.cmarkHTML(page))
        for expected in ["<table>", "<del>old</del>", "type=\"checkbox\"", "callout"] {
            XCTAssertTrue(html.contains(expected), "\(expected) in \(html)")
        }
    }

    func testDialectDiagnosticsInEveryFormat() throws {
        let site = try ScratchSite(["content/a.md": "# A\n\nText[^nope] here.\n"])
        let json = try site.run(["check", "--format", "json"])
        XCTAssertEqual(json.status, 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        XCTAssertEqual(diagnostics.count, 1, json.stdout)
        let diagnostic = diagnostics.first ?? [:]
        XCTAssertEqual(diagnostic["code"] as? String, "undefined-footnote")
        XCTAssertEqual(diagnostic["severity"] as? String, "error")
        XCTAssertEqual(diagnostic["file"] as? String, "content/a.md")
        XCTAssertEqual(diagnostic["line"] as? Int, 3)
        XCTAssertEqual(diagnostic["column"] as? Int, 5)
        XCTAssertEqual(diagnostic["target"] as? String, "nope")

        let github = try site.run(["check", "--format", "github"])
        XCTAssertTrue(
            github.stdout.hasPrefix("::error file=content/a.md,line=3,col=5,title=docgen undefined-footnote::"),
            github.stdout)

        let terminal = try site.run(["check"])
        let lines = terminal.stdout.components(separatedBy: "\n")
        XCTAssertTrue(lines.first?.hasPrefix("content/a.md:3:5: error: ") ?? false, terminal.stdout)
        XCTAssertTrue(lines.first?.hasSuffix("[undefined-footnote]") ?? false, terminal.stdout)
        XCTAssertEqual(lines.dropFirst().prefix(2), [" 3 | Text[^nope] here.", "   |     ^"])
    }

    func testDialectWarningsPassUnlessMadeErrors() throws {
        let site = try ScratchSite(["content/a.md": "# A\n\nText.\n\n[^spare]: Never used.\n"])
        let check = try site.run(["check", "--format", "github"])
        XCTAssertEqual(check.status, 0)
        XCTAssertTrue(
            check.stdout.hasPrefix("::warning file=content/a.md,line=5,col=1,title=docgen unused-footnote::"),
            check.stdout)
        XCTAssertEqual(try site.run(["check", "--warnings-as-errors"]).status, 1)
    }
}
