import Foundation

/// Which current page looks like the new home of a URL the previous site
/// served, and why: the same file name or slug, the same title, or mostly
/// the same text (the last two only when the previous output folder has the
/// old page's HTML).
///
/// A name match alone counts only for a page whose URL is new (it did not
/// exist before): two sections' `setup` pages are not each other's new home.
/// A title or text match may point at a page that existed (a page merged
/// into another).
struct NewHomeGuess {
    struct Guess: Equatable {
        var page: Int
        var reasons: [String]
    }

    private let site: SiteIndex
    private let siteRoot: URL
    /// Pages with a Markdown file (only they have front matter to add an alias to).
    private let candidates: [Int]
    private let isNew: [Int: Bool]
    private var byName: [String: [Int]] = [:]
    private var byTitle: [String: [Int]] = [:]
    private var words: [Int: Set<String>] = [:]
    /// Text is compared with new pages only, and only this many comparisons
    /// in all: a site that lost thousands of pages gets no text guesses rather than a slow check.
    private var comparisonsLeft = 200_000

    init(site: SiteIndex, siteRoot: URL, previousPaths: Set<String>) {
        self.site = site
        self.siteRoot = siteRoot
        candidates = site.pages.indices.filter { site.pages[$0].file != nil && site.isPublished($0) }
        var isNew: [Int: Bool] = [:]
        for page in candidates {
            let url = site.pages[page].url
            isNew[page] =
                !previousPaths.contains(url) && !previousPaths.contains(String(url.dropLast()))
                && !previousPaths.contains(url + "index.html")
            for name in Self.names(of: site.pages[page]) { byName[name, default: []].append(page) }
            byTitle[Self.normalizedTitle(site.pages[page].title), default: []].append(page)
        }
        self.isNew = isNew
    }

    /// The best guess for `path`, or nil when no page looks like it.
    mutating func guess(for path: String, previous: PreviousPageText?) -> Guess? {
        var scores: [Int: (score: Double, reasons: [String])] = [:]
        let name = Self.lastSegment(path)
        let key = Self.slugKey(name)
        for page in key.isEmpty ? [] : byName[key] ?? [] where isNew[page] == true {
            let stem = Self.fileStem(site.pages[page])
            let reason =
                stem == name ? "same file name `\(name)`" : "same slug `\(Self.lastSegment(site.pages[page].url))`"
            scores[page] = (stem == name ? 4 : 3, [reason])
        }
        if let title = previous?.title, !title.isEmpty {
            for page in byTitle[Self.normalizedTitle(title)] ?? [] {
                scores[page, default: (0, [])].score += 4
                scores[page, default: (0, [])].reasons.append("same title “\(title)”")
            }
        }
        if let previousWords = previous?.words, previousWords.count >= 10 {
            for page in candidates where isNew[page] == true && comparisonsLeft > 0 {
                comparisonsLeft -= 1
                let current = words(of: page)
                let shared = previousWords.intersection(current).count
                // |A ∪ B| = |A| + |B| − |A ∩ B|, without building the union.
                let similarity = Double(shared) / Double(previousWords.count + current.count - shared)
                guard similarity >= 0.5 else { continue }
                scores[page, default: (0, [])].score += 5 * similarity
                scores[page, default: (0, [])].reasons.append(
                    "mostly the same text (\(Int((similarity * 100).rounded(.down)))% of the words)")
            }
        }
        let best = scores.max { lhs, rhs in
            let left = (lhs.value.score + (isNew[lhs.key] == true ? 1 : 0), -distance(path, lhs.key))
            let right = (rhs.value.score + (isNew[rhs.key] == true ? 1 : 0), -distance(path, rhs.key))
            if left != right { return left < right }
            return site.pages[lhs.key].url > site.pages[rhs.key].url
        }
        return best.map { Guess(page: $0.key, reasons: $0.value.reasons) }
    }

    private func distance(_ path: String, _ page: Int) -> Int {
        EditDistance.between(path, site.pages[page].url)
    }

    private mutating func words(of page: Int) -> Set<String> {
        if let known = words[page] { return known }
        var found = Set<String>()
        if let file = site.pages[page].file, let bytes = FileBytes.read(siteRoot.appendingPathComponent(file).path) {
            found = PreviousPageText.words(String(decoding: bytes, as: UTF8.self))
        }
        words[page] = found
        return found
    }

    /// The keys a page is found under: its URL's last segment and its file's stem.
    private static func names(of page: Page) -> Set<String> {
        [slugKey(lastSegment(page.url)), slugKey(fileStem(page))]
    }

    /// `access_token` for `tokens/access_token.md`; the folder's name for an `index.md`.
    static func fileStem(_ page: Page) -> String {
        var name = page.sourcePath.split(separator: "/").last.map(String.init) ?? ""
        if name.hasSuffix(".md") { name.removeLast(3) }
        if name == "index" { name = page.sourceFolder.split(separator: "/").last.map(String.init) ?? "" }
        return name
    }

    /// The last segment of a path, without `index.html` and `.html`.
    static func lastSegment(_ path: String) -> String {
        var segments = path.split(separator: "/").map(String.init)
        if segments.last == "index.html" { segments.removeLast() }
        var last = segments.last ?? ""
        if last.hasSuffix(".html") { last.removeLast(5) }
        return last
    }

    /// Names that differ only in case or in `-`, `_`, `.` and spaces are one slug.
    static func slugKey(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { "-_. ".contains($0) }).joined(separator: "-")
    }

    private static func normalizedTitle(_ title: String) -> String {
        title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
