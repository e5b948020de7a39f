import DocgenMustache

/// The theme's `partials/nav` rendered for every page, once per section
/// (see `SectionSidebar`): the sidebar was most of the per-page template work,
/// and its cost grew with pages × sidebar size.
struct SidebarRenderer: Sendable {
    private let site: SiteIndex
    private let navigation: Navigation
    private let theme: Theme
    private let siteFields: [String: String]
    private let basePath: String
    /// Section folder → its spliced sidebar; absent when the templates did not
    /// allow splicing, and those pages render their own.
    private var sections: [String: SectionSidebar] = [:]

    static let template = "partials/nav"

    /// How many sections are spliced rather than rendered per page (for tests).
    var splicedSectionCount: Int { sections.count }

    /// `siteFields` are the `site.*` strings the nav template may use besides `nav`.
    /// `reusing` is a sidebar renderer of a previous version of the site,
    /// whose sidebar of a folder is kept when `keeps` says that folder's
    /// sidebar shows the same (a session's rebuild).
    init(
        site: SiteIndex, navigation: Navigation, theme: Theme, siteFields: [String: String], basePath: String,
        reusing previous: SidebarRenderer? = nil, keeps: (String) -> Bool = { _ in false }
    ) {
        self.site = site
        self.navigation = navigation
        self.theme = theme
        self.siteFields = siteFields
        self.basePath = basePath
        guard theme.templateNames.contains(Self.template) else { return }
        var folders = navigation.folders
        if let previous {
            for folder in folders where keeps(folder) { sections[folder] = previous.sections[folder] }
            folders.removeAll { keeps($0) }
        }
        let renderer = self
        let built = Parallel.map(folders) { folder -> SectionSidebar? in
            let (pages, section) = navigation.sidebarCandidates(of: folder)
            return SectionSidebar.make(
                pages: pages, section: section, identity: { renderer.site.pages[$0].identity }, urls: renderer.link(to:)
            ) { isCurrent, url in
                renderer.render(navigation.sidebar(openingTo: folder, isCurrent: isCurrent, url: url))
            }
        }
        for (folder, sidebar) in zip(folders, built) { sections[folder] = sidebar }
    }

    /// The sidebar HTML as `page` sees it; "" when the theme has no `partials/nav`.
    func html(for page: Int) -> String {
        guard theme.templateNames.contains(Self.template) else { return "" }
        if let section = sections[site.pages[page].folder] { return section.html(for: site.pages[page].identity) }
        return renderDirectly(for: page)
    }

    /// The sidebar with no page current and no section opened, for pages
    /// that are not part of the content (`404.html`).
    func htmlOutsidePages() -> String {
        guard theme.templateNames.contains(Self.template) else { return "" }
        return render(navigation.sidebar(openingTo: "", isCurrent: { _ in false }, url: link(to:)))
    }

    /// The sidebar rendered for one page, without splicing: the fallback, and
    /// the reference the splicing is tested against.
    func renderDirectly(for page: Int) -> String {
        render(navigation.sidebar(current: page, link: link(to:)))
    }

    /// As `PageRenderer.link(to:)`: the percent-encoded URL with `base_path`.
    private func link(to page: Int) -> String { basePath + URLPathEncoder.encode(path: site.pages[page].url) }

    private func render(_ items: [MustacheValue]) -> String {
        var fields = siteFields.mapValues(MustacheValue.text)
        fields["nav"] = .list(items)
        return theme.render(.dictionary(["site": .dictionary(fields)]), template: Self.template)
    }
}
