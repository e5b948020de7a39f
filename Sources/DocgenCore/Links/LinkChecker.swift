import DocgenMarkdown
import Foundation

/// Checks every link of a page against the site and reports what links.md
/// lists: missing pages, anchors and assets, malformed link syntax, undefined
/// references, empty links, links to drafts and omitted raw HTML; and the
/// problems of the Markdown dialect (tables, callouts, footnotes, heading ids).
/// Severities are the codes' defaults, which `links.severity` may change.
struct LinkChecker: Sendable {
    let site: SiteIndex
    let resolver: LinkResolver
    let rawHTMLPublished: Bool
    private let pageSuggester: PathSuggester
    private let assetSuggester: PathSuggester
    /// Lowercased page title → the first page (in page order) with it, for `[words]` that name one.
    let pagesByTitle: [String: Int]
    /// The URL a page's file would give it → the page, for pages `url:` or `slug:` moved.
    private let movedPages: [String: Int]
    /// The path of `base_url` (`/docs`), when it has one.
    private let basePath: String?

    struct PageResult: Sendable {
        var diagnostics: [Diagnostic] = []
        /// One per link of the page, in the page's link order.
        var resolutions: [LinkResolution] = []
    }

    init(site: SiteIndex, baseURL: String?, rawHTMLPublished: Bool) {
        self.site = site
        self.resolver = LinkResolver(site: site, baseURL: baseURL)
        self.rawHTMLPublished = rawHTMLPublished
        self.pageSuggester = PathSuggester(paths: site.pages.map(\.url) + site.assets.map { "/" + $0 })
        self.assetSuggester = PathSuggester(paths: site.assets.map { "/" + $0 })
        (self.pagesByTitle, self.movedPages) = Self.titlesAndMovedPages(of: site)
        self.basePath = baseURL.flatMap(Self.path(ofBaseURL:))
    }

    /// Lowercased title → its first page, for the did-you-mean of `[words]`;
    /// file-based URL → the page that `url:` or `slug:` moved from it.
    private static func titlesAndMovedPages(of site: SiteIndex) -> (titles: [String: Int], moved: [String: Int]) {
        var titles: [String: Int] = [:]
        var moved: [String: Int] = [:]
        for (index, page) in site.pages.enumerated() where !page.isGenerated {
            if titles[page.title.lowercased()] == nil { titles[page.title.lowercased()] = index }
            // Only `url:` and `slug:` move a page from its file's URL.
            guard page.frontMatter.url != nil || page.frontMatter.slug != nil else { continue }
            let fileURL = PageURL.defaultURL(forSourcePath: page.sourcePath)
            if fileURL != page.url, site.page(atURL: fileURL) == nil { moved[fileURL] = index }
        }
        return (titles, moved)
    }

    /// `https://auth0.com/docs` → `/docs`; nil for a site at its host's root.
    static func path(ofBaseURL url: String) -> String? {
        let path = SiteConfig.basePath(of: url)
        return path.isEmpty ? nil : path
    }

    /// This checker for `site`, a version of its site whose URLs and assets
    /// are the same (pages edited in place): the suggestions are kept.
    func checking(_ site: SiteIndex) -> LinkChecker {
        LinkChecker(
            site: site, resolver: LinkResolver(site: site, baseURL: resolver.baseURL),
            rawHTMLPublished: rawHTMLPublished, pageSuggester: pageSuggester, assetSuggester: assetSuggester)
    }

    private init(
        site: SiteIndex, resolver: LinkResolver, rawHTMLPublished: Bool, pageSuggester: PathSuggester,
        assetSuggester: PathSuggester
    ) {
        self.site = site
        self.resolver = resolver
        self.rawHTMLPublished = rawHTMLPublished
        self.pageSuggester = pageSuggester
        self.assetSuggester = assetSuggester
        // Edits in place may change titles (and `slug:` with the same result).
        (self.pagesByTitle, self.movedPages) = Self.titlesAndMovedPages(of: site)
        self.basePath = resolver.baseURL.flatMap(Self.path(ofBaseURL:))
    }

    func check(_ pageIndex: Int) -> PageResult {
        check(site.pages[pageIndex], published: site.isPublished(pageIndex))
    }

