import Foundation

extension SessionSite {
    /// The site after the content files and folders in `changed` (relative
    /// to the content folder) changed: the pages among them (and the pages
    /// that include them) are read and parsed again; when that leaves every
    /// URL, alias, draft state and file where it was, those pages replace
    /// their old versions in the index and only they and the pages linking
    /// to them are checked again; otherwise the site is indexed and checked
    /// again from the kept pages. Then only the pages whose bytes can change
    /// are rendered (`SessionInvalidation`).
    func updated(with changed: Set<String>) throws(SetupError) -> SessionSite {
        var next = self
        next.timings = StageTimings()
        let markdown = markdownPaths
        let assets = assetPaths
        var reload = Set<String>()
        var changedAssets = Set<String>()
        var rescan = false
        var includers: [String: [String]] = [:]
        for (path, result) in loaded {
            for file in result.page?.includedFiles ?? [] { includers[file, default: []].append(path) }
        }
        let partials = Set(inventory.partials)
        let folders = Set(inventory.folders)
        for path in changed {
            // The file itself, or a folder holding it (moved, deleted or made).
            for (file, pages) in includers where file == path || file.hasPrefix(path + "/") { reload.formUnion(pages) }
            if markdown.contains(path), inventory.symlinkedFiles[path] == nil, Self.isRegularFile(location(of: path)) {
                reload.insert(path)
            } else if assets.contains(path), inventory.symlinkedFiles[path] == nil,
                Self.isRegularFile(location(of: path)), FileBytes.canOpen(location(of: path)) == nil
            {
                changedAssets.insert(path)
            } else if partials.contains(path), Self.isRegularFile(location(of: path)) {
                // An edited partial: the pages including it are read again above.
                continue
            } else if !markdown.contains(path), !assets.contains(path), !partials.contains(path),
                !folders.contains(path), !Self.exists(location(of: path))
            {
                // Come and gone before the rebuild (an editor's `4913` or
                // `page.md~`): nothing of the site changed, no rescan.
                continue
            } else {
                rescan = true
            }
        }
        if rescan {
            next.inventory = try setup.scan()
            // A path reported, or under a folder reported (a folder moved in whole).
            func touched(_ path: String) -> Bool {
                var path = Substring(path)
                while true {
                    if changed.contains(String(path)) { return true }
                    guard let slash = path.lastIndex(of: "/") else { return false }
                    path = path[..<slash]
                }
            }
            for path in next.inventory.markdownFiles
            where !markdown.contains(path) || touched(path)
                || next.inventory.symlinkedFiles[path] != inventory.symlinkedFiles[path]
            {
                reload.insert(path)
            }
            for path in next.inventory.assets
            where !assets.contains(path) || touched(path)
                || next.inventory.symlinkedFiles[path] != inventory.symlinkedFiles[path]
            {
                changedAssets.insert(path)
            }
            let kept = Set(next.inventory.markdownFiles)
            for path in inventory.markdownFiles where !kept.contains(path) {
                next.loaded[path] = nil
            }
        }
        next.timings.finish("changes")
        let reloaded = reload.intersection(next.inventory.markdownFiles).sorted()
        let loader = setup.loader(for: next.inventory, rendersHTML: true)
        for (path, result) in zip(reloaded, SiteStages.load(reloaded, with: loader, spool: nil)) {
            next.loaded[path] = SessionPage(result, anchors: result.page?.anchors ?? [])
        }
        next.timings.finish("read+parse")
        let structural =
            next.inventory.markdownFiles != inventory.markdownFiles || next.inventory.assets != inventory.assets
            || next.inventory.folders != inventory.folders
            || reloaded.contains { !Self.keepsItsPlace(loaded[$0]?.page, next.loaded[$0]?.page) }
        let reloadedIdentities = Set(reloaded)
        if structural {
            try next.reindex(from: self, reloaded: reloadedIdentities, changedAssets: changedAssets)
        } else {
            try next.replace(reloaded, from: self, changedAssets: changedAssets, rescanned: rescan)
        }
        return next
    }

