import XCTest

@testable import DocgenCore

/// The built-in theme's features: the dark mode toggle and its no-flash head
/// script, docgen.js, "Edit this page" links from `edit_url`, the foldable
/// sidebar, landmarks, and well-formed HTML with unique ids on every page.
final class ThemeFeaturesTests: XCTestCase {
    private func makeSite(config: String) throws -> FixtureSite {
        try FixtureSite([
            "docgen.yml": config,
            "content/index.md": "# Home\n\n## Intro\n\n```swift\nlet x = 1\n```\n\n### Deeper\n\n#### Four\n",
            "content/a.md": "---\ndescription: About A\n---\n# A\n\nText.\n",
            "content/guide/index.md": "# Guide\n", "content/guide/p1.md": "# P1\n",
            "content/guide/deep/z y.md": "# Z\n", "content/g/b.md": "# B\n",
        ])
    }

    private let editConfig =
        "title: T\nbase_url: https://example.com/docs/\nedit_url: https://github.com/org/repo/edit/main/content\n"

    func testHeaderHasTheThemeToggleAndTheHeadAppliesTheSavedTheme() throws {
        let site = try makeSite(config: editConfig)
        _ = try site.build()
        let html = try XCTUnwrap(site.read("public/a/index.html"))
        XCTAssertTrue(
            html.contains(
                "<button type=\"button\" id=\"docgen-theme-toggle\" class=\"theme-toggle\" aria-label=\"Dark mode\" aria-pressed=\"false\""
            ), html)
        let header = try XCTUnwrap(html.range(of: "<header class=\"site-header\">"))
        let headerEnd = try XCTUnwrap(html.range(of: "</header>"))
        let toggle = try XCTUnwrap(html.range(of: "id=\"docgen-theme-toggle\""))
        XCTAssertTrue(
            header.upperBound < toggle.lowerBound && toggle.upperBound < headerEnd.lowerBound, "in the header")
        XCTAssertTrue(html.contains("class=\"search\" role=\"search\""), "the search partial stays in the header")
        XCTAssertTrue(html.contains("<script src=\"/docs/search.js\" defer></script>"))

        // The saved choice is applied by an inline script before the stylesheet loads.
        let inline = try XCTUnwrap(html.range(of: "localStorage.getItem(\"docgen-theme\")"))
        let stylesheet = try XCTUnwrap(html.range(of: "<link rel=\"stylesheet\" href=\"/docs/docgen.css\">"))
        XCTAssertTrue(inline.upperBound < stylesheet.lowerBound)
        XCTAssertTrue(html.contains("<script src=\"/docs/docgen.js\" defer></script>"), html)

        let script = try XCTUnwrap(site.read("public/docgen.js"))
        for feature in [
            "docgen-theme-toggle", "aria-pressed", "localStorage", "IntersectionObserver", "navigator.clipboard",
            "execCommand", "heading-anchor", "Link to this section", "Copied", "aria-expanded",
        ] {
            XCTAssertTrue(script.contains(feature), feature)
        }
        let css = try XCTUnwrap(site.read("public/docgen.css"))
        for rule in [
            ":root[data-theme=\"dark\"]", ":root:not([data-theme=\"light\"])", "prefers-color-scheme: dark",
            "@media print", ".search-results", ".search-result.is-selected", "mark {", ":focus-visible",
        ] {
            XCTAssertTrue(css.contains(rule), rule)
        }
    }

