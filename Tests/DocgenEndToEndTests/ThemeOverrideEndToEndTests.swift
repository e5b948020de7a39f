import XCTest

/// The real binary on a site that overrides one partial of the built-in
/// theme, and `docgen theme`, which lists where each file comes from and
/// prints the built-in file to start an override from.
final class ThemeOverrideEndToEndTests: XCTestCase {
    private let content = ["content/index.md": "# Home\n\n[Guide](guide.md)\n", "content/guide.md": "# Guide\n"]

    func testOverridingOnlyTheFooterKeepsTheBuiltInTheme() throws {
        let site = try ScratchSite(
            content.merging([
                "docgen.yml": "title: Acme Docs\n",
                "templates/partials/footer.mustache": "<footer class=\"acme\">© Acme · {{site.title}}</footer>\n",
            ]) { $1 })
        let result = try site.run(["build"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let page = try XCTUnwrap(site.read("public/guide/index.html"))
        XCTAssertTrue(page.contains("<footer class=\"acme\">© Acme · Acme Docs</footer>"))
        XCTAssertFalse(page.contains("Built with docgen"))
        XCTAssertTrue(page.contains("<header class=\"site-header\">"), "the built-in layout")
        XCTAssertTrue(page.contains("id=\"docgen-site-nav\""), "the built-in sidebar")
        for file in ["docgen.css", "docgen.js", "search.js"] {
            XCTAssertTrue(site.exists("public/" + file), "the built-in \(file)")
        }
    }

    func testAnErrorInTheOverrideNamesTheSiteFile() throws {
        let site = try ScratchSite(
            content.merging(["templates/partials/footer.mustache": "<footer>\n{{#site.title}}\n</footer>\n"]) { $1 })
        let result = try site.run(["build"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("templates/partials/footer.mustache:2:1: error:"), result.stdout)
        XCTAssertFalse(site.exists("public"))
    }

    func testThemeListSaysWhereEachFileComesFrom() throws {
        let site = try ScratchSite(
            content.merging([
                "templates/partials/footer.mustache": "<footer></footer>\n",
                "templates/static/brand.css": "a {}\n",
            ]) { $1 })
        let result = try site.run(["theme", "--list"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        XCTAssertTrue(lines.contains(["overridden", "partials/footer.mustache", "templates/partials/footer.mustache"]))
        XCTAssertTrue(lines.contains(["added", "static/brand.css", "templates/static/brand.css"]))
        XCTAssertTrue(lines.contains(["built-in", "layout.mustache"]))
        XCTAssertTrue(lines.contains(["built-in", "static/docgen.css"]))
        XCTAssertEqual(try site.run(["theme"]).stdout, result.stdout, "--list is the default")
    }

    func testThemeListReportsABrokenOverride() throws {
        let site = try ScratchSite(content.merging(["templates/page.mustache": "{{/x}}"]) { $1 })
        let result = try site.run(["theme", "--list"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("templates/page.mustache:1:1: error:"), result.stdout)
    }

    func testThemeShowPrintsTheBuiltInFileToStartAnOverrideFrom() throws {
        let site = try ScratchSite(content)
        let shown = try site.run(["theme", "--show", "partials/footer.mustache"])
        XCTAssertEqual(shown.status, 0)
        XCTAssertTrue(shown.stdout.contains("<footer class=\"site-footer\">"), shown.stdout)
        // Saved as the site's own file, it gives the same site as before.
        _ = try site.run(["build", "--output", "before"])
        try site.write("templates/partials/footer.mustache", shown.stdout)
        _ = try site.run(["build", "--output", "after"])
        XCTAssertEqual(site.read("after/guide/index.html"), site.read("before/guide/index.html"))

        let unknown = try site.run(["theme", "--show", "partials/nope.mustache"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("partials/footer.mustache"), "lists the names: \(unknown.stderr)")
    }

    func testALayoutExtendingTheBuiltInOneReplacesOneBlock() throws {
        let site = try ScratchSite(
            content.merging([
                "templates/layout.mustache":
                    "{{<builtin/layout}}\n{{$body_end}}\n<script src=\"{{site.base_path}}/stats.js\"></script>\n{{/body_end}}\n{{/builtin/layout}}\n",
                "templates/static/stats.js": "// stats\n",
            ]) { $1 })
        let result = try site.run(["build"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let page = try XCTUnwrap(site.read("public/guide/index.html"))
        XCTAssertTrue(
            page.hasSuffix("defer></script>\n  <script src=\"/stats.js\"></script>\n</body>\n</html>\n"), page)
        XCTAssertTrue(page.contains("Built with docgen"), "the rest of the built-in layout")
        XCTAssertEqual(site.read("public/stats.js"), "// stats\n")
    }
}
