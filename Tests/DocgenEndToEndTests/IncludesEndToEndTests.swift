import Foundation
import XCTest

/// `{{#include}}` through the `docgen` binary: a problem in a partial is
/// printed at the partial's line and column with the including page in a
/// note, in the terminal and in JSON, and the built page holds the text.
final class IncludesEndToEndTests: XCTestCase {
    private func site() throws -> ScratchSite {
        try ScratchSite([
            "docgen.yml": "title: T\n",
            "content/guides/a.md": "---\ntitle: A\n---\n# A\n\n- Steps:\n\n  {{#include ../_snippets/steps.md}}\n",
            "content/guides/b.md": "# B\n\n{{#include ../_snippets/steps.md}}\n{{#include ../_snippets/gone.md}}\n",
            "content/_snippets/steps.md": "Run it.\n\nThen read [the API](../api/nope.md).\n",
            "templates/layout.mustache": "{{{content}}}",
            "templates/page.mustache": "{{{page.content}}}",
            "templates/section.mustache": "{{{page.content}}}",
        ])
    }

    func testTerminalOutputPointsAtThePartial() throws {
        let site = try site()
        let result = try site.run(["build", "--format", "terminal"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(
            result.stdout.contains(
                "content/_snippets/steps.md:3:11: error: `../api/nope.md` matches no page of this site (looked for the file `content/api/nope.md`) [missing-page]"
            ), result.stdout)
        XCTAssertTrue(result.stdout.contains(" 3 | Then read [the API](../api/nope.md).\n"), result.stdout)
        XCTAssertTrue(
            result.stdout.contains("= note: included from content/guides/a.md:8 and 1 other place"), result.stdout)
        XCTAssertTrue(
            result.stdout.contains("content/guides/b.md:4:1: error: include `../_snippets/gone.md`: there is no file"),
            result.stdout)
        XCTAssertEqual(
            site.read("public/guides/a/index.html"),
            "<h1 id=\"a\">A</h1>\n<ul>\n<li>\n<p>Steps:</p>\n<p>Run it.</p>\n<p>Then read <a href=\"../api/nope.md\">the API</a>.</p>\n</li>\n</ul>\n"
        )
        XCTAssertFalse(site.exists("public/_snippets"))
    }

    func testJSONCarriesThePartialsPositionAndTheNote() throws {
        let result = try site().run(["check", "--format", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let diagnostics = json?["diagnostics"] as? [[String: Any]] ?? []
        let missing = diagnostics.first { $0["code"] as? String == "missing-page" }
        XCTAssertEqual(missing?["file"] as? String, "content/_snippets/steps.md")
        XCTAssertEqual(missing?["line"] as? Int, 3)
        XCTAssertEqual(missing?["column"] as? Int, 11)
        XCTAssertEqual((missing?["notes"] as? [String])?.last, "included from content/guides/a.md:8 and 1 other place")
        XCTAssertEqual(diagnostics.filter { $0["code"] as? String == "missing-include" }.count, 1)
    }
}