    func testPagesWithASourceFileHaveAnEditLink() throws {
        let site = try makeSite(config: editConfig)
        _ = try site.build()
        let link = "<p class=\"edit-link\"><a href=\"https://github.com/org/repo/edit/main/content/"
        let page = try XCTUnwrap(site.read("public/a/index.html"))
        XCTAssertTrue(page.contains(link + "a.md\">"), page)
        XCTAssertTrue(page.contains("Edit this page</a></p>"), page)
        XCTAssertTrue(try XCTUnwrap(site.read("public/index.html")).contains(link + "index.md\">"))
        XCTAssertTrue(try XCTUnwrap(site.read("public/guide/index.html")).contains(link + "guide/index.md\">"))
        XCTAssertTrue(
            try XCTUnwrap(site.read("public/guide/deep/z y/index.html")).contains(link + "guide/deep/z%20y.md\">"))
        XCTAssertFalse(try XCTUnwrap(site.read("public/g/index.html")).contains("edit-link"), "a generated section")
        XCTAssertFalse(try XCTUnwrap(site.read("public/404.html")).contains("edit-link"))
    }

    func testNoEditLinkWithoutEditURL() throws {
        let site = try makeSite(config: "title: T\n")
        _ = try site.build()
        XCTAssertFalse(try XCTUnwrap(site.read("public/a/index.html")).contains("Edit this page"))
    }

    func testEditURLIsInTheTemplateContext() throws {
        let site = try makeSite(config: editConfig)
        try site.addMinimalTheme()
        try site.write("templates/page.mustache", "[{{page.edit_url}}]")
        try site.write("templates/section.mustache", "[{{page.edit_url}}]")
        _ = try site.build()
        XCTAssertEqual(
            site.read("public/a/index.html"), "<title>A</title>\n[https://github.com/org/repo/edit/main/content/a.md]\n"
        )
        XCTAssertEqual(site.read("public/g/index.html"), "<title>G</title>\n[]\n")
    }

    func testSidebarMarksTheCurrentPageAndFoldsOpenSections() throws {
        let site = try makeSite(config: "title: T\n")
        _ = try site.build()
        let html = try XCTUnwrap(site.read("public/guide/p1/index.html"))
        XCTAssertTrue(html.contains("<nav class=\"site-nav\" id=\"docgen-site-nav\" aria-label=\"Site\">"), html)
        XCTAssertTrue(html.contains("aria-controls=\"docgen-site-nav\""), "the mobile menu names the sidebar")
        XCTAssertTrue(
            html.contains(
                "<li class=\"nav-item nav-section has-children is-ancestor\"><a href=\"/guide/\">Guide</a>\n"
                    + "<button type=\"button\" class=\"nav-expander\" aria-expanded=\"true\" aria-label=\"Guide: show or hide pages\"></button>\n"
                    + "<ul class=\"nav-children\">"), html)
        XCTAssertTrue(
            html.contains(
                "<li class=\"nav-item is-current\"><a href=\"/guide/p1/\" class=\"current\" aria-current=\"page\">P1</a>"
            ),
            html)
        XCTAssertEqual(html.components(separatedBy: "aria-current=\"page\"").count, 3, "the sidebar and breadcrumbs")
        XCTAssertEqual(html.components(separatedBy: "nav-expander").count, 2, "only the open section folds")
        XCTAssertTrue(html.contains("<li class=\"nav-item nav-section\"><a href=\"/g/\">G</a>\n</li>"), "closed")
        XCTAssertTrue(html.contains("<input type=\"checkbox\" id=\"docgen-nav-toggle\" class=\"nav-toggle\""))
        XCTAssertTrue(html.contains("<label for=\"docgen-nav-toggle\" class=\"nav-toggle-label\">Menu</label>"))
        XCTAssertFalse(html.contains("{{") || html.contains("it sees"), "no template text leaks into pages")
    }