    /// Checks `page`, which need not be one of the site's (an unincluded partial is not).
    func check(_ page: Page, published linkingPagePublished: Bool) -> PageResult {
        guard let markdown = page.markdown else { return PageResult() }
        var result = PageResult()
        let sourceFolder = page.sourceFolder
        result.resolutions.reserveCapacity(markdown.links.count)
        for link in markdown.links {
            // A link in included text: file links resolve from the partial's
            // folder, URL-relative links against this page's URL.
            let origin = page.sourceMap?.origin(of: link.position)
            let context = LinkContext(
                folder: origin.map(\.file.contentFolder) ?? sourceFolder, isIncluded: origin?.isIncluded ?? false)
            let resolution = resolver.resolve(link.destination, from: page, sourceFolder: context.folder)
            result.resolutions.append(resolution)
            if let placeholder = Self.placeholderDiagnostic(link, resolution, in: page) {
                result.diagnostics.append(placeholder)
            } else if let diagnostic = diagnose(
                link, resolution, in: page, context: context, published: linkingPagePublished)
            {
                result.diagnostics.append(diagnostic)
            }
        }
        for problem in markdown.syntaxProblems + markdown.bracketedText {
            if let diagnostic = diagnose(problem, in: page) { result.diagnostics.append(diagnostic) }
        }
        for problem in markdown.problems {
            result.diagnostics.append(
                Diagnostic(
                    DiagnosticCode(problem.kind), message: problem.message, file: page.file, at: problem.position,
                    target: problem.target, notes: problem.notes))
        }
        if let position = markdown.firstRawHTML, !rawHTMLPublished {
            result.diagnostics.append(
                Diagnostic(
                    .rawHTMLOmitted,
                    message:
                        "this page has raw HTML, which is not published; set `raw_html: true` in docgen.yml for trusted content",
                    file: page.file, at: position))
        }
        if let map = page.sourceMap { result.diagnostics = result.diagnostics.map { map.placing($0) } }
        return result
    }

    // MARK: - Links

    private func diagnose(
        _ link: MarkdownLink, _ resolution: LinkResolution, in page: Page, context: LinkContext, published: Bool
    ) -> Diagnostic? {
        let written = link.destination
        switch resolution {
        case .external, .asset:
            return nil
        case .empty:
            return Diagnostic(
                .emptyLink, message: "the link has an empty destination", file: page.file,
                at: link.position, target: written)
        case .page(let target, let fragment, _):
            let targetPage = site.pages[target]
            if published, !site.isPublished(target) {
                return Diagnostic(
                    .linkToDraft,
                    message:
                        "`\(written)` links to \(targetPage.file ?? targetPage.url), a draft this build does not publish",
                    file: page.file, at: link.position, target: written)
            }
            guard let fragment, !fragment.isEmpty, !link.isImage else { return nil }
            let anchors = site.anchors(of: target)
            guard !anchors.contains(fragment) else { return nil }
            // In included text, "this page" is the including page: say which.
            let where_ =
                targetPage.url == page.url && !context.isIncluded
                ? "this page"
                : "`\(URLPathEncoder.encodeForDisplay(path: targetPage.url))` (\(targetPage.file ?? "generated section"))"
            return Diagnostic(
                .missingAnchor,
                message: "`\(written)`: no heading or id `#\(fragment)` on \(where_)",
                file: page.file, at: link.position, target: written,
                notes: anchorNotes(fragment, anchors)
                    + literalDelimiterNotes(written, from: page, folder: context.folder))
        case .missing(let lookedFor, let asFile):
            let isAsset = link.isImage || Self.hasFileExtension(lookedFor)
            let what = isAsset ? "file" : "page"
            // When the `#` or `?` taken literally names a file, that is the suggestion.
            let literalNotes = literalDelimiterNotes(written, from: page, folder: context.folder)
            // A file link in included text names the same file from every
            // page: say so, and it is one problem however many pages include it.
            var looked = "`\(lookedFor)`"
            if context.isIncluded, isAsset || LinkTarget(written).path.hasSuffix(".md"), let asFile,
                let file = page.file, file.hasSuffix(page.sourcePath)
            {
                looked = "the file `\(file.dropLast(page.sourcePath.count))\(asFile)`"
            }
            return Diagnostic(
                isAsset ? .missingAsset : .missingPage,
                message: "`\(written)` matches no \(what) of this site (looked for \(looked))",
                file: page.file, at: link.position, target: written,
                notes: literalNotes.isEmpty
                    ? missingNotes(written, lookedFor: lookedFor, asFile: asFile, isAsset: isAsset, from: page)
                    : literalNotes)
        }
    }

