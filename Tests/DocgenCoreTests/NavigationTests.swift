import DocgenMustache
import XCTest

@testable import DocgenCore

/// The content tree as readers move through it: order by weight then title,
/// breadcrumbs and previous/next, drafts left out.
final class NavigationTests: XCTestCase {
    private var site: FixtureSite!
    private var index: SiteIndex!
    private var navigation: Navigation!

    override func setUpWithError() throws {
        site = try FixtureSite([
            "content/index.md": "# Home\n",
            "content/b.md": "---\nweight: 2\n---\n# Bravo\n",
            "content/a.md": "---\nweight: 2\n---\n# Alpha\n",
            "content/z.md": "---\nweight: 1\n---\n# Zulu\n",
            "content/c.md": "# Charlie\n",
            "content/draft.md": "---\ndraft: true\nweight: 0\n---\n# Draft\n",
            "content/guides/index.md": "---\nweight: 3\n---\n# Guides\n",
            "content/guides/one.md": "# One\n",
            "content/guides/deep/two.md": "# Two\n",
        ])
        index = try site.index()
        navigation = Navigation(site: index)
    }

    override func tearDown() {
        navigation = nil
        index = nil
        site = nil
    }

    private func page(_ title: String) -> Int { index.pages.firstIndex { $0.title == title }! }
    private func title(_ page: Int?) -> String? { page.map { index.pages[$0].title } }
    private func link(_ page: Int) -> String { index.pages[page].url }

    func testReadingOrderIsWeightThenTitleDepthFirst() {
        XCTAssertEqual(
            navigation.readingOrder.map { index.pages[$0].title },
            ["Home", "Zulu", "Alpha", "Bravo", "Guides", "Deep", "Two", "One", "Charlie"])
    }

    func testPreviousAndNext() {
        XCTAssertEqual(title(navigation.neighbours(of: page("Home")).previous), nil)
        XCTAssertEqual(title(navigation.neighbours(of: page("Home")).next), "Zulu")
        XCTAssertEqual(title(navigation.neighbours(of: page("Two")).previous), "Deep")
        XCTAssertEqual(title(navigation.neighbours(of: page("Two")).next), "One")
        XCTAssertEqual(title(navigation.neighbours(of: page("Charlie")).next), nil)
        let draft = navigation.neighbours(of: page("Draft"))
        XCTAssertNil(draft.previous ?? draft.next, "a draft has no place in the reading order")
    }

    func testBreadcrumbs() {
        let crumbs = { (title: String) in
            self.navigation.breadcrumbs(current: self.page(title), link: self.link).map {
                "\($0["title"]!.text!) \($0["url"]!.text!)"
            }
        }
        XCTAssertEqual(crumbs("Two"), ["Home /", "Guides /guides/", "Deep /guides/deep/"])
        XCTAssertEqual(crumbs("One"), ["Home /", "Guides /guides/"])
        XCTAssertEqual(crumbs("Guides"), ["Home /"])
        XCTAssertEqual(crumbs("Home"), [])
    }

    func testSidebarOpensTheSectionsOnTheWayToThePage() {
        let sidebar = navigation.sidebar(current: page("One"), link: link)
        XCTAssertEqual(sidebar.map { $0["title"]?.text }, ["Zulu", "Alpha", "Bravo", "Guides", "Charlie"])
        let guides = sidebar[3]
        XCTAssertEqual(guides["is_ancestor"]?.bool, true)
        let children = guides["children"]?.list ?? []
        XCTAssertEqual(children.map { $0["title"]?.text }, ["Deep", "One"])
        XCTAssertEqual(children.map { $0["is_current"]?.bool }, [false, true])
        XCTAssertEqual(children[0]["children"]?.list?.count, 0, "a section off the path stays closed")
        XCTAssertEqual(sidebar[0]["children"]?.list?.count, 0)
    }

    func testParentFoldersIncludingOneLetterNames() throws {
        // Foundation 6.3.1's deletingLastPathComponent crashed on "g".
        XCTAssertEqual(["g", "a/b", "a/b/c", "guides"].map(Navigation.parent(of:)), ["", "a", "a/b", ""])
        let site = try FixtureSite(["content/g/b.md": "# B\n", "content/x/y/z.md": "# Z\n"])
        XCTAssertEqual(try site.build().publishedPages, 6, "b, z and the generated sections /, /g/, /x/ and /x/y/")
    }

    func testSectionListing() {
        XCTAssertEqual(navigation.listing(of: page("Guides")).map { index.pages[$0].title }, ["Deep", "One"])
        XCTAssertEqual(navigation.listing(of: page("Deep")).map { index.pages[$0].title }, ["Two"])
    }

    /// The reading order's URLs, and every published page's URL, both sorted.
    private func readingOrderAndPublished(_ files: [String: String]) throws -> (order: [String], published: [String]) {
        let site = try FixtureSite(files)
        let index = try site.index()
        let order = Navigation(site: index).readingOrder.map { index.pages[$0].url }
        let published = index.pages.indices.filter { index.isPublished($0) }.map { index.pages[$0].url }
        return (order.sorted(), published.sorted())
    }

    func testPagesOfAFolderBesideAPageOfTheSameNameAreInTheNavigation() throws {
        // content/tokens.md is served at /tokens/, so docgen generates no page
        // for the folder tokens/; its pages must still be reachable.
        let (order, published) = try readingOrderAndPublished([
            "content/index.md": "# Home\n",
            "content/tokens.md": "# Tokens\n",
            "content/tokens/access.md": "# Access\n",
        ])
        XCTAssertEqual(order, published)
    }

    func testSectionIndexMovedByURLIsInTheNavigationOnce() throws {
        let (order, published) = try readingOrderAndPublished([
            "content/index.md": "# Home\n",
            "content/guides/index.md": "---\nurl: /start/\n---\n# Guides\n",
            "content/guides/one.md": "# One\n",
        ])
        XCTAssertEqual(order, published)
    }

    func testGeneratedSectionTitleIsTheHumanizedFolderName() {
        XCTAssertEqual(SiteIndex.humanize("getting-started"), "Getting started")
        XCTAssertEqual(SiteIndex.humanize("access_tokens"), "Access tokens")
        XCTAssertTrue(index.pages[page("Deep")].isGenerated)
    }
}

extension MustacheValue {
    var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var list: [MustacheValue]? {
        if case .list(let values) = self { return values }
        return nil
    }
}
