import Foundation

/// A site built into memory by the stages `docgen build` runs, with each
/// stage's results kept so that the next build reruns only what changed
/// (`updated(with:)`).
struct SessionSite {
    let options: BuildOptions
    let setup: SiteSetup
    var inventory: ContentInventory {
        didSet {
            markdownPaths = Set(inventory.markdownFiles)
            assetPaths = Set(inventory.assets)
        }
    }
    /// The inventory's pages and assets, to look paths up in.
    private(set) var markdownPaths: Set<String>
    private(set) var assetPaths: Set<String>
    /// Source path → what reading and parsing it gave. Boxed: a rebuild
    /// copies this table, which then costs a reference per page.
    var loaded: [String: SessionPage] = [:]
    var site: SiteIndex
    var indexDiagnostics: [Diagnostic]
    var checker: LinkChecker
    /// One per page of `site`.
    var checked: [LinkChecker.PageResult]
    /// Page → the pages with a link resolved to it: they are checked again
    /// when its anchors change.
    var backlinks: [Int: Set<Int>] = [:]
    var renderer: PageRenderer
    var diagnostics: [Diagnostic] { contentDiagnostics + themeDiagnostics }
    /// The content's diagnostics, the policy applied, sorted, as `SiteStages.diagnostics` gives them.
    var contentDiagnostics: [Diagnostic] = []
    /// Theme files displaced by content files: a build reports them after the rest.
    var themeDiagnostics: [Diagnostic] = []
    /// The standard files (`SiteFiles.standardFiles`) the site has.
    var standardPaths: Set<String> = []
    /// Output path → the file: the site as `docgen build` writes it.
    var files: [String: SessionFile] = [:]
    /// Output path → the page written there.
    var pageAtPath: [String: Int] = [:]
    /// The lines of `search-index.json` in its order, and page → position there.
    var searchLines: [SearchLine] = []
    var searchPosition: [Int: Int] = [:]
    /// Pages rendered by the build that made this value.
    var renderedPages = 0
    /// Paths whose bytes that build produced; nil when it produced them all.
    var producedPaths: Set<String>?
    /// Wall time per stage of the build that made this value.
    var timings = StageTimings()

    struct SearchLine {
        var identity: String
        var title: String
        var url: String
        var line: [UInt8]
    }

    var navigation: Navigation { renderer.navigation }

    /// Runs every stage on the whole site.
    static func build(_ options: BuildOptions) throws(SetupError) -> SessionSite {
        let setup = try SiteSetup.load(options, loadsTheme: true, checksOutput: false)
        let config = setup.config
        let inventory = try setup.scan()
        let loaded = SiteStages.load(
            inventory.markdownFiles, with: setup.loader(for: inventory, rendersHTML: true), spool: nil)
        let (site, indexDiagnostics) = SiteStages.index(
            loaded.compactMap(\.page), inventory: inventory, includesDrafts: options.includeDrafts, config: config)
        let checker = SiteStages.checker(site, config: config)
        let checked = SiteStages.check(Array(site.pages.indices), with: checker)
        let renderer = PageRenderer(
            site: site, navigation: Navigation(site: site), theme: setup.theme!, config: config, spool: nil)
        var built = SessionSite(
            options: options, setup: setup, inventory: inventory, markdownPaths: Set(inventory.markdownFiles),
            assetPaths: Set(inventory.assets), site: site, indexDiagnostics: indexDiagnostics, checker: checker,
            checked: checked, renderer: renderer)
        for (path, result) in zip(inventory.markdownFiles, loaded) {
            let anchors = site.page(atSource: path).map(site.anchors(of:)) ?? result.page?.anchors ?? []
            built.loaded[path] = SessionPage(result, anchors: anchors)
        }
        built.backlinks = Self.backlinks(of: checked)
        try built.finishWhole(rendering: nil, reloaded: [], changedAssets: [], previous: nil)
        return built
    }

    /// Target page → linking pages, from the resolutions of `checked`.
    static func backlinks(of checked: [LinkChecker.PageResult]) -> [Int: Set<Int>] {
        var backlinks: [Int: Set<Int>] = [:]
        for (page, result) in checked.enumerated() {
            for case .page(let target, _, _) in result.resolutions { backlinks[target, default: []].insert(page) }
        }
        return backlinks
    }

