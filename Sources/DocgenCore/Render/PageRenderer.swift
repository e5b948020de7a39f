import DocgenMarkdown
import DocgenMustache

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
    /// Where page bodies wait between parsing and rendering, if they were spooled.
    let spool: HTMLSpool?

    /// `sidebar`, when given, is the sidebar of a renderer whose navigation
    /// showed the same titles, URLs and order (a session's rebuild of edited pages).
    init(
        site: SiteIndex, navigation: Navigation, theme: Theme, config: SiteConfig, spool: HTMLSpool?,
        sidebar: SidebarRenderer? = nil, reusing previous: SidebarRenderer? = nil,
        keeps: (String) -> Bool = { _ in false }
    ) {
        self.spool = spool
        self.site = site
        self.navigation = navigation
        self.theme = theme
        self.config = config
        siteFields = [
            "title": config.title, "description": config.description, "base_url": config.baseURL ?? "",
            "base_path": config.basePath, "root_url": config.basePath + "/",
        ]
        self.sidebar =
            sidebar
            ?? SidebarRenderer(
                site: site, navigation: navigation, theme: theme, siteFields: siteFields, basePath: config.basePath,
                reusing: previous, keeps: keeps)
    }

    /// The URL a reader's browser is sent to for a page: `base_url`'s path +
    /// the page URL, percent-encoded (`/c%23d/` for `content/c#d.md`). Every
    /// page URL that reaches the output (hrefs, sidebar, breadcrumbs,
    /// previous/next, section lists, search index, redirects) comes from here.
    func link(to page: Int) -> String { config.basePath + URLPathEncoder.encode(path: site.pages[page].url) }

    /// The page's absolute URL under `base_url`, percent-encoded (canonical
    /// links, `sitemap.xml`); its site path when there is no `base_url`.
    func canonicalURL(of page: Int) -> String {
        config.normalizedBaseURL.map { $0 + URLPathEncoder.encode(path: site.pages[page].url) } ?? link(to: page)
    }

    /// `<meta name="description">` for every page: its own description, else
    /// the site's, else its title.
    private func metaDescription(_ own: String?, title: String) -> String {
        if let own, !own.isEmpty { return own }
        return config.description.isEmpty ? title : config.description
    }

    /// The page's whole HTML document, as UTF-8; nil if its spooled body
    /// cannot be read back.
    func render(_ index: Int, resolutions: [LinkResolution]) -> [UInt8]? {
        let page = site.pages[index]
        guard let body = body(of: page, resolutions: resolutions) else { return nil }
        var pageContext: [String: MustacheValue] = [
            "title": .text(page.title), "url": .text(link(to: index)), "content": .text(body),
            "is_section": .bool(page.isSection),
            "source_path": .text(page.file ?? ""),
            "params": .dictionary(page.frontMatter.params.mapValues(\.mustacheValue)),
            "breadcrumbs": .list(navigation.breadcrumbs(current: index, link: link(to:))),
        ]
        if let description = page.frontMatter.description, !description.isEmpty {
            pageContext["description"] = .text(description)
        }
        pageContext["canonical_url"] = .text(canonicalURL(of: index))
        if page.file != nil, let editURL = config.editURL(forSourcePath: page.sourcePath) {
            pageContext["edit_url"] = .text(editURL)
        }
        pageContext["meta_description"] = .text(metaDescription(page.frontMatter.description, title: page.title))
        let headings = page.markdown?.headings ?? []
        pageContext["has_h1"] = .bool(headings.contains { $0.level == 1 })
        let toc: [MustacheValue] = headings.filter { (2...3).contains($0.level) }.map {
            .dictionary([
                "level": .int($0.level), "title": .text($0.text), "id": .text($0.id), "indent": .int($0.level - 2),
            ])
        }
        pageContext["toc"] = .list(toc)
        pageContext["has_toc"] = .bool(!toc.isEmpty)
        let (previous, next) = navigation.neighbours(of: index)
        if let previous { pageContext["prev"] = entry(previous) }
        if let next { pageContext["next"] = entry(next) }
        if page.isSection {
            pageContext["pages"] = .list(
                navigation.listing(of: index).map { child in
                    var fields = ["title": MustacheValue.text(site.pages[child].title), "url": .text(link(to: child))]
                    if let description = site.pages[child].frontMatter.description, !description.isEmpty {
                        fields["description"] = .text(description)
                    }
                    return .dictionary(fields)
                })
        }
        let renderer = self
        return document(
            page: pageContext, template: template(for: page), navHTML: sidebar.html(for: index),
            nav: { renderer.navigation.sidebar(current: index, link: renderer.link(to:)) })
    }

    /// `404.html`: the theme's `404` template (else `page`) in the layout, with
    /// the sidebar as seen from outside any page. Static hosts serve it for
    /// every URL they do not have, so all its links are root-relative.
    func renderNotFound() -> [UInt8] {
        let title = "Page not found"
        let home = HTMLEscaping.attribute(config.basePath + "/")
        let page: [String: MustacheValue] = [
            "title": .text(title), "url": .text(config.basePath + "/404.html"),
            "content": .text(
                "<p>There is no page at this address. Start from the <a href=\"\(home)\">home page</a>.</p>\n"),
            "meta_description": .text(title), "is_section": false, "has_h1": false, "has_toc": false,
            "toc": .list([]), "breadcrumbs": .list([]), "params": .dictionary([:]), "source_path": "",
        ]
        let renderer = self
        return document(
            page: page, template: theme.templateNames.contains("404") ? "404" : "page",
            navHTML: sidebar.htmlOutsidePages(),
            nav: { renderer.navigation.sidebar(openingTo: "", isCurrent: { _ in false }, url: renderer.link(to:)) })
    }

    /// The page template's output inside the layout.
    private func document(
        page: [String: MustacheValue], template: String, navHTML: String, nav: @escaping @Sendable () -> [MustacheValue]
    ) -> [UInt8] {
        var context: [String: MustacheValue] = [
            "site": .object(SiteTemplateContext(fields: siteFields, navHTML: navHTML, nav: nav)),
            "page": .dictionary(page),
        ]
        context["content"] = .text(theme.render(.dictionary(context), template: template))
        return theme.renderBytes(.dictionary(context), template: "layout")
    }

    private func entry(_ page: Int) -> MustacheValue {
        .dictionary(["title": .text(site.pages[page].title), "url": .text(link(to: page))])
    }

    /// The page's template: its `template:` key when the theme has it, else `page` or `section`.
    func template(for page: Page) -> String {
        if let name = page.frontMatter.template, theme.templateNames.contains(name) { return name }
        return page.isSection ? "section" : "page"
    }

    private func body(of page: Page, resolutions: [LinkResolution]) -> String? {
        guard let markdown = page.markdown else { return "" }
        var html = markdown.html
        if let entry = page.spooledHTML {
            guard let spooled = spool?.load(entry) else { return nil }
            html = spooled
        }
        var resolutionBySlot: [Int: LinkResolution] = [:]
        for (link, resolution) in zip(markdown.links, resolutions) {
            if let slot = link.slot { resolutionBySlot[slot] = resolution }
        }
        return html.html { slot, written in
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
            return baseURL + URLPathEncoder.encode(path: site.pages[target].url)
                + Self.suffix(query: query, fragment: fragment)
        }
        switch resolution {
        case .page(let target, let fragment, let query):
            return link(to: target) + Self.suffix(query: query, fragment: fragment)
        case .asset(let path, let query, let fragment):
            return config.basePath + "/" + URLPathEncoder.encode(path: path)
                + Self.suffix(query: query, fragment: fragment)
        case .missing, .external, .empty:
            return written.hasPrefix("/") && !written.hasPrefix("//") ? config.basePath + written : written
        }
    }

    /// The query as written (it is never decoded) and the decoded fragment encoded again.
    private static func suffix(query: String?, fragment: String?) -> String {
        (query.map { "?" + $0 } ?? "") + (fragment.map { "#" + URLPathEncoder.encode(fragment: $0) } ?? "")
    }
}
