import Foundation

/// `removed-url`: every URL the previous site served (`--previous`) must be
/// served by this build, as a page, an alias redirect, an asset, a theme
/// file or one of the files every site gets. A URL without a trailing slash
/// is served by the page at the URL with one (static hosts redirect `/a` to
/// `/a/`), and `/a/index.html` by the page `/a/`.
///
/// The diagnostic points where the URL was read: the sitemap's or list's
/// line and column, or the file of the previous output folder. Its note
/// names the fix: the alias to add, and to which page when one looks like
/// the new home (`NewHomeGuess`).
struct RemovedURLCheck {
    private let site: SiteIndex
    private let siteRoot: URL
    /// Theme and standard files: paths relative to the output folder.
    private let files: Set<String>

    init(_ site: SiteIndex, _ config: SiteConfig, _ theme: Theme?, _ siteRoot: URL) {
        self.site = site
        self.siteRoot = siteRoot
        let loadedTheme =
            theme
            ?? (try? Theme.load(
                folder: siteRoot.appendingPathComponent(config.templatesFolder),
                displayPrefix: config.templatesFolder, siteRoot: siteRoot))
        var files = Set(loadedTheme?.staticFiles.map(\.path) ?? [])
        files.formUnion([SearchIndex.path, RobotsFile.path, "404.html"])
        if config.normalizedBaseURL != nil { files.insert(Sitemap.path) }
        self.files = files
    }

    func check(_ previous: PreviousSite) -> [Diagnostic] {
        var seen = Set<String>()
        let removed = previous.urls.filter { seen.insert($0.path).inserted && !isServed($0.path) }
        guard !removed.isEmpty else { return [] }
        var guesses = NewHomeGuess(site: site, siteRoot: siteRoot, previousPaths: seen)
        return removed.map { url in
            let text = url.htmlFile.flatMap(PreviousPageText.init(htmlFile:))
            return Diagnostic(
                .error, code: DiagnosticCode.removedURL.rawValue,
                message:
                    "`\(url.written)` was served by the previous site and is not served now: no page, alias or file at `\(url.path)`",
                file: url.file, line: url.line, column: url.column, target: url.written,
                notes: [
                    note(for: url, guess: isPageLike(url.path) ? guesses.guess(for: url.path, previous: text) : nil)
                ])
        }
    }

    private func isServed(_ path: String) -> Bool {
        if path.hasSuffix("/") { return isPageServed(path) }
        if isFileServed(String(path.dropFirst())) { return true }
        if path.hasSuffix("/index.html") { return isPageServed(String(path.dropLast("index.html".count))) }
        return isPageServed(path + "/")
    }

    private func isPageServed(_ url: String) -> Bool {
        if let page = site.page(atURL: url), site.isPublished(page) { return true }
        return isFileServed(PageURL.outputPath(forURL: url))
    }

    private func isFileServed(_ file: String) -> Bool { site.assets.contains(file) || files.contains(file) }

    /// A page's URL, or a file's that an alias can stand for: no extension but `.html`.
    private func isPageLike(_ path: String) -> Bool {
        let last = path.split(separator: "/").last ?? ""
        return path.hasSuffix("/") || !last.contains(".") || last.hasSuffix(".html")
    }

    private func note(for url: PreviousURL, guess: NewHomeGuess.Guess?) -> String {
        guard isPageLike(url.path) else {
            return
                "aliases redirect pages, not files: publish a file at `content\(url.path)` again (or keep a copy there)"
        }
        // The alias as a reader's link names it, encoded so any path is valid YAML.
        var alias = url.path
        if alias.hasSuffix("/index.html") { alias.removeLast("index.html".count) }
        let written = URLPathEncoder.encode(path: alias)
        guard case .success = PageURL.explicit(written) else {
            return "restore the page: `\(url.path)` cannot be an alias (see unsafe-url)"
        }
        guard let guess, let file = site.pages[guess.page].file else {
            return
                "no current page looks like its new home: restore it, or add `aliases: [\(written)]` to the front matter of the page that replaces it"
        }
        let why = "\(file) looks like its new home (\(guess.reasons.joined(separator: ", ")))"
        if site.pages[guess.page].frontMatter.aliases.isEmpty {
            return "\(why): add `aliases: [\(written)]` to the front matter of \(file)"
        }
        return "\(why): add `\(written)` to the `aliases:` list in the front matter of \(file)"
    }
}
