import Foundation

/// A site built into memory by the stages `docgen build` runs, with each
/// stage's results kept so that the next build can reuse them.
struct SessionSite {
    let options: BuildOptions
    let setup: SiteSetup
    var inventory: ContentInventory
    /// Source path → what reading and parsing it gave.
    var loaded: [String: PageLoader.Loaded]
    var site: SiteIndex
    var indexDiagnostics: [Diagnostic]
    var checked: [LinkChecker.PageResult]
    var renderer: PageRenderer
    var diagnostics: [Diagnostic]
    /// Output path → bytes: the site as `docgen build` writes it.
    var files: [String: [UInt8]]
    /// Pages rendered by the build that made this value.
    var renderedPages: Int

    /// Runs every stage on the whole site.
    static func build(_ options: BuildOptions) throws(SetupError) -> SessionSite {
        let setup = try SiteSetup.load(options, loadsTheme: true, checksOutput: false)
        let config = setup.config
        let inventory = try setup.scan()
        let loader = setup.loader(for: inventory, rendersHTML: true)
        let loaded = SiteStages.load(inventory.markdownFiles, with: loader, spool: nil)
        let (site, indexDiagnostics) = SiteStages.index(
            loaded.compactMap(\.page), inventory: inventory, includesDrafts: options.includeDrafts, config: config)
        let checker = SiteStages.checker(site, config: config)
        let checked = SiteStages.check(Array(site.pages.indices), with: checker)
        var diagnostics = SiteStages.diagnostics(
            inventory: inventory.diagnostics, loaded: loaded.map(\.diagnostics), index: indexDiagnostics,
            checked: checked.map(\.diagnostics),
            partials: UnusedPartials.check(inventory: inventory, pages: site.pages, loader: loader, checker: checker),
            site: site, theme: setup.theme, config: config)
        let renderer = PageRenderer(
            site: site, navigation: Navigation(site: site), theme: setup.theme!, config: config, spool: nil)
        let published = site.pages.indices.filter { site.isPublished($0) }
        let (files, themeDiagnostics) = SiteFiles.all(
            published: published, resolutions: checked.map(\.resolutions), renderer: renderer, inventory: inventory,
            contentRoot: setup.contentRoot
        ) { { SearchIndex.json(site: site, renderer: renderer, spool: nil) } }
        diagnostics += themeDiagnostics
        let produced = try MemoryOutput.produce(files)
        var loadedByPath: [String: PageLoader.Loaded] = [:]
        for (path, result) in zip(inventory.markdownFiles, loaded) { loadedByPath[path] = result }
        return SessionSite(
            options: options, setup: setup, inventory: inventory, loaded: loadedByPath, site: site,
            indexDiagnostics: indexDiagnostics, checked: checked, renderer: renderer, diagnostics: diagnostics,
            files: Dictionary(produced.map { ($0.path, $0.bytes) }, uniquingKeysWith: { $1 }),
            renderedPages: published.count)
    }
}
