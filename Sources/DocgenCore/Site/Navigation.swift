import DocgenMustache
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

    /// The folder above `folder` ("" for a top-level one). Not NSString's
    /// `deletingLastPathComponent`: Foundation 6.3.1 on Linux crashes on a
    /// one-character path such as `g`.
    static func parent(of folder: String) -> String {
        guard let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(folder[..<slash])
    }

    // MARK: - Template data

    /// The sidebar for `current`: the top level, with the sections on the way to
    /// the current page opened. Its size follows the path, not the site.
    func sidebar(current: Int, link: (Int) -> String) -> [MustacheValue] {
        sidebar(openingTo: site.pages[current].folder, isCurrent: { $0 == current }, url: link)
    }

    /// The sidebar with the sections from the top down to `folder` opened, as
    /// every page of `folder` sees it; `isCurrent` marks the items shown as
    /// current. `SidebarRenderer` uses it to render one sidebar per section.
    func sidebar(openingTo folder: String, isCurrent: (Int) -> Bool, url: (Int) -> String) -> [MustacheValue] {
        items(in: "", openingTo: folder, isCurrent: isCurrent, url: url)
    }

    private func items(in folder: String, openingTo target: String, isCurrent: (Int) -> Bool, url: (Int) -> String)
        -> [MustacheValue]
    {
        (entries[folder] ?? []).map { entry in
            switch entry {
            case .page(let index):
                return item(index, url: url(index), isCurrent: isCurrent(index), children: [], isAncestor: false)
            case .section(let child):
                let open = target == child || target.hasPrefix(child + "/")
                let nested = open ? items(in: child, openingTo: target, isCurrent: isCurrent, url: url) : []
                let index = sectionPage[child]!
                let current = isCurrent(index)
                return item(index, url: url(index), isCurrent: current, children: nested, isAncestor: open && !current)
            }
        }
    }

    private func item(_ index: Int, url: String, isCurrent: Bool, children: [MustacheValue], isAncestor: Bool)
        -> MustacheValue
    {
        .dictionary([
            "title": .text(site.pages[index].title), "url": .text(url),
            "is_section": .bool(site.pages[index].isSection),
            "is_current": .bool(isCurrent), "is_ancestor": .bool(isAncestor), "has_children": .bool(!children.isEmpty),
            "children": .list(children),
        ])
    }

    /// The pages of `folder` and its section page: the sidebar items that can
    /// be current for a page of that section.
    func sidebarCandidates(of folder: String) -> (pages: [Int], section: Int?) {
        let pages = (entries[folder] ?? []).compactMap { entry -> Int? in
            if case .page(let index) = entry { return index }
            return nil
        }
        return (pages, folder.isEmpty ? nil : sectionPage[folder])
    }

    /// Every folder that holds a published page or is a section.
    var folders: [String] { Array(Set(entries.keys).union(sectionPage.keys)).sorted() }

    /// The sections above `current`, the home page first.
    func breadcrumbs(current: Int, link: (Int) -> String) -> [MustacheValue] {
        let page = site.pages[current]
        var folders: [String] = [""]
        var path = ""
        for segment in page.folder.split(separator: "/") {
            path = path.isEmpty ? String(segment) : path + "/" + segment
            folders.append(path)
        }
        if page.isSection { folders.removeLast() }
        return folders.compactMap { folder in
            sectionPage[folder].map { .dictionary(["title": .text(site.pages[$0].title), "url": .text(link($0))]) }
        }
    }

    func neighbours(of current: Int) -> (previous: Int?, next: Int?) {
        guard let position = readingPosition[current] else { return (nil, nil) }
        return (
            position > 0 ? readingOrder[position - 1] : nil,
            position + 1 < readingOrder.count ? readingOrder[position + 1] : nil
        )
    }

    /// What the pages of `folder` and below see of it in their sidebar,
    /// breadcrumbs and section list: the folder's section page, then its
    /// pages and subsections in order, each by identity, title, URL and
    /// description. A page whose folders (from the root down to its own)
    /// have equal signatures in two navigations gets the same sidebar and
    /// breadcrumbs from both.
    func signature(of folder: String) -> [String] {
        var signature: [String] = []
        func add(_ index: Int?) {
            guard let index else { return signature.append("-") }
            let page = site.pages[index]
            signature += [page.identity, page.title, page.url, page.frontMatter.description ?? "\u{0}"]
        }
        add(sectionPage[folder])
        for entry in entries[folder] ?? [] {
            switch entry {
            case .page(let index): add(index)
            case .section(let child):
                signature.append("section")
                add(sectionPage[child])
            }
        }
        return signature
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
