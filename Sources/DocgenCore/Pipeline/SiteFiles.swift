import Foundation

/// The files of a built site, listed with where their bytes come from: the
/// published pages, redirect pages of aliases, assets, the theme's static
/// files and the standard files. Rendering happens when a sink asks a file
/// for its bytes (`OutputFile.Contents.generated`).
enum SiteFiles {
    /// Every file of the site, in the order `docgen build` lists them, and
    /// the diagnostics of theme files that content files displace.
    static func all(
        published: [Int], resolutions: [[LinkResolution]], renderer: PageRenderer, inventory: ContentInventory,
        contentRoot: URL, searchIndex: () -> @Sendable () -> [UInt8]?
    ) -> (files: [OutputFile], diagnostics: [Diagnostic], standard: Set<String>) {
        var files = published.map { page($0, renderer: renderer, resolutions: resolutions[$0]) }
        files += redirects(renderer: renderer)
        files += assets(inventory, contentRoot: contentRoot)
        let theme = themeFiles(
            renderer.theme, taken: Set(files.map(\.path)), contentFolder: renderer.config.contentFolder)
        files += theme.files
        let standard = standardFiles(renderer: renderer, taken: Set(files.map(\.path)), searchIndex: searchIndex)
        files += standard
        return (files, theme.diagnostics, Set(standard.map(\.path)))
    }

    /// The page's file, rendered when its bytes are asked for.
    static func page(_ index: Int, renderer: PageRenderer, resolutions: [LinkResolution]) -> OutputFile {
        OutputFile(
            path: PageURL.outputPath(forURL: renderer.site.pages[index].url),
            contents: .generated { renderer.render(index, resolutions: resolutions) })
    }

    /// A redirect page for every alias of a published page, in URL order.
    static func redirects(renderer: PageRenderer) -> [OutputFile] {
        let site = renderer.site
        return site.aliases.filter { site.isPublished($0.page) }.map { url, target in
            let html = RedirectPage.html(to: renderer.link(to: target), title: site.pages[target].title)
            return OutputFile(path: PageURL.outputPath(forURL: url), contents: .bytes(Array(html.utf8)))
        }
    }

    /// The content folder's assets, copied as they are.
    static func assets(_ inventory: ContentInventory, contentRoot: URL) -> [OutputFile] {
        inventory.assets.map { asset in
            let source = URL(fileURLWithPath: inventory.location(of: asset, in: contentRoot.path))
            return OutputFile(path: asset, contents: .copy(of: source))
        }
    }

    /// The theme's `static/` files, except where content already claims the
    /// path (reported: the content file is published).
    static func themeFiles(_ theme: Theme, taken: Set<String>, contentFolder: String) -> (
        files: [OutputFile], diagnostics: [Diagnostic]
    ) {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        // The built-in theme's files give way to the site's own silently:
        // a site that publishes its own `search.js` chose to.
        let builtIn = Set(theme.files.filter { $0.origin == .builtIn }.map(\.name))
        for (path, bytes) in theme.staticFiles {
            if taken.contains(path), builtIn.contains("static/" + path) { continue }
            guard !taken.contains(path) else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: DiagnosticCode.duplicateURL.rawValue,
                        message:
                            "theme file static/\(path) and content/\(path) claim one URL; the content file is published",
                        file: contentFolder + "/" + path))
                continue
            }
            files.append(OutputFile(path: path, contents: .bytes(Array(bytes))))
        }
        return (files, diagnostics)
    }

    /// `search-index.json` (`searchIndex` makes its producer, only when it
    /// is written), `sitemap.xml` (when
    /// `base_url` is set: it needs absolute URLs), `robots.txt` and
    /// `404.html`, unless the content or the theme has its own.
    static func standardFiles(
        renderer: PageRenderer, taken: Set<String>, searchIndex: () -> @Sendable () -> [UInt8]?
    ) -> [OutputFile] {
        let site = renderer.site
        let config = renderer.config
        var files: [OutputFile] = []
        if !taken.contains(SearchIndex.path) {
            files.append(OutputFile(path: SearchIndex.path, contents: .generated(searchIndex())))
        }
        var sitemapURL: String?
        if let base = config.normalizedBaseURL, !taken.contains(Sitemap.path) {
            let urls = site.pages.indices.filter { site.isPublished($0) && !site.pages[$0].isDraft }
                .map { renderer.canonicalURL(of: $0) }.sorted()
            files.append(OutputFile(path: Sitemap.path, contents: .bytes(Array(Sitemap.xml(absoluteURLs: urls).utf8))))
            sitemapURL = base + "/" + Sitemap.path
        }
        if !taken.contains(RobotsFile.path) {
            let text = RobotsFile.text(sitemapURL: sitemapURL)
            files.append(OutputFile(path: RobotsFile.path, contents: .bytes(Array(text.utf8))))
        }
        if !taken.contains("404.html") { files.append(notFound(renderer: renderer)) }
        return files
    }

    /// `404.html`, as static hosts serve it for every URL they do not have.
    static func notFound(renderer: PageRenderer) -> OutputFile {
        OutputFile(path: "404.html", contents: .generated { renderer.renderNotFound() })
    }
}
