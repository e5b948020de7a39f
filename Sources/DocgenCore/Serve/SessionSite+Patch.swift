extension SessionSite {
    /// The last stages after edits that left every URL, alias, draft state,
    /// asset and folder where it was: the files of the pages in `rendering`,
    /// changed assets and the search index are produced again, and the
    /// redirect pages and `404.html` when the navigation changed (they show
    /// titles); every other file keeps its bytes. The diagnostics of the
    /// files of `reloaded` (source paths) and `rechecked` pages are made
    /// again and take the place of their old ones.
    mutating func finishPatch(
        rendering: Set<Int>, reloaded: [String], rechecked: [Int], changedAssets: Set<String>,
        navigationChanged: Bool, rescanned: Bool, previous: SessionSite
    ) throws(SetupError) {
        // Problems in included text are reported at the partial's file and
        // merged across the pages that include it, so a site with partials
        // has its diagnostics made again whole, as after a rescan.
        let usesPartials = !inventory.partials.isEmpty || site.pages.contains { !$0.includedFiles.isEmpty }
        if rescanned || usesPartials {
            // The inventory's own diagnostics may have changed: all of them again.
            contentDiagnostics = wholeDiagnostics()
        } else {
            patchDiagnostics(reloaded: reloaded, rechecked: rechecked)
        }
        timings.finish("diagnostics")
        var list: [OutputFile] = []
        var pages = 0
        for page in rendering.sorted() where site.isPublished(page) {
            list.append(SiteFiles.page(page, renderer: renderer, resolutions: checked[page].resolutions))
            pages += 1
        }
        if navigationChanged {
            list += SiteFiles.redirects(renderer: renderer)
            if standardPaths.contains("404.html") { list.append(SiteFiles.notFound(renderer: renderer)) }
        }
        for asset in changedAssets.sorted() {
            let source = inventory.location(of: asset, in: setup.contentRoot.path)
            list.append(OutputFile(path: asset, contents: .copy(of: .init(fileURLWithPath: source))))
        }
        if standardPaths.contains(SearchIndex.path) {
            let index = patchSearchIndex(reloaded: reloaded)
            list.append(OutputFile(path: SearchIndex.path, contents: .generated { index }))
        }
        timings.finish("list files")
        let pagePaths = Set(list.prefix(pages).map(\.path))
        let output = try MemoryOutput.store(list) { file, bytes in
            SessionFile(keeping: bytes, of: file, isPage: pagePaths.contains(file.path))
        }
        timings.finish("render")
        for (path, file) in output { files[path] = file }
        producedPaths = Set(output.map(\.path))
        renderedPages = pages
        timings.finish("keep files")
    }

    /// Replaces the diagnostics of the files of the pages read or checked
    /// again with new ones, made by the same stages in the same order.
    private mutating func patchDiagnostics(reloaded: [String], rechecked: [Int]) {
        let prefix = setup.config.contentFolder
        var sources = Set(reloaded)
        for page in rechecked where !site.pages[page].isGenerated { sources.insert(site.pages[page].sourcePath) }
        let files = Set(sources.map { prefix.isEmpty ? $0 : prefix + "/" + $0 })
        func mine(_ diagnostic: Diagnostic) -> Bool { diagnostic.file.map(files.contains) ?? false }
        let pages = sources.compactMap { site.page(atSource: $0) }.sorted()
        var fresh = inventory.diagnostics.filter(mine)
        for path in sources.sorted() { fresh += loaded[path]?.diagnostics ?? [] }
        fresh += indexDiagnostics.filter(mine)
        for page in pages { fresh += checked[page].diagnostics }
        if let theme = setup.theme {
            fresh += pages.compactMap { SiteStages.unknownTemplate(site.pages[$0], theme: theme) }
        }
        let policy = setup.config.linkPolicy
        let sorted = fresh.compactMap(policy.apply(to:)).sorted(by: Diagnostic.sortOrder)
        let kept = contentDiagnostics.filter { !mine($0) }
        // Two sorted lists with no file in common: merged, they are sorted.
        var merged: [Diagnostic] = []
        merged.reserveCapacity(kept.count + sorted.count)
        var (left, right) = (0, 0)
        while left < kept.count || right < sorted.count {
            if right == sorted.count || (left < kept.count && Diagnostic.sortOrder(kept[left], sorted[right])) {
                merged.append(kept[left])
                left += 1
            } else {
                merged.append(sorted[right])
                right += 1
            }
        }
        contentDiagnostics = merged
    }

    /// `search-index.json` with the lines of the pages read again made again
    /// (their URLs, and so the order, are the same); nil if it cannot be made.
    private mutating func patchSearchIndex(reloaded: [String]) -> [UInt8]? {
        for path in reloaded {
            guard let page = site.page(atSource: path), let position = searchPosition[page] else { continue }
            let url = searchLines[position].url
            guard let line = SearchIndex.line(of: site.pages[page], url: url, spool: nil) else { return nil }
            searchLines[position] = SearchLine(
                identity: site.pages[page].identity, title: site.pages[page].title, url: url, line: line)
        }
        return SearchIndex.assemble(searchLines.map(\.line))
    }

    /// Every diagnostic of the content, from the kept stage results, in the
    /// order and form `SiteBuilder` gives them.
    func wholeDiagnostics() -> [Diagnostic] {
        SiteStages.diagnostics(
            inventory: inventory.diagnostics, loaded: inventory.markdownFiles.map { loaded[$0]?.diagnostics ?? [] },
            index: indexDiagnostics, checked: checked.map(\.diagnostics),
            partials: UnusedPartials.check(
                inventory: inventory, pages: site.pages, loader: setup.loader(for: inventory, rendersHTML: true),
                checker: checker),
            site: site, theme: setup.theme, config: setup.config)
    }
}
