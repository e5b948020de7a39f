import DocgenMarkdown
import Foundation

/// The pipeline of architecture.md: load → front matter → parse → index →
/// check → render → write. Per-page stages run on all cores; everything that
/// reaches the output or the diagnostics is sorted, so any core count gives
/// the same bytes.
public enum SiteBuilder {
    public static func run(_ options: BuildOptions) throws(SetupError) -> BuildReport {
        let started = Date()
        let startedReading = Fingerprint.now()
        var timings = StageTimings()
        let root = options.siteRoot.standardizedFileURL
        var config = try ConfigLoader.load(siteRoot: root)
        config.linkPolicy.warningsAsErrors = options.warningsAsErrors || config.linkPolicy.warningsAsErrors
        let contentRoot = root.appendingPathComponent(config.contentFolder).standardizedFileURL
        guard FileManager.default.fileExists(atPath: contentRoot.path) else {
            throw SetupError(
                code: .config,
                message: "no content folder: \(contentRoot.path) does not exist (set `content_dir` in docgen.yml)")
        }
        let output = (options.output ?? root.appendingPathComponent(config.outputFolder)).standardizedFileURL
        if options.writesSite, output.path == contentRoot.path || output.path.hasPrefix(contentRoot.path + "/") {
            throw SetupError(
                code: .output,
                message:
                    "the output folder \(output.path) is inside the content folder; choose another with --output or `output_dir`"
            )
        }
        // The output folder is replaced whole: it must not hold the site's own files.
        if options.writesSite,
            output.path == "/" || root.path == output.path || root.path.hasPrefix(output.path + "/")
                || contentRoot.path.hasPrefix(output.path + "/")
        {
            throw SetupError(
                code: .output,
                message:
                    "the output folder \(output.path) holds the site's own files and would be replaced; choose another with --output or `output_dir`"
            )
        }
        let theme =
            options.writesSite
            ? try Theme.load(
                folder: root.appendingPathComponent(config.templatesFolder), displayPrefix: config.templatesFolder,
                siteRoot: root)
            : nil
        timings.finish("setup")

        let inventory = try ContentInventory.scan(
            contentRoot, excluding: output, displayPrefix: config.contentFolder, siteRoot: root)
        let loader = PageLoader(
            contentRoot: contentRoot, contentPrefix: config.contentFolder,
            parser: MarkdownParser(
                allowsRawHTML: config.rawHTML, ownSiteURL: config.normalizedBaseURL,
                rendersHTML: options.writesSite, extensions: config.markdownExtensions),
            symlinkedFiles: inventory.symlinkedFiles, siteRoot: root)
        timings.finish("scan")
        var inputs: Fingerprint?
        if options.writesSite, options.reusesUnchangedBuild {
            let fingerprint = BuildStamp.fingerprint(
                options: options, output: output, siteRoot: root,
                templates: root.appendingPathComponent(config.templatesFolder), contentRoot: contentRoot,
                inventory: inventory)
            if let stamp = BuildStamp.load(siteRoot: root), stamp.matches(inputs: fingerprint, output: output) {
                timings.finish("up-to-date check")
                return BuildReport(
                    diagnostics: stamp.diagnostics, sourcePages: stamp.sourcePages,
                    publishedPages: stamp.publishedPages, links: stamp.links,
                    seconds: Date().timeIntervalSince(started), output: output,
                    files: OutputWriter.Summary(unchanged: stamp.files), upToDate: true, timings: timings)
            }
            timings.finish("up-to-date check")
            inputs = fingerprint
            BuildStamp.remove(siteRoot: root)
        }
        let spool = options.writesSite ? HTMLSpool() : nil
        let loaded = Parallel.map(inventory.markdownFiles) { path in
            var result = loader.load(path)
            if let spool, let html = result.page?.markdown?.html, let entry = spool.store(html) {
                result.page?.markdown?.html = RenderedHTML(pieces: [], slots: [])
                result.page?.spooledHTML = entry
            }
            return result
        }
        timings.finish("read+parse")
        var diagnostics = inventory.diagnostics + loaded.flatMap(\.diagnostics)
        let (site, indexDiagnostics) = SiteIndex.build(
            pages: loaded.compactMap(\.page), inventory: inventory, includesDrafts: options.includeDrafts,
            siteTitle: config.title)
        diagnostics += indexDiagnostics
        timings.finish("index")

        let checker = LinkChecker(site: site, baseURL: config.normalizedBaseURL, rawHTMLPublished: config.rawHTML)
        let checked = Parallel.map(Array(site.pages.indices)) { checker.check($0) }
        diagnostics += checked.flatMap(\.diagnostics)
        diagnostics += UnusedPartials.check(inventory: inventory, pages: site.pages, loader: loader, checker: checker)
        diagnostics = IncludedDiagnostics.merged(diagnostics)
        if let theme { diagnostics += unknownTemplates(site, theme: theme) }
        diagnostics = diagnostics.compactMap(config.linkPolicy.apply(to:)).sorted(by: Diagnostic.sortOrder)
        timings.finish("check")

        let published = site.pages.indices.filter { site.isPublished($0) }
        var written: OutputWriter.Summary?
        if let theme {
            let renderer = PageRenderer(
                site: site, navigation: Navigation(site: site), theme: theme, config: config, spool: spool)
            let resolutions = checked.map(\.resolutions)
            var files = published.map { index in
                OutputFile(
                    path: PageURL.outputPath(forURL: site.pages[index].url),
                    contents: .generated { renderer.render(index, resolutions: resolutions[index]) })
            }
            for (url, target) in site.aliases where site.isPublished(target) {
                let html = RedirectPage.html(to: renderer.link(to: target), title: site.pages[target].title)
                files.append(OutputFile(path: PageURL.outputPath(forURL: url), contents: .bytes(Array(html.utf8))))
            }
            for asset in inventory.assets {
                let source = URL(fileURLWithPath: inventory.location(of: asset, in: contentRoot.path))
                files.append(OutputFile(path: asset, contents: .copy(of: source)))
            }
            let taken = Set(files.map(\.path))
            for (path, bytes) in theme.staticFiles {
                guard !taken.contains(path) else {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: DiagnosticCode.duplicateURL.rawValue,
                            message:
                                "theme file static/\(path) and content/\(path) claim one URL; the content file is published",
                            file: config.contentFolder + "/" + path))
                    continue
                }
                files.append(OutputFile(path: path, contents: .bytes(Array(bytes))))
            }
            files += standardFiles(
                site: site, config: config, renderer: renderer, spool: spool, taken: Set(files.map(\.path)))
            timings.finish("prepare")
            // Pages are rendered on the writer's workers, as each is written.
            written = try OutputWriter(output: output).write(files)
            timings.finish("render+write")
            if let inputs {
                var stamp = BuildStamp(
                    inputs: inputs.value,
                    output: BuildStamp.fingerprint(output: output, files: files.map(\.path)).value,
                    started: startedReading, sourcePages: inventory.markdownFiles.count,
                    publishedPages: published.count, links: checked.reduce(0) { $0 + $1.resolutions.count },
                    files: files.count, diagnostics: diagnostics)
                stamp.recordIncludes(of: site.pages, contentRoot: contentRoot)
                stamp.save(siteRoot: root)
                timings.finish("stamp")
            }
        }
        if options.exitsAfterBuild { ExitReserve.shared.keep((loaded, site, checked, checker, inventory)) }
        return BuildReport(
            diagnostics: diagnostics, sourcePages: inventory.markdownFiles.count, publishedPages: published.count,
            links: checked.reduce(0) { $0 + $1.resolutions.count }, seconds: Date().timeIntervalSince(started),
            output: theme == nil ? nil : output, files: written, timings: timings)
    }

    /// `search-index.json`, `sitemap.xml` (when `base_url` is set: it needs
    /// absolute URLs), `robots.txt` and `404.html`, unless the content or the
    /// theme has its own.
    private static func standardFiles(
        site: SiteIndex, config: SiteConfig, renderer: PageRenderer, spool: HTMLSpool?, taken: Set<String>
    ) -> [OutputFile] {
        var files: [OutputFile] = []
        if !taken.contains(SearchIndex.path) {
            // Built from the spooled bodies in the background while the pages are written.
            let job = SearchIndexJob { SearchIndex.json(site: site, renderer: renderer, spool: spool) }
            files.append(OutputFile(path: SearchIndex.path, contents: .generated { job.result() }))
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
        if !taken.contains("404.html") {
            files.append(OutputFile(path: "404.html", contents: .generated { renderer.renderNotFound() }))
        }
        return files
    }

    /// Pages whose `template:` names a template the theme does not have.
    private static func unknownTemplates(_ site: SiteIndex, theme: Theme) -> [Diagnostic] {
        site.pages.compactMap { page in
            guard let name = page.frontMatter.template, !theme.templateNames.contains(name) else { return nil }
            return Diagnostic(
                .error, code: .unknownTemplate,
                message:
                    "template `\(name)` does not exist in the theme; the page is rendered with `\(page.isSection ? "section" : "page")`",
                file: page.file, at: page.frontMatter.keyLines["template"].map { SourcePosition(line: $0, column: 1) })
        }
    }
}