    /// Edited pages that kept their place: each replaces its old version,
    /// and it and the pages linking to it are checked again.
    private mutating func replace(
        _ paths: [String], from previous: SessionSite, changedAssets: Set<String>, rescanned: Bool
    ) throws(SetupError) {
        var changedPages: [Int] = []
        for path in paths {
            guard let index = site.page(atSource: path), let page = loaded[path]?.page else { continue }
            site.replacePage(index, with: page, anchors: loaded[path]?.anchors ?? [])
            changedPages.append(index)
        }
        timings.finish("index")
        checker = checker.checking(site)
        var recheck = Set(changedPages)
        for page in changedPages { recheck.formUnion(backlinks[page] ?? []) }
        // A `[words]` left as text gets a did-you-mean from the site's page
        // titles: a new title can change it on any page that has one.
        if changedPages.contains(where: { previous.site.pages[$0].title != site.pages[$0].title }) {
            for (index, page) in site.pages.enumerated() where !(page.markdown?.bracketedText.isEmpty ?? true) {
                recheck.insert(index)
            }
        }
        let order = recheck.sorted()
        for (page, result) in zip(order, SiteStages.check(order, with: checker)) {
            if changedPages.contains(page) {
                for case .page(let target, _, _) in checked[page].resolutions { backlinks[target]?.remove(page) }
                for case .page(let target, _, _) in result.resolutions { backlinks[target, default: []].insert(page) }
            }
            checked[page] = result
        }
        timings.finish("check")
        let navigationChanged = changedPages.contains {
            site.isPublished($0) && !Self.showsAlike(previous.site.pages[$0], site.pages[$0])
        }
        let config = setup.config
        var rendering = Set(changedPages)
        if navigationChanged {
            let navigation = Navigation(site: site)
            var folders = Set<String>()
            for page in changedPages {
                let folder = site.pages[page].folder
                folders.insert(folder)
                folders.insert(Navigation.parent(of: folder))
            }
            let changedFolders = SessionInvalidation.changedFolders(
                previous.navigation, navigation, among: folders)
            // The sidebars of folders that show the same are kept.
            renderer = PageRenderer(
                site: site, navigation: navigation, theme: setup.theme!, config: config, spool: nil,
                reusing: previous.renderer.sidebar,
                keeps: { !SessionInvalidation.hasFolder($0, in: changedFolders) })
            rendering.formUnion(
                SessionInvalidation.navigation(
                    from: previous, to: self, changedFolders: changedFolders, retitled: changedPages))
        } else {
            // The navigation shows the same titles, URLs and order: its sidebars are kept.
            renderer = PageRenderer(
                site: site, navigation: previous.navigation, theme: setup.theme!, config: config, spool: nil,
                sidebar: previous.renderer.sidebar)
        }
        timings.finish("navigation")
        try finishPatch(
            rendering: rendering, reloaded: paths, rechecked: order, changedAssets: changedAssets,
            navigationChanged: navigationChanged, rescanned: rescanned, previous: previous)
    }

    /// Pages added, removed, moved, made drafts or given aliases, or assets
    /// or folders that came or went: the site is indexed and checked again
    /// from the kept pages, and the pages rendered whose own data, link
    /// targets or navigation changed.
    private mutating func reindex(from previous: SessionSite, reloaded: Set<String>, changedAssets: Set<String>)
        throws(SetupError)
    {
        let config = setup.config
        var pages: [Page] = []
        var pageAnchors: [Set<String>] = []
        for path in inventory.markdownFiles {
            guard let page = loaded[path]?.page else { continue }
            pages.append(page)
            pageAnchors.append(loaded[path]?.anchors ?? page.anchors)
        }
        (site, indexDiagnostics) = SiteStages.index(
            pages, inventory: inventory, includesDrafts: options.includeDrafts, config: config, anchors: pageAnchors)
        timings.finish("index")
        checker = SiteStages.checker(site, config: config)
        checked = SiteStages.check(Array(site.pages.indices), with: checker)
        backlinks = Self.backlinks(of: checked)
        timings.finish("check")
        let navigation = Navigation(site: site)
        let changedFolders = SessionInvalidation.changedFolders(previous.navigation, navigation, among: nil)
        // Sidebars are kept by page identity: those of folders that show the same are kept.
        renderer = PageRenderer(
            site: site, navigation: navigation, theme: setup.theme!, config: config, spool: nil,
            reusing: previous.renderer.sidebar, keeps: { !SessionInvalidation.hasFolder($0, in: changedFolders) })
        timings.finish("navigation")
        let rendering =
            SessionInvalidation.pages(from: previous, to: self, reloaded: reloaded)
            .union(SessionInvalidation.navigation(from: previous, to: self, changedFolders: changedFolders))
        timings.finish("invalidation")
        try finishWhole(rendering: rendering, reloaded: reloaded, changedAssets: changedAssets, previous: previous)
    }

    private func location(of path: String) -> String { inventory.location(of: path, in: setup.contentRoot.path) }

    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// True when the new version of a page leaves the index as it was: the
    /// same URL, aliases, draft state and front-matter lines the index
    /// reports at. Both nil (a file that is still no page) is alike too.
    static func keepsItsPlace(_ old: Page?, _ new: Page?) -> Bool {
        guard let old, let new else { return old == nil && new == nil }
        let keys = ["url", "slug", "aliases"]
        return old.url == new.url && old.frontMatter.aliases == new.frontMatter.aliases && old.isDraft == new.isDraft
            && old.file == new.file
            && keys.map { old.frontMatter.keyLines[$0] } == keys.map { new.frontMatter.keyLines[$0] }
    }

    /// True when the navigation shows both versions of a page alike: title,
    /// weight (its place in the order) and description (section lists).
    static func showsAlike(_ old: Page, _ new: Page) -> Bool {
        old.title == new.title && old.frontMatter.weight == new.frontMatter.weight
            && old.frontMatter.description == new.frontMatter.description
    }
}
