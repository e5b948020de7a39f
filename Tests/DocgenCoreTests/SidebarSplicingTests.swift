import XCTest

@testable import DocgenCore

/// The sidebar is rendered once per section and spliced per page; these tests
/// hold it to the bytes a per-page render gives, for the built-in theme and
/// for nav templates written to trip the splicing up.
final class SidebarSplicingTests: XCTestCase {
    private func makeIndex() throws -> SiteIndex {
        var files = [
            "content/index.md": "# Home\n", "content/a.md": "# A\n", "content/b.md": "# B\n",
            "content/guide/index.md": "# Guide\n", "content/guide/deep/index.md": "# Deep\n",
            "content/guide/deep/z.md": "# Z\n", "content/api/m.md": "# M\n",
            "content/draft.md": "---\ndraft: true\n---\n# Draft\n",
        ]
        for number in 0..<7 { files["content/guide/p\(number).md"] = "# Guide page \(number)\n" }
        return try FixtureSite(files).index()
    }

    private func theme(nav: String, items: String) throws -> Theme {
        try Theme(
            sources: [
                "layout": "{{{content}}}", "page": "", "section": "", "partials/nav": nav,
                "partials/nav_items": items,
            ], staticFiles: [], displayPrefix: "templates")
    }

    /// Asserts every published page's spliced sidebar equals its direct render;
    /// returns how many sections were spliced.
    private func assertSplicingIsExact(_ theme: Theme, file: StaticString = #filePath, line: UInt = #line) throws
        -> Int
    {
        let index = try makeIndex()
        let sidebar = SidebarRenderer(
            site: index, navigation: Navigation(site: index), theme: theme, siteFields: ["title": "T"],
            basePath: "/docs")
        let published = index.pages.indices.filter { index.isPublished($0) }
        XCTAssertEqual(published.count, 15, file: file, line: line)
        for page in published {
            let direct = sidebar.renderDirectly(for: page)
            XCTAssertEqual(sidebar.html(for: page), direct, index.pages[page].url, file: file, line: line)
            XCTAssertFalse(direct.contains("\u{1}"), file: file, line: line)
        }
        return sidebar.splicedSectionCount
    }

    func testBuiltInThemeIsSplicedAndExact() throws {
        let theme = try Theme.load(folder: URL(fileURLWithPath: "/nonexistent-theme"), displayPrefix: "templates")
        XCTAssertEqual(try assertSplicingIsExact(theme), 4, "the root, guide, guide/deep and api sections")
    }

    func testTheCurrentPageIsMarkedOnlyOnItsOwnItem() throws {
        let theme = try Theme.load(folder: URL(fileURLWithPath: "/nonexistent-theme"), displayPrefix: "templates")
        let index = try makeIndex()
        let sidebar = SidebarRenderer(
            site: index, navigation: Navigation(site: index), theme: theme, siteFields: [:], basePath: "")
        let page = index.pages.firstIndex { $0.title == "Guide page 3" }!
        let html = sidebar.html(for: page)
        XCTAssertEqual(html.components(separatedBy: "aria-current=\"page\"").count, 2, html)
        XCTAssertTrue(html.contains("<a href=\"/guide/p3/\" class=\"current\" aria-current=\"page\">"), html)
        XCTAssertTrue(html.contains("is-ancestor\"><a href=\"/guide/\">"), html)
    }

    func testURLTwiceAndSectionTextAfterItsChildren() throws {
        let theme = try self.theme(
            nav: "{{#site.nav}}{{> partials/nav_items}}{{/site.nav}}",
            items: """
                <li{{#is_current}} class="on"{{/is_current}} data-u="{{url}}"><a href="{{url}}">{{title}}</a>\
                {{#has_children}}<ul>{{#children}}{{> partials/nav_items}}{{/children}}</ul>{{/has_children}}\
                {{#is_current}}<i>you are here</i>{{/is_current}}{{#is_ancestor}}<i>open</i>{{/is_ancestor}}</li>
                """)
        XCTAssertEqual(try assertSplicingIsExact(theme), 4)
    }

    func testNavWithoutURLsFallsBackToRenderingEachPage() throws {
        let theme = try self.theme(
            nav: "{{#site.nav}}{{> partials/nav_items}}{{/site.nav}}",
            items: "<li>{{title}}{{#is_current}}*{{/is_current}}{{#children}}{{> partials/nav_items}}{{/children}}</li>"
        )
        XCTAssertEqual(try assertSplicingIsExact(theme), 0)
    }

    func testAMarkerLookalikeInATitleFallsBack() throws {
        // Splicing cuts renders at `\u{1}N\u{1}`; a title holding one must not be cut.
        let files = [
            "content/index.md": "# Home\n", "content/a.md": "# A \u{1}7\u{1} odd\n", "content/b.md": "# B\n",
            "content/c.md": "# C\n",
        ]
        let index = try FixtureSite(files).index()
        let theme = try Theme.load(folder: URL(fileURLWithPath: "/nonexistent-theme"), displayPrefix: "templates")
        let sidebar = SidebarRenderer(
            site: index, navigation: Navigation(site: index), theme: theme, siteFields: [:], basePath: "")
        XCTAssertEqual(sidebar.splicedSectionCount, 0)
        for page in index.pages.indices where index.isPublished(page) {
            XCTAssertEqual(sidebar.html(for: page), sidebar.renderDirectly(for: page))
        }
    }
}
