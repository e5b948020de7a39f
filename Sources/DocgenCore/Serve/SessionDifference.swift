import Foundation

/// What changed for a browser between two builds of a session's site: the
/// URLs whose bytes changed, the URLs gone, the pages that obviously moved.
struct SessionDifference {
    var changedURLs: [String] = []
    var removedURLs: [String] = []
    var movedURLs: [String: String] = [:]
    var cssOnly = false

    /// `previous` is nil when the session had no site yet: every URL is new.
    init(from previous: SessionSite?, to next: SessionSite) {
        let basePath = next.setup.config.basePath
        let old = previous?.files ?? [:]
        var changedPaths: [String] = []
        if let produced = next.producedPaths, previous != nil {
            // Files kept from the previous build have its bytes.
            for path in produced where !Self.same(old[path], next.files[path]) { changedPaths.append(path) }
        } else {
            for (path, file) in next.files where !Self.same(old[path], file) { changedPaths.append(path) }
        }
        // A patch only replaces files: with as many files, none went.
        let patched =
            next.producedPaths.map { produced in
                next.files.count == old.count && produced.allSatisfy { old[$0] != nil }
            } ?? false
        let removedPaths = patched ? [] : old.keys.filter { next.files[$0] == nil }
        changedURLs = Set(changedPaths.map { Self.url(ofOutputPath: $0, basePath: basePath) }).sorted()
        removedURLs = Set(removedPaths.map { Self.url(ofOutputPath: $0, basePath: basePath) }).sorted()
        cssOnly = !changedPaths.isEmpty && removedPaths.isEmpty && changedPaths.allSatisfy { $0.hasSuffix(".css") }
        if let previous { movedURLs = Self.moves(from: previous, to: next, removed: Set(removedPaths)) }
    }

    private static func same(_ old: SessionFile?, _ new: SessionFile?) -> Bool {
        guard let old, let new else { return old == nil && new == nil }
        return old.sameBytes(as: new)
    }

    /// The URL a browser asks for to get the file at `path`: a folder's
    /// `index.html` is served at the folder's URL.
    static func url(ofOutputPath path: String, basePath: String) -> String {
        var url = "/" + path
        if path == "index.html" {
            url = "/"
        } else if path.hasSuffix("/index.html") {
            url = "/" + path.dropLast("index.html".count)
        }
        return basePath + URLPathEncoder.encode(path: url)
    }

    /// Pages no longer served at their URL that went somewhere obvious: the
    /// same source file at a new URL, else the one new page with the same
    /// title.
    private static func moves(from previous: SessionSite, to next: SessionSite, removed: Set<String>) -> [String:
        String]
    {
        let oldSite = previous.site
        let newSite = next.site
        let oldRenderer = previous.renderer
        let newRenderer = next.renderer
        let gone = oldSite.pages.indices.filter {
            oldSite.isPublished($0) && removed.contains(PageURL.outputPath(forURL: oldSite.pages[$0].url))
        }
        guard !gone.isEmpty else { return [:] }
        let oldURLs = Set(oldSite.pages.indices.filter { oldSite.isPublished($0) }.map { oldSite.pages[$0].url })
        let arrived = newSite.pages.indices.filter {
            newSite.isPublished($0) && !oldURLs.contains(newSite.pages[$0].url)
        }
        var arrivedByTitle: [String: [Int]] = [:]
        for page in arrived { arrivedByTitle[newSite.pages[page].title, default: []].append(page) }
        var moves: [String: String] = [:]
        for page in gone {
            let oldPage = oldSite.pages[page]
            var target: Int?
            if !oldPage.isGenerated, let same = newSite.page(atSource: oldPage.sourcePath), arrived.contains(same) {
                target = same
            } else if let candidates = arrivedByTitle[oldPage.title], candidates.count == 1 {
                target = candidates[0]
            }
            if let target { moves[oldRenderer.link(to: page)] = newRenderer.link(to: target) }
        }
        return moves
    }
}
