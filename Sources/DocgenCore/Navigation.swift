import Foundation

/// The site's content tree as readers move through it: sections (folders with
/// an `index.md` or a generated page) holding pages and subsections, ordered by
/// weight then title. Gives the sidebar, breadcrumbs and previous/next.
struct Navigation: Sendable {
    private enum Entry: Sendable {
        case page(Int)
        case section(String)
    }

    private let site: SiteIndex
    /// Section folder → its page.
    private var sectionPage: [String: Int] = [:]
    /// Section folder → its pages and subsections, in reading order.
    private var entries: [String: [Entry]] = [:]
    /// Every published page in reading order (depth first), for previous/next.
    private(set) var readingOrder: [Int] = []
    private var readingPosition: [Int: Int] = [:]

    init(site: SiteIndex) {
        self.site = site
        let published = site.pages.indices.filter { site.isPublished($0) }
        for index in published where site.pages[index].isSection {
            sectionPage[site.pages[index].folder] = index
        }
        var children: [String: [(page: Int, entry: Entry)]] = [:]
        for index in published {
            let page = site.pages[index]
            if page.isSection {
                guard !page.folder.isEmpty else { continue }
                let parent = Self.parent(of: page.folder)
                children[parent, default: []].append((index, .section(page.folder)))
            } else {
                children[page.folder, default: []].append((index, .page(index)))
            }
        }
        for (folder, list) in children {
            entries[folder] = list.sorted { Page.navigationOrder(site.pages[$0.page], site.pages[$1.page]) }.map(
                \.entry)
        }
        if let root = sectionPage[""] { readingOrder.append(root) }
        appendReadingOrder(of: "")
        for (position, page) in readingOrder.enumerated() { readingPosition[page] = position }
    }

    private mutating func appendReadingOrder(of folder: String) {
        for entry in entries[folder] ?? [] {
            switch entry {
            case .page(let index):
                readingOrder.append(index)
            case .section(let child):
                if let index = sectionPage[child] { readingOrder.append(index) }
                appendReadingOrder(of: child)
            }
        }
    }

    static func parent(of folder: String) -> String { (folder as NSString).deletingLastPathComponent }

    /// True when `folder` is `page`'s section or one of its ancestors.
    private func contains(_ folder: String, _ page: Page) -> Bool {
        folder.isEmpty || page.folder == folder || page.folder.hasPrefix(folder + "/")
    }

    // MARK: - Template data

    /// The sidebar for `current`: the top level, with the sections on the way to
    /// the current page opened. Its size follows the path, not the site.
    func sidebar(current: Int, link: (Int) -> String) -> [[String: Any]] {
        items(in: "", current: current, link: link)
    }

    private func items(in folder: String, current: Int, link: (Int) -> String) -> [[String: Any]] {
        let currentPage = site.pages[current]
        return (entries[folder] ?? []).map { entry in
            switch entry {
            case .page(let index):
                return item(index, current: current, link: link, children: [], isAncestor: false)
            case .section(let child):
                let open = contains(child, currentPage)
                let nested = open ? items(in: child, current: current, link: link) : []
                let index = sectionPage[child]!
                return item(index, current: current, link: link, children: nested, isAncestor: open && index != current)
            }
        }
    }

    private func item(_ index: Int, current: Int, link: (Int) -> String, children: [[String: Any]], isAncestor: Bool)
        -> [String: Any]
    {
        [
            "title": site.pages[index].title, "url": link(index), "is_section": site.pages[index].isSection,
            "is_current": index == current, "is_ancestor": isAncestor, "has_children": !children.isEmpty,
            "children": children,
        ]
    }

    /// The sections above `current`, the home page first.
    func breadcrumbs(current: Int, link: (Int) -> String) -> [[String: Any]] {
        let page = site.pages[current]
        var folders: [String] = [""]
        var path = ""
        for segment in page.folder.split(separator: "/") {
            path = path.isEmpty ? String(segment) : path + "/" + segment
            folders.append(path)
        }
        if page.isSection { folders.removeLast() }
        return folders.compactMap { folder in
            sectionPage[folder].map { ["title": site.pages[$0].title, "url": link($0)] }
        }
    }

    func neighbours(of current: Int) -> (previous: Int?, next: Int?) {
        guard let position = readingPosition[current] else { return (nil, nil) }
        return (
            position > 0 ? readingOrder[position - 1] : nil,
            position + 1 < readingOrder.count ? readingOrder[position + 1] : nil
        )
    }

    /// The pages and subsections listed on a section page.
    func listing(of section: Int) -> [Int] {
        (entries[site.pages[section].folder] ?? []).compactMap { entry in
            switch entry {
            case .page(let index): return index
            case .section(let child): return sectionPage[child]
            }
        }
    }
}