    /// The last stages, on the stage results this value holds: the
    /// diagnostics, then the files, listed as `docgen build` lists them.
    /// Only the pages in `rendering` (all when nil), assets in
    /// `changedAssets` and files that were not there are produced; the rest
    /// keep the bytes `previous` had. `reloaded` are the identities of pages
    /// read again (their search lines are made again).
    mutating func finishWhole(
        rendering: Set<Int>?, reloaded: Set<String>, changedAssets: Set<String>, previous: SessionSite?
    ) throws(SetupError) {
        timings.finish("before finish")
        contentDiagnostics = wholeDiagnostics()
        let published = site.pages.indices.filter { site.isPublished($0) }
        timings.finish("diagnostics")
        let searchIndex = makeSearchIndex(reloaded: reloaded)
        timings.finish("search index")
        let (list, displaced, standard) = SiteFiles.all(
            published: published, resolutions: checked.map(\.resolutions), renderer: renderer, inventory: inventory,
            contentRoot: setup.contentRoot
        ) { { searchIndex } }
        themeDiagnostics = displaced
        standardPaths = standard
        timings.finish("list files")

        var pageOfPath: [String: Int] = [:]
        for index in published { pageOfPath[PageURL.outputPath(forURL: site.pages[index].url)] = index }
        var produced = Set<String>()
        var rendered = 0
        let assets = assetPaths
        let previousAssets = previous?.assetPaths ?? []
        var kept: [String: SessionFile] = [:]
        var made: [OutputFile] = []
        for file in list {
            let path = file.path
            if let page = pageOfPath[path] {
                if let previous, let old = previous.files[path],
                    previous.pageAtPath[path].map({ previous.site.pages[$0].identity }) == site.pages[page].identity,
                    let rendering, !rendering.contains(page)
                {
                    kept[path] = old
                    continue
                }
                rendered += 1
            } else if assets.contains(path), let previous, let old = previous.files[path],
                previousAssets.contains(path), previous.pageAtPath[path] == nil, !changedAssets.contains(path)
            {
                kept[path] = old
                continue
            }
            produced.insert(path)
            made.append(file)
        }
        timings.finish("reuse")
        let pagePaths = Set(pageOfPath.keys)
        let output = try MemoryOutput.store(made) { file, bytes in
            SessionFile(keeping: bytes, of: file, isPage: pagePaths.contains(file.path))
        }
        timings.finish("render")
        for (path, file) in output { kept[path] = file }
        files = kept
        pageAtPath = pageOfPath
        renderedPages = rendered
        producedPaths = previous == nil ? nil : produced
        timings.finish("keep files")
    }

    /// The bytes of the file at `path`: a page is rendered again, an asset read.
    func bytes(at path: String) -> [UInt8]? {
        switch files[path] {
        case .bytes(let bytes)?: return bytes
        case .page?:
            guard let page = pageAtPath[path] else { return nil }
            return renderer.render(page, resolutions: checked[page].resolutions)
        case .asset(let location, let digest)?:
            // Only the bytes the last build saw: between an edit and its
            // rebuild the file may differ, or be a symlink out of the site.
            guard let bytes = FileBytes.read(location), SessionFile.digest(bytes) == digest else { return nil }
            return bytes
        case nil: return nil
        }
    }

    /// `search-index.json` from the lines of the last build, made again for
    /// pages read again or whose title or URL changed; nil if it cannot be made.
    private mutating func makeSearchIndex(reloaded: Set<String>) -> [UInt8]? {
        let listed = SearchIndex.listed(site: site, renderer: renderer)
        let site = self.site
        var cache: [String: SearchLine] = [:]
        for line in searchLines { cache[line.identity] = line }
        let cached = cache
        let lines = Parallel.map(listed) { entry -> SearchLine? in
            let page = site.pages[entry.index]
            if let line = cached[page.identity], line.url == entry.url, line.title == page.title,
                !reloaded.contains(page.identity)
            {
                return line
            }
            return SearchIndex.line(of: page, url: entry.url, spool: nil).map {
                SearchLine(identity: page.identity, title: page.title, url: entry.url, line: $0)
            }
        }
        searchPosition = [:]
        for (position, entry) in listed.enumerated() { searchPosition[entry.index] = position }
        guard lines.allSatisfy({ $0 != nil }) else {
            searchLines = []
            return nil
        }
        searchLines = lines.map { $0! }
        return SearchIndex.assemble(searchLines.map(\.line))
    }
}