    func testLandmarksCodeBlocksAndTableOfContents() throws {
        let site = try makeSite(config: editConfig)
        _ = try site.build()
        let html = try XCTUnwrap(site.read("public/index.html"))
        for landmark in [
            "<header class=\"site-header\">", "<main id=\"docgen-main\" tabindex=\"-1\">",
            "<aside class=\"toc-aside\" aria-label=\"Table of contents\">", "<footer class=\"site-footer\">",
            "<a class=\"skip-link\" href=\"#docgen-main\">", "<nav class=\"toc\" aria-label=\"On this page\">",
        ] {
            XCTAssertTrue(html.contains(landmark), landmark)
        }
        XCTAssertTrue(html.contains("<pre><code class=\"language-swift\">let x = 1"), html)
        XCTAssertTrue(html.contains("<a href=\"#intro\">Intro</a>"), html)
        XCTAssertTrue(html.contains("<h4 id=\"four\">Four</h4>"), "h4 ids for docgen.js's anchors")
    }

    func testEveryPageIsWellFormedWithUniqueIDs() throws {
        let site = try makeSite(config: editConfig)
        _ = try site.build()
        let pages = site.files(under: "public").filter { $0.hasSuffix(".html") }
        XCTAssertEqual(pages.count, 9, "8 pages and 404.html")
        for path in pages {
            let html = try XCTUnwrap(site.read("public/" + path))
            XCTAssertTrue(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"), path)
            XCTAssertEqual(HTMLShape.duplicateIDs(html), [], path)
            XCTAssertEqual(HTMLShape.nestingProblems(html), [], path)
            XCTAssertEqual(HTMLShape.labelsWithoutControls(html), [], path)
        }
    }
}

/// A small structural check of generated HTML: ids, nesting, labels.
enum HTMLShape {
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Start and end tags in order, with script and style bodies skipped.
    private static func tags(_ html: String) -> [(name: String, isEnd: Bool, selfClosing: Bool, text: String)] {
        let pattern = try! NSRegularExpression(
            pattern: "<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
        var result: [(String, Bool, Bool, String)] = []
        let text = html as NSString
        var location = 0
        while let match = pattern.firstMatch(
            in: html, range: NSRange(location: location, length: text.length - location))
        {
            let name = text.substring(with: match.range(at: 2)).lowercased()
            let isEnd = match.range(at: 1).length > 0
            let attributes = text.substring(with: match.range(at: 3))
            result.append((name, isEnd, attributes.hasSuffix("/"), text.substring(with: match.range)))
            location = match.range.location + match.range.length
            if !isEnd, name == "script" || name == "style" {
                let close = text.range(
                    of: "</\(name)>", options: .caseInsensitive,
                    range: NSRange(location: location, length: text.length - location))
                guard close.location != NSNotFound else { break }
                location = close.location
            }
        }
        return result
    }

    static func duplicateIDs(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\\sid=\"([^\"]*)\"")
        var seen: [String: Int] = [:]
        for tag in tags(html) where !tag.isEnd {
            let text = tag.text as NSString
            for match in pattern.matches(in: tag.text, range: NSRange(location: 0, length: text.length)) {
                seen[text.substring(with: match.range(at: 1)), default: 0] += 1
            }
        }
        return seen.filter { $0.value > 1 }.keys.sorted()
    }

    /// End tags that close something other than the innermost open element.
    static func nestingProblems(_ html: String) -> [String] {
        var open: [String] = []
        var problems: [String] = []
        for tag in tags(html) {
            if tag.isEnd {
                if open.last == tag.name {
                    open.removeLast()
                } else {
                    problems.append("</\(tag.name)> closes <\(open.last ?? "nothing")>")
                }
            } else if !voidElements.contains(tag.name), !tag.selfClosing {
                open.append(tag.name)
            }
        }
        return problems + open.map { "<\($0)> is never closed" }
    }

    /// `<label for=x>` whose x is no element's id.
    static func labelsWithoutControls(_ html: String) -> [String] {
        let labels = try! NSRegularExpression(pattern: "<label[^>]*\\sfor=\"([^\"]*)\"")
        let text = html as NSString
        return labels.matches(in: html, range: NSRange(location: 0, length: text.length)).compactMap { match in
            let id = text.substring(with: match.range(at: 1))
            return html.contains(" id=\"\(id)\"") ? nil : id
        }
    }
}