    private func anchorNotes(_ fragment: String, _ anchors: Set<String>) -> [String] {
        if let sameCase = anchors.first(where: { $0.lowercased() == fragment.lowercased() }) {
            return ["only the case differs: the anchor is `#\(sameCase)`"]
        }
        if let nearest = EditDistance.nearest(to: fragment, in: anchors.sorted()) {
            return ["did you mean `#\(nearest)`?"]
        }
        return []
    }

    private func missingNotes(_ written: String, lookedFor: String, asFile: String?, isAsset: Bool, from page: Page)
        -> [String]
    {
        var notes: [String] = []
        let url = isAsset ? lookedFor : LinkResolver.pageURL(for: lookedFor)
        if let basePath, written.hasPrefix(basePath + "/") {
            // `/docs/scopes/x` on a site at `…/docs`: docgen adds the base path itself.
            let stripped = String(written.dropFirst(basePath.count))
            notes.append("this link already starts with the base path `\(basePath)`; write `\(stripped)`")
            let strippedPath = LinkTarget(stripped).path
            if case .missing = resolver.resolve(stripped, from: page, sourceFolder: page.sourceFolder),
                let suggestion = (isAsset ? assetSuggester : pageSuggester).suggestion(for: strippedPath)
            {
                notes.append("did you mean `\(URLPathEncoder.encodeForDisplay(path: suggestion))`?")
            }
            return notes
        }
        if !isAsset, let moved = movedPages[url] {
            let target = site.pages[moved]
            notes.append(
                "`\(URLPathEncoder.encodeForDisplay(path: url))` is where \(target.file ?? target.sourcePath) would be, but its front matter moved it to `\(URLPathEncoder.encodeForDisplay(path: target.url))`: link to that URL, or to the file"
            )
            return notes
        }
        if let asFile, let variant = site.caseVariant(ofFile: asFile) {
            notes.append("only the case differs: the file is `\(variant)` (paths are case-sensitive)")
        } else if let variant = site.caseVariant(of: url) {
            notes.append(
                "only the case differs: `\(URLPathEncoder.encodeForDisplay(path: variant))` exists (URLs are case-sensitive on most servers)"
            )
        } else if let suggestion = (isAsset ? assetSuggester : pageSuggester).suggestion(for: lookedFor) {
            notes.append("did you mean `\(URLPathEncoder.encodeForDisplay(path: suggestion))`?")
        }
        if let asFile, !written.hasSuffix(".md"), !written.hasPrefix("/"),
            let source = site.page(atSource: asFile + ".md")
        {
            let file = site.pages[source].file ?? asFile + ".md"
            let target = LinkTarget(written)
            let fileLink = target.path + ".md" + (target.fragment.map { "#" + $0 } ?? "")
            notes.append(
                "a browser resolves `\(written)` against this page's URL `\(URLPathEncoder.encodeForDisplay(path: page.url))`; to link to \(file) write `\(fileLink)`"
            )
        }
        return notes
    }

    /// A raw `#` or `?` in a link starts a fragment or a query, as in any
    /// URL. When the link would name a page or file with them taken
    /// literally (`/c#d/` for `content/c#d.md`), says how to write it.
    private func literalDelimiterNotes(_ written: String, from page: Page, folder: String) -> [String] {
        guard written.utf8.dropFirst().contains(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }),
            !written.hasPrefix("#")
        else { return [] }
        var literal = ""
        for character in written {
            switch character {
            case "#": literal += "%23"
            case "?": literal += "%3F"
            default: literal.append(character)
            }
        }
        let name: String
        switch resolver.resolve(literal, from: page, sourceFolder: folder) {
        case .page(let target, _, _):
            name = site.pages[target].file ?? "`\(URLPathEncoder.encodeForDisplay(path: site.pages[target].url))`"
        case .asset(let path, _, _): name = "`\(path)`"
        default: return []
        }
        return [
            "`#` starts a fragment and `?` a query in a URL; to link to \(name) write `\(literal)`"
        ]
    }

    static func hasFileExtension(_ path: String) -> Bool {
        guard let last = path.split(separator: "/").last, !path.hasSuffix("/"), let dot = last.lastIndex(of: ".") else {
            return false
        }
        let ext = last[last.index(after: dot)...].lowercased()
        return !ext.isEmpty && ext != "md" && ext != "html" && ext.allSatisfy { $0.isLetter || $0.isNumber }
    }
}
