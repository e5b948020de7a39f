import DocgenMarkdown
import Foundation

/// The per-page and per-site stages of architecture.md's pipeline, as plain
/// functions: `SiteBuilder` runs each once over the whole site; a
/// `SiteSession` keeps their results and runs them again for what changed.
/// Keeping one implementation is what makes a session's site equal a build's.
enum SiteStages {
    /// Reads and parses `paths` on all cores. With a spool, page bodies wait
    /// there rather than in memory until they are rendered.
    static func load(_ paths: [String], with loader: PageLoader, spool: HTMLSpool?) -> [PageLoader.Loaded] {
        Parallel.map(paths) { path in
            var result = loader.load(path)
            if let spool, let html = result.page?.markdown?.html, let entry = spool.store(html) {
                result.page?.markdown?.html = RenderedHTML(pieces: [], slots: [])
                result.page?.spooledHTML = entry
            }
            return result
        }
    }

    /// The site index of the loaded pages. `anchors`, when given, are the
    /// anchor sets of the pages, in order (a session keeps them between runs).
    static func index(
        _ pages: [Page], inventory: ContentInventory, includesDrafts: Bool, config: SiteConfig,
        anchors: [Set<String>]? = nil
    ) -> (SiteIndex, [Diagnostic]) {
        SiteIndex.build(
            pages: pages, inventory: inventory, includesDrafts: includesDrafts, siteTitle: config.title,
            anchors: anchors)
    }

    static func checker(_ site: SiteIndex, config: SiteConfig) -> LinkChecker {
        LinkChecker(site: site, baseURL: config.normalizedBaseURL, rawHTMLPublished: config.rawHTML)
    }

    /// Checks the links of `pages` (indexes into `checker.site.pages`) on all cores.
    static func check(_ pages: [Int], with checker: LinkChecker) -> [LinkChecker.PageResult] {
        Parallel.map(pages) { checker.check($0) }
    }

    /// Every content diagnostic of a run, the policy of `links:` applied,
    /// sorted. The parts come in the order the stages produce them, so equal
    /// diagnostics keep one order whichever driver ran the stages.
    static func diagnostics(
        inventory: [Diagnostic], loaded: [[Diagnostic]], index: [Diagnostic], checked: [[Diagnostic]],
        partials: [Diagnostic], site: SiteIndex, theme: Theme?, config: SiteConfig
    ) -> [Diagnostic] {
        var all = inventory
        for part in loaded { all += part }
        all += index
        for part in checked { all += part }
        // Partials nothing includes are checked on their own; a problem in a
        // partial that many pages include is reported once per location.
        all += partials
        all = IncludedDiagnostics.merged(all)
        if let theme { all += unknownTemplates(site, theme: theme) }
        return all.compactMap(config.linkPolicy.apply(to:)).sorted(by: Diagnostic.sortOrder)
    }

    /// Pages whose `template:` names a template the theme does not have.
    static func unknownTemplates(_ site: SiteIndex, theme: Theme) -> [Diagnostic] {
        site.pages.compactMap { unknownTemplate($0, theme: theme) }
    }

    static func unknownTemplate(_ page: Page, theme: Theme) -> Diagnostic? {
        guard let name = page.frontMatter.template, !theme.templateNames.contains(name) else { return nil }
        return Diagnostic(
            .error, code: .unknownTemplate,
            message:
                "template `\(name)` does not exist in the theme; the page is rendered with `\(page.isSection ? "section" : "page")`",
            file: page.file, at: page.frontMatter.keyLines["template"].map { SourcePosition(line: $0, column: 1) })
    }
}
