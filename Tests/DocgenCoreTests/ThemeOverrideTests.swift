import XCTest

@testable import DocgenCore

/// A site's `templates/` folder overrides the built-in theme one file at a
/// time: the names it has replace the built-in ones, the others stay
/// built-in, and every error names the file that was used.
final class ThemeOverrideTests: XCTestCase {
    private func site(_ files: [String: String]) throws -> FixtureSite {
        try FixtureSite(["content/index.md": "# Home\n\n[A](a.md)\n", "content/a.md": "# A\n"].merging(files) { $1 })
    }

    func testOnePartialOverrideKeepsTheRestOfTheBuiltInTheme() throws {
        let site = try site([
            "templates/partials/footer.mustache": "<footer class=\"ours\">© {{site.title}}</footer>\n"
        ])
        let report = try site.build()
        XCTAssertEqual(report.diagnostics, [])
        let page = try XCTUnwrap(site.read("public/a/index.html"))
        XCTAssertTrue(page.contains("  <footer class=\"ours\">© Documentation</footer>\n"), "indented as the tag")
        XCTAssertFalse(page.contains("Built with docgen"), "the built-in footer is replaced")
        XCTAssertTrue(page.contains("<link rel=\"stylesheet\" href=\"/docgen.css\">"), "the built-in layout")
        XCTAssertTrue(page.contains("class=\"breadcrumbs\""), "the built-in partials")
        XCTAssertEqual(site.read("public/docgen.css"), Theme.builtInText("static/docgen.css"))
    }

    func testOneStaticFileOverrideKeepsTheOthers() throws {
        let site = try site(["templates/static/docgen.css": "body { color: teal }\n"])
        _ = try site.build()
        XCTAssertEqual(site.read("public/docgen.css"), "body { color: teal }\n")
        XCTAssertEqual(site.read("public/search.js"), Theme.builtInText("static/search.js"))
        XCTAssertTrue(site.read("public/index.html")?.contains("Built with docgen") == true)
    }

    func testFilesSayWhereEachComesFrom() throws {
        let site = try site([
            "templates/partials/footer.mustache": "<footer></footer>\n",
            "templates/wide.mustache": "{{{page.content}}}",
        ])
        let theme = try Theme.load(siteRoot: site.root, config: SiteConfig())
        let origins = Dictionary(uniqueKeysWithValues: theme.files.map { ($0.name, $0) })
        XCTAssertEqual(origins["partials/footer.mustache"]?.origin, .overridden)
        XCTAssertEqual(origins["partials/footer.mustache"]?.displayPath, "templates/partials/footer.mustache")
        XCTAssertEqual(origins["wide.mustache"]?.origin, .added)
        XCTAssertEqual(origins["layout.mustache"]?.origin, .builtIn)
        XCTAssertEqual(origins["layout.mustache"]?.displayPath, "(built-in theme)/layout.mustache")
        XCTAssertEqual(Set(theme.files.map(\.name)), Set(Theme.builtInNames + ["wide.mustache"]))
        XCTAssertEqual(theme.files.map(\.name), theme.files.map(\.name).sorted())
    }

    func testSyntaxErrorInAnOverrideNamesTheSiteFile() throws {
        let site = try site(["templates/partials/toc.mustache": "<nav>\n{{#page.toc}}\n</nav>\n"])
        let diagnostics = site.setupErrorDiagnostics()
        XCTAssertEqual(diagnostics.map { "\($0.file ?? ""):\($0.line ?? 0)" }, ["templates/partials/toc.mustache:2"])
        XCTAssertFalse(site.exists("public"))
    }

    func testMissingPartialInAnOverrideNamesTheOverride() throws {
        let site = try site(["templates/partials/footer.mustache": "<footer>\n{{> partials/legal}}\n</footer>\n"])
        let diagnostics = site.setupErrorDiagnostics()
        XCTAssertEqual(diagnostics.map { "\($0.file ?? ""):\($0.line ?? 0)" }, ["templates/partials/footer.mustache:2"])
        XCTAssertTrue(diagnostics.first?.message.contains("templates/partials/legal.mustache") == true)
    }

    func testBuiltInPartialSeesTheSitesOverride() throws {
        // The built-in `partials/nav` includes `partials/nav_items`: the
        // site's version of that one is used inside the built-in one.
        let site = try site(["templates/partials/nav_items.mustache": "<li class=\"mine\">{{title}}</li>\n"])
        _ = try site.build()
        let page = try XCTUnwrap(site.read("public/a/index.html"))
        XCTAssertTrue(page.contains("id=\"docgen-site-nav\""), "the built-in nav")
        XCTAssertTrue(page.contains("<li class=\"mine\">A</li>"), "its items are the site's")
        XCTAssertFalse(page.contains("<li class=\"nav-item"))
    }

    func testAContentFileReplacesABuiltInStaticFileSilently() throws {
        let site = try site(["content/search.js": "// ours\n"])
        let report = try site.build()
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(site.read("public/search.js"), "// ours\n")
    }

    func testAContentFileAndASiteStaticFileStillClash() throws {
        let site = try site(["content/search.js": "// content\n", "templates/static/search.js": "// theme\n"])
        let report = try site.build()
        XCTAssertEqual(report.diagnostics.map(\.code), ["duplicate-url"])
        XCTAssertEqual(site.read("public/search.js"), "// content\n")
    }

    func testALayoutThatExtendsTheBuiltInOneReplacesOneBlock() throws {
        let plain = try site([:])
        _ = try plain.build()
        let extended = try site([
            "templates/layout.mustache": """
            {{<builtin/layout}}
            {{$head}}
            <link rel="stylesheet" href="{{site.base_path}}/brand.css">
            {{/head}}
            {{/builtin/layout}}

            """,
            "templates/static/brand.css": "a { color: teal }\n",
        ])
        XCTAssertEqual(try extended.build().diagnostics, [])
        let before = try XCTUnwrap(plain.read("public/a/index.html"))
        let after = try XCTUnwrap(extended.read("public/a/index.html"))
        XCTAssertEqual(
            after,
            before.replacingOccurrences(
                of: "defer></script>\n</head>",
                with: "defer></script>\n  <link rel=\"stylesheet\" href=\"/brand.css\">\n</head>"),
            "the built-in layout, with the block at its place and indentation")
        XCTAssertNotEqual(after, before)
    }

    func testTheBuiltInLayoutsBlocksRenderNothingOfTheirOwn() throws {
        let site = try site([:])
        _ = try site.build()
        let page = try XCTUnwrap(site.read("public/a/index.html"))
        XCTAssertTrue(page.contains("defer></script>\n</head>"), "the empty head block leaves no line")
        XCTAssertTrue(page.contains("</footer>\n  <script src=\"/search.js\" defer></script>\n</body>"))
    }

    func testTheBuiltInFolderNameIsReserved() throws {
        let site = try site(["templates/builtin/layout.mustache": "{{{content}}}"])
        let diagnostics = site.setupErrorDiagnostics()
        XCTAssertEqual(diagnostics.map(\.file), ["templates/builtin/layout.mustache"])
    }

    func testExtendingAMissingBuiltInTemplateIsAnError() throws {
        let site = try site(["templates/page.mustache": "{{<builtin/nope}}{{/builtin/nope}}\n"])
        let diagnostics = site.setupErrorDiagnostics()
        XCTAssertEqual(diagnostics.map { "\($0.file ?? ""):\($0.line ?? 0)" }, ["templates/page.mustache:1"])
        XCTAssertTrue(diagnostics.first?.message.contains("builtin/nope") == true)
    }
}
