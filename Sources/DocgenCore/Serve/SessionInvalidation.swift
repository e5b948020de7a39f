/// Which pages of a session's new site can render other bytes than they did
/// in the previous site, when the theme and config are the same. A page's
/// bytes come from its own data (body, front matter, title, URL, section or
/// not), the URLs its links resolve to, and the navigation: the sidebar
/// (the sections from the root down to its folder), the breadcrumbs (those
/// sections' pages), previous/next, and a section page's list. Pages are
/// matched across the two sites by identity (`Page.identity`), since
/// positions shift when pages come and go.
enum SessionInvalidation {
    /// Published pages of `next` that are new, read again, moved, or whose
    /// links resolve to other URLs.
    static func pages(from previous: SessionSite, to next: SessionSite, reloaded: Set<String>) -> Set<Int> {
        let oldSite = previous.site
        let newSite = next.site
        var identities: [String: Int] = [:]
        for (index, page) in oldSite.pages.enumerated() { identities[page.identity] = index }
        let oldIndex = identities
        let oldChecked = previous.checked
        let newChecked = next.checked
        let candidates = newSite.pages.indices.filter { newSite.isPublished($0) }
        let changed = Parallel.map(candidates) { index -> Bool in
            let page = newSite.pages[index]
            guard !reloaded.contains(page.identity), let old = oldIndex[page.identity], oldSite.isPublished(old)
            else { return true }
            let oldPage = oldSite.pages[old]
            guard oldPage.url == page.url, oldPage.isSection == page.isSection, oldPage.folder == page.folder,
                oldPage.title == page.title
            else { return true }
            let before = oldChecked[old].resolutions
            let after = newChecked[index].resolutions
            guard before.count == after.count else { return true }
            for (left, right) in zip(before, after) where !writesAlike(left, oldSite, right, newSite) {
                return true
            }
            return false
        }
        return Set(zip(candidates, changed).filter(\.1).map(\.0))
    }

    /// True when two resolutions of one link make the page write the same
    /// URL: the same target URL (or asset), fragment and query, or both
    /// keep the URL as written.
    private static func writesAlike(
        _ old: LinkResolution, _ oldSite: SiteIndex, _ new: LinkResolution, _ newSite: SiteIndex
    ) -> Bool {
        switch (old, new) {
        case (.page(let left, let leftFragment, let leftQuery), .page(let right, let rightFragment, let rightQuery)):
            return oldSite.pages[left].url == newSite.pages[right].url && leftFragment == rightFragment
                && leftQuery == rightQuery
        case (.asset(let left, let leftQuery, let leftFragment), .asset(let right, let rightQuery, let rightFragment)):
            return left == right && leftQuery == rightQuery && leftFragment == rightFragment
        case (.missing, .missing), (.missing, .external), (.missing, .empty), (.external, .missing),
            (.external, .external), (.external, .empty), (.empty, .missing), (.empty, .external), (.empty, .empty):
            return true
        default:
            return false
        }
    }

    /// The folders whose navigation signature differs between two
    /// navigations, among `folders` (nil: any): the pages at or below them
    /// show another sidebar, breadcrumbs or section list.
    static func changedFolders(_ old: Navigation, _ new: Navigation, among folders: Set<String>?) -> Set<String> {
        let candidates = folders.map { $0.sorted() } ?? Set(old.folders + new.folders).sorted()
        let differ = Parallel.map(candidates) { old.signature(of: $0) != new.signature(of: $0) }
        return Set(zip(candidates, differ).filter(\.1).map(\.0))
    }

    /// Published pages of `next` whose sidebar, breadcrumbs, section list or
    /// previous/next differ from the previous site's, where the folders that
    /// differ are `changedFolders`. `retitled`, when the pages kept their
    /// positions, are the only pages whose title, weight or description
    /// changed: then only their neighbours and the pages whose neighbours
    /// moved show other previous/next links.
    static func navigation(
        from previous: SessionSite, to next: SessionSite, changedFolders: Set<String>, retitled: [Int]? = nil
    ) -> Set<Int> {
        let oldNavigation = previous.navigation
        let newNavigation = next.navigation
        let site = next.site
        var pages = Set<Int>()
        if !changedFolders.isEmpty {
            for index in site.pages.indices where site.isPublished(index) {
                if changedFolders.contains("") || Self.hasFolder(site.pages[index].folder, in: changedFolders) {
                    pages.insert(index)
                }
            }
        }
        if let retitled {
            for page in retitled {
                for navigation in [oldNavigation, newNavigation] {
                    let (before, after) = navigation.neighbours(of: page)
                    pages.formUnion([before, after].compactMap { $0 })
                }
            }
            if oldNavigation.readingOrder != newNavigation.readingOrder {
                for page in newNavigation.readingOrder
                where oldNavigation.neighbours(of: page) != newNavigation.neighbours(of: page) {
                    pages.insert(page)
                }
            }
            return pages
        }
        // Previous/next: the neighbours in reading order, by title and URL.
        var oldNeighbours: [String: String] = [:]
        let oldSite = previous.site
        for index in oldNavigation.readingOrder {
            oldNeighbours[oldSite.pages[index].identity] = neighbours(of: index, oldNavigation, oldSite)
        }
        for index in newNavigation.readingOrder
        where oldNeighbours[site.pages[index].identity] != neighbours(of: index, newNavigation, site) {
            pages.insert(index)
        }
        return pages
    }

    /// True when `folder` or a folder above it is in `folders`.
    static func hasFolder(_ folder: String, in folders: Set<String>) -> Bool {
        var path = Substring(folder)
        while true {
            if folders.contains(String(path)) { return true }
            guard let slash = path.lastIndex(of: "/") else { return path.isEmpty ? false : folders.contains("") }
            path = path[..<slash]
        }
    }

    private static func neighbours(of page: Int, _ navigation: Navigation, _ site: SiteIndex) -> String {
        let (previous, next) = navigation.neighbours(of: page)
        func shown(_ index: Int?) -> String {
            index.map { site.pages[$0].title + "\u{0}" + site.pages[$0].url } ?? "\u{1}"
        }
        return shown(previous) + "\u{2}" + shown(next)
    }
}
