import DocgenMarkdown
import Foundation

/// The pipeline of architecture.md, driven once for `docgen build` and
/// `docgen check`: setup → scan → read+parse → index → check → render →
/// write. The stages are `SiteSetup`, `SiteStages` and `SiteFiles`, which a
/// `SiteSession` drives too. Per-page stages run on all cores; everything
/// that reaches the output or the diagnostics is sorted, so any core count
/// gives the same bytes.
public enum SiteBuilder {
    public static func run(_ options: BuildOptions) throws(SetupError) -> BuildReport {
        let started = Date()
        let startedReading = Fingerprint.now()
        var timings = StageTimings()
        let setup = try SiteSetup.load(options, loadsTheme: options.writesSite, checksOutput: options.writesSite)
        let (root, config, contentRoot, output) = (setup.root, setup.config, setup.contentRoot, setup.output)
        timings.finish("setup")

        let inventory = try setup.scan()
        let loader = setup.loader(for: inventory, rendersHTML: options.writesSite)
        timings.finish("scan")
        var inputs: Fingerprint?
        if options.writesSite, options.reusesUnchangedBuild {
            let fingerprint = BuildStamp.fingerprint(
                options: options, output: output, siteRoot: root, templates: setup.templatesFolder,
                contentRoot: contentRoot, inventory: inventory)
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
        let loaded = SiteStages.load(inventory.markdownFiles, with: loader, spool: spool)
        timings.finish("read+parse")
        let (site, indexDiagnostics) = SiteStages.index(
            loaded.compactMap(\.page), inventory: inventory, includesDrafts: options.includeDrafts, config: config)
        timings.finish("index")

        let checker = SiteStages.checker(site, config: config)
        let checked = SiteStages.check(Array(site.pages.indices), with: checker)
        var diagnostics = SiteStages.diagnostics(
            inventory: inventory.diagnostics, loaded: loaded.map(\.diagnostics), index: indexDiagnostics,
            checked: checked.map(\.diagnostics),
            partials: UnusedPartials.check(inventory: inventory, pages: site.pages, loader: loader, checker: checker),
            site: site, theme: setup.theme, config: config)
        if let previous = options.previous {
            let removed = RemovedURLCheck(site, config, setup.theme, root).check(previous)
            diagnostics = (diagnostics + removed.compactMap(config.linkPolicy.apply(to:))).sorted(
                by: Diagnostic.sortOrder)
        }
        timings.finish("check")

        let published = site.pages.indices.filter { site.isPublished($0) }
        var written: OutputWriter.Summary?
        if let theme = setup.theme {
            let renderer = PageRenderer(
                site: site, navigation: Navigation(site: site), theme: theme, config: config, spool: spool)
            let (files, themeDiagnostics, _) = SiteFiles.all(
                published: published, resolutions: checked.map(\.resolutions), renderer: renderer,
                inventory: inventory, contentRoot: contentRoot
            ) {
                // Built from the spooled bodies in the background while the pages are written.
                let job = SearchIndexJob { SearchIndex.json(site: site, renderer: renderer, spool: spool) }
                return { job.result() }
            }
            diagnostics += themeDiagnostics
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
            output: setup.theme == nil ? nil : output, files: written, timings: timings)
    }
}
