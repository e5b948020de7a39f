import XCTest

@testable import DocgenCore

/// Templates: every theme problem is a setup error with file and line, a
/// page's `template:` that does not exist is a diagnostic, values are escaped.
final class ThemeTests: XCTestCase {
    private func site(_ extra: [String: String] = [:]) throws -> FixtureSite {
        let site = try FixtureSite(["content/index.md": "# Home\n"])
        try site.addMinimalTheme()
        for (path, text) in extra { try site.write(path, text) }
        return site
    }

    func testMissingLayoutFallsBackToTheBuiltInOne() throws {
        let site = try site()
        try site.remove("templates/layout.mustache")
        let report = try site.build()
        XCTAssertEqual(report.diagnostics, [])
        let home = try XCTUnwrap(site.read("public/index.html"))
        XCTAssertTrue(home.hasPrefix("<!doctype html>"), "the built-in layout")
        XCTAssertTrue(home.contains("<h1 id=\"home\">Home</h1>"), "around the site's page template")
    }

    func testMustacheSyntaxErrorHasItsLine() throws {
        let site = try site([
            "templates/page.mustache": "<article>\n{{{page.content}}}\n{{#page.toc}}x{{/page.nope}}\n</article>\n"
        ])
        let diagnostics = site.setupErrorDiagnostics()
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.file, "templates/page.mustache")
        XCTAssertEqual(diagnostics.first?.line, 3)
        XCTAssertTrue(diagnostics.first?.message.contains("Mustache") ?? false)
    }

    func testMissingPartialHasItsLine() throws {
        let site = try site(["templates/layout.mustache": "<main>\n{{{content}}}\n</main>\n{{> partials/banner }}\n"])
        let diagnostics = site.setupErrorDiagnostics()
        XCTAssertEqual(diagnostics.map { "\($0.file ?? ""):\($0.line ?? 0)" }, ["templates/layout.mustache:4"])
        XCTAssertEqual(
            diagnostics.first?.message,
            "partial `partials/banner` does not exist (looked for templates/partials/banner.mustache and in the built-in theme)"
        )
    }

    func testMissingPartialLineInACRLFTemplate() throws {
        let site = try site(["templates/layout.mustache": "<main>\r\n{{{content}}}\r\n{{> footer}}\r\n"])
        XCTAssertEqual(
            site.setupErrorDiagnostics().map { "\($0.file ?? ""):\($0.line ?? 0)" }, ["templates/layout.mustache:3"])
    }

    func testAllThemeProblemsAreReportedTogether() throws {
        let site = try site(["templates/page.mustache": "{{> a}}\n{{> b}}\n", "templates/section.mustache": "{{/x}}"])
        XCTAssertEqual(
            site.setupErrorDiagnostics().map { "\($0.file ?? ""):\($0.line ?? 0)" },
            ["templates/page.mustache:1", "templates/page.mustache:2", "templates/section.mustache:1"])
    }

    func testUnknownTemplateInFrontMatter() throws {
        let site = try site(["content/x.md": "---\ntitle: X\ntemplate: nope\n---\nBody\n"])
        let report = try site.build()
        XCTAssertEqual(report.locations, ["content/x.md:3:1 unknown-template"])
        XCTAssertTrue(report.diagnostics.first?.message.contains("nope") ?? false)
        XCTAssertEqual(site.read("public/x/index.html"), "<title>X</title>\n<p>Body</p>\n\n", "rendered with `page`")
    }

    func testKnownTemplateInFrontMatterIsUsed() throws {
        let site = try site([
            "content/x.md": "---\ntemplate: wide\n---\nBody\n",
            "templates/wide.mustache": "<div class=\"wide\">{{{page.content}}}</div>",
        ])
        let report = try site.build()
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(site.read("public/x/index.html"), "<title>x</title>\n<div class=\"wide\"><p>Body</p>\n</div>\n")
    }

    func testFrontMatterValuesAreHTMLEscaped() throws {
        let site = try site([
            "content/x.md": "---\ntitle: \"<b>Bold</b> & co\"\nauthor: \"<script>\"\n---\n",
            "templates/page.mustache": "by {{page.params.author}}",
        ])
        _ = try site.build()
        XCTAssertEqual(
            site.read("public/x/index.html"), "<title>&lt;b&gt;Bold&lt;/b&gt; &amp; co</title>\nby &lt;script&gt;\n")
    }

    func testStaticFilesAreCopiedToTheOutputRoot() throws {
        let site = try site()
        _ = try site.build()
        XCTAssertEqual(site.read("public/site.css"), "body { margin: 0 }\n")
    }
}
