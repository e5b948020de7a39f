import DocgenMarkdown

/// Renders published pages through the theme: builds each page's template
/// context (documented in README.md) and fills the body's URL holes with the
/// links the checker resolved.
struct PageRenderer: Sendable {
    let site: SiteIndex
    let navigation: Navigation
    let theme: Theme
    let config: SiteConfig
    /// `site.*` strings every template sees.
    let siteFields: [String: String]
    let sidebar: SidebarRenderer

    init(site: SiteIndex, navigation: Navigation, theme: Theme, config: SiteConfig) {
        self.site = site
        self.navigation = navigation
        self.theme = theme
        self.config = config
        siteFields = [
            "title": config.title, "base_url": config.baseURL ?? "", "base_path": config.basePath,
            "root_url": config.basePath + "/",
        ]
        sidebar = SidebarRenderer(
            site: site, navigation: navigation, theme: theme, siteFields: siteFields, basePath: config.basePath)
    }

    /// The URL a reader's browser is sent to for a page: `base_url`'s path + the page URL.
    func link(to page: Int) -> String { config.basePath + site.pages[page].url }

    func render(_ index: Int, resolutions: [LinkResolution]) -> String {
        let page = site.pages[index]
        var pageContext: [String: Any] = [
            "title": page.title, "url": link(to: index), "content": body(of: page, resolutions: resolutions),
            "is_section": page.isSection, "source_path": page.file ?? "",
            "params": page.frontMatter.params.mapValues(\.mustacheValue),
            "breadcrumbs": navigation.breadcrumbs(current: index, link: link(to:)),
        ]
        if let description = page.frontMatter.description, !description.isEmpty {
            pageContext["description"] = description
        }
        let headings = page.markdown?.headings ?? []
        pageContext["has_h1"] = headings.contains { $0.level == 1 }
        let toc: [[String: Any]] = headings.filter { (2...3).contains($0.level) }.map {
            ["level": $0.level, "title": $0.text, "id": $0.id, "indent": $0.level - 2]
        }
        pageContext["toc"] = toc
        pageContext["has_toc"] = !toc.isEmpty
        let (previous, next) = navigation.neighbours(of: index)
        if let previous { pageContext["prev"] = ["title": site.pages[previous].title, "url": link(to: previous)] }
        if let next { pageContext["next"] = ["title": site.pages[next].title, "url": link(to: next)] }
        if page.isSection {
            pageContext["pages"] = navigation.listing(of: index).map { child -> [String: Any] in
                var entry: [String: Any] = ["title": site.pages[child].title, "url": link(to: child)]
                if let description = site.pages[child].frontMatter.description, !description.isEmpty {
                    entry["description"] = description
                }
                return entry
            }
        }
        let renderer = self
        var context: [String: Any] = [
            "site": SiteTemplateContext(
                fields: siteFields, navHTML: sidebar.html(for: index),
                nav: { renderer.navigation.sidebar(current: index, link: renderer.link(to:)) }),
            "page": pageContext,
        ]
        context["content"] = theme.render(context, template: template(for: page))
        return theme.render(context, template: "layout")
    }

    /// The page's template: its `template:` key when the theme has it, else `page` or `section`.
    func template(for page: Page) -> String {
        if let name = page.frontMatter.template, theme.templateNames.contains(name) { return name }
        return page.isSection ? "section" : "page"
    }

    private func body(of page: Page, resolutions: [LinkResolution]) -> String {
        guard let markdown = page.markdown else { return "" }
        var resolutionBySlot: [Int: LinkResolution] = [:]
        for (link, resolution) in zip(markdown.links, resolutions) {
            if let slot = link.slot { resolutionBySlot[slot] = resolution }
        }
        return markdown.html.html { slot, written in
            guard let resolution = resolutionBySlot[slot] else { return written }
            return outputURL(resolution, written: written)
        }
    }

    /// Where a link points in the published site.
    func outputURL(_ resolution: LinkResolution, written: String) -> String {
        if let baseURL = config.normalizedBaseURL, written.hasPrefix(baseURL) {
            // The site's own absolute URL: kept as written unless it names a
            // `.md` file, which the server does not have.
            guard case .page(let target, let fragment, let query) = resolution,
                LinkTarget(written).path.hasSuffix(".md")
            else { return written }
            return baseURL + site.pages[target].url + Self.suffix(query: query, fragment: fragment)
        }
        switch resolution {
        case .page(let target, let fragment, let query):
            return link(to: target) + Self.suffix(query: query, fragment: fragment)
        case .asset(let path, let query, let fragment):
            return config.basePath + "/" + path + Self.suffix(query: query, fragment: fragment)
        case .missing, .external, .empty:
            return written.hasPrefix("/") && !written.hasPrefix("//") ? config.basePath + written : written
        }
    }

    private static func suffix(query: String?, fragment: String?) -> String {
        (query.map { "?" + $0 } ?? "") + (fragment.map { "#" + $0 } ?? "")
    }
}
