import DocgenMarkdown
import Foundation

/// Every page, alias and asset of a site by URL: what link resolution,
/// navigation and rendering look things up in. Built once per build.
public struct SiteIndex: Sendable {
    /// Source pages in path order, then generated section pages.
    public private(set) var pages: [Page]
    public let includesDrafts: Bool
    /// Content-relative asset paths (`assets/logo.png`), served at `/` + path.
    public let assets: Set<String>
    private(set) var pageByURL: [String: Int] = [:]
    private(set) var aliasTarget: [String: Int] = [:]
    private(set) var pageBySource: [String: Int] = [:]
    /// Anchors of each page, computed once.
    private(set) var anchors: [Set<String>] = []
    /// Lowercased URL or asset path → the one that exists, for "only the case differs".
    private(set) var caseFolded: [String: String] = [:]
    /// Lowercased content-relative file path → the one that exists.
    private(set) var caseFoldedFiles: [String: String] = [:]

    /// Indexes `pages`, adds a generated page for every section folder without
    /// an `index.md`, and reports pages, aliases and assets that claim one URL.
    /// `anchors` are the pages' anchor sets when the caller kept them.
    static func build(
        pages sourcePages: [Page], inventory: ContentInventory, includesDrafts: Bool, siteTitle: String,
        anchors knownAnchors: [Set<String>]? = nil
    ) -> (SiteIndex, [Diagnostic]) {
        var index = SiteIndex(pages: [], includesDrafts: includesDrafts, assets: Set(inventory.assets))
        var diagnostics: [Diagnostic] = []
        var claimedOutputs: [String: String] = [:]  // output path → who claims it
        for asset in inventory.assets { claimedOutputs[asset] = "content/" + asset }

        // The anchor sets are the costly part of adding a page; made on all cores.
        let anchorSets = knownAnchors ?? Parallel.map(sourcePages) { $0.anchors }
        for (page, anchors) in zip(sourcePages, anchorSets) {
            if let other = index.pageByURL[page.url] {
                diagnostics.append(
                    duplicate(page, url: page.url, other: index.pages[other].file ?? index.pages[other].sourcePath))
                continue
            }
            let output = PageURL.outputPath(forURL: page.url)
            if let claimant = claimedOutputs[output] {
                diagnostics.append(duplicate(page, url: page.url, other: claimant))
                continue
            }
            claimedOutputs[output] = page.file
            index.add(page, anchors: anchors)
        }
        let foldersWithPages = Self.foldersHoldingMarkdown(inventory)
        for folder in inventory.folders where index.needsGeneratedSection(folder, holdsPages: foldersWithPages) {
            index.add(generatedSection(folder, siteTitle: siteTitle))
        }
        for (position, page) in index.pages.enumerated() {
            for alias in page.frontMatter.aliases {
                let url: String
                switch PageURL.explicit(alias) {
                case .success(let normalized): url = normalized
                case .failure(let reason):
                    diagnostics.append(
                        Diagnostic(
                            .error, code: .unsafeURL,
                            message:
                                "alias `\(UnsafeURLReason.shown(alias))` is not a safe path of this site: \(reason.explanation); no redirect page is written for it",
                            file: page.file, at: page.frontMatter.keyLines["aliases"].map { .init(line: $0, column: 1) }
                        ))
                    continue
                }
                let output = PageURL.outputPath(forURL: url)
                if let claimant = index.pageByURL[url].map({ index.pages[$0].file ?? "" }) ?? claimedOutputs[output] {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: .duplicateURL,
                            message:
                                "alias `\(alias)` is the URL of \(claimant); a redirect page cannot be written there",
                            file: page.file, at: page.frontMatter.keyLines["aliases"].map { .init(line: $0, column: 1) }
                        ))
                    continue
                }
                claimedOutputs[output] = page.file
                index.aliasTarget[url] = position
            }
        }
        for url in index.pageByURL.keys { index.caseFolded[url.caseInsensitiveKey] = url }
        for asset in index.assets { index.caseFolded["/" + asset.caseInsensitiveKey] = "/" + asset }
        for file in Array(index.assets) + Array(index.pageBySource.keys) {
            index.caseFoldedFiles[file.caseInsensitiveKey] = file
        }
        return (index, diagnostics)
    }

    private init(pages: [Page], includesDrafts: Bool, assets: Set<String>) {
        self.pages = pages
        self.includesDrafts = includesDrafts
        self.assets = assets
    }

    private mutating func add(_ page: Page, anchors pageAnchors: Set<String>? = nil) {
        pageByURL[page.url] = pages.count
        if !page.isGenerated { pageBySource[page.sourcePath] = pages.count }
        anchors.append(pageAnchors ?? page.anchors)
        pages.append(page)
    }

    /// Puts a new version of page `index` in place, where it keeps its URL,
    /// aliases and draft state (a session's rebuild of one edited page): what
    /// the index made of the page's place (section page, folder) stays.
    mutating func replacePage(_ index: Int, with page: Page, anchors pageAnchors: Set<String>) {
        var page = page
        page.isSection = pages[index].isSection
        page.folder = pages[index].folder
        pages[index] = page
        anchors[index] = pageAnchors
    }

    // MARK: - Lookups

    public func page(atURL url: String) -> Int? { pageByURL[url] ?? aliasTarget[url] }
    public func page(atSource path: String) -> Int? { pageBySource[path] }
    public func isPublished(_ page: Int) -> Bool { includesDrafts || !pages[page].isDraft }
    public func anchors(of page: Int) -> Set<String> { anchors[page] }
    /// The existing URL or `/asset` path that differs from `path` only in case.
    func caseVariant(of path: String) -> String? { caseFolded[path.caseInsensitiveKey] }

    /// The existing content file (page source or asset) that differs from `path` only in case.
    func caseVariant(ofFile path: String) -> String? {
        caseFoldedFiles[path.caseInsensitiveKey] ?? caseFoldedFiles[(path + ".md").caseInsensitiveKey]
    }

    /// Aliases with the page they redirect to, in URL order.
    public var aliases: [(url: String, page: Int)] {
        aliasTarget.map { ($0.key, $0.value) }.sorted { $0.url < $1.url }
    }

    // MARK: - Building helpers

    /// A folder with Markdown pages needs a generated page unless its `index.md`
    /// (wherever `url:` moved it) or a page at the folder's URL stands for it.
    private mutating func needsGeneratedSection(_ folder: String, holdsPages: Set<String>) -> Bool {
        let prefix = folder.isEmpty ? "" : folder + "/"
        if pageBySource[prefix + "index.md"] != nil { return false }
        if let claimant = pageByURL[folder.isEmpty ? "/" : "/" + folder + "/"] {
            // `content/tokens.md` at `/tokens/` becomes the page of section `tokens`.
            if !pages[claimant].isSection {
                pages[claimant].isSection = true
                pages[claimant].folder = folder
            }
            return false
        }
        return holdsPages.contains(folder)
    }

    /// Every folder with a Markdown file in it or below it ("" included when
    /// there is any): one pass over the files, not one per folder.
    private static func foldersHoldingMarkdown(_ inventory: ContentInventory) -> Set<String> {
        var folders = Set<String>()
        for file in inventory.markdownFiles {
            folders.insert("")
            var path = Substring(file)
            while let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
                path = path[..<slash]
                guard folders.insert(String(path)).inserted else { break }
            }
        }
        return folders
    }

    private static func generatedSection(_ folder: String, siteTitle: String) -> Page {
        let name = folder.split(separator: "/").last.map(String.init) ?? ""
        return Page(
            sourcePath: folder, file: nil, url: folder.isEmpty ? "/" : "/" + folder + "/",
            title: folder.isEmpty ? siteTitle : humanize(name), frontMatter: FrontMatter(), markdown: nil,
            folder: folder, isSection: true)
    }

    /// `getting-started` → `Getting started`: a readable title for a folder.
    static func humanize(_ name: String) -> String {
        let spaced = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    private static func duplicate(_ page: Page, url: String, other: String) -> Diagnostic {
        let line = page.frontMatter.keyLines["url"] ?? page.frontMatter.keyLines["slug"]
        return Diagnostic(
            .error, code: .duplicateURL,
            message: "`\(url)` is claimed by both \(other) and this file; this file is not published",
            file: page.file, at: line.map { SourcePosition(line: $0, column: 1) })
    }
}
