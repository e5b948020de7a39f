import DocgenMarkdown
import Foundation

/// What every run of the pipeline reads before any page: `docgen.yml`, where
/// the content and output folders are, and the theme. `docgen build`,
/// `docgen check` and a `SiteSession` all start here.
struct SiteSetup: Sendable {
    let root: URL
    let config: SiteConfig
    let contentRoot: URL
    /// Where `docgen build` writes; also left out of the content scan.
    let output: URL
    /// Nil for `docgen check`, which renders nothing.
    let theme: Theme?

    /// Reads the config and the theme. `checksOutput` refuses an output
    /// folder that would replace the site's own files (only a build that
    /// writes to disk needs it).
    static func load(_ options: BuildOptions, loadsTheme: Bool, checksOutput: Bool) throws(SetupError) -> SiteSetup {
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
        if checksOutput {
            try refuseOutput(output, root: root, contentRoot: contentRoot)
        }
        let theme =
            loadsTheme
            ? try Theme.load(
                folder: root.appendingPathComponent(config.templatesFolder), displayPrefix: config.templatesFolder,
                siteRoot: root)
            : nil
        return SiteSetup(root: root, config: config, contentRoot: contentRoot, output: output, theme: theme)
    }

    private static func refuseOutput(_ output: URL, root: URL, contentRoot: URL) throws(SetupError) {
        if output.path == contentRoot.path || output.path.hasPrefix(contentRoot.path + "/") {
            throw SetupError(
                code: .output,
                message:
                    "the output folder \(output.path) is inside the content folder; choose another with --output or `output_dir`"
            )
        }
        // The output folder is replaced whole: it must not hold the site's own files.
        if output.path == "/" || root.path == output.path || root.path.hasPrefix(output.path + "/")
            || contentRoot.path.hasPrefix(output.path + "/")
        {
            throw SetupError(
                code: .output,
                message:
                    "the output folder \(output.path) holds the site's own files and would be replaced; choose another with --output or `output_dir`"
            )
        }
    }

    var templatesFolder: URL { root.appendingPathComponent(config.templatesFolder) }

    /// The content folder's pages, assets and folders (the output folder left out).
    func scan() throws(SetupError) -> ContentInventory {
        try ContentInventory.scan(contentRoot, excluding: output, displayPrefix: config.contentFolder, siteRoot: root)
    }

    /// Reads and parses pages; `rendersHTML` is false when nothing is rendered.
    func loader(for inventory: ContentInventory, rendersHTML: Bool) -> PageLoader {
        PageLoader(
            contentRoot: contentRoot, contentPrefix: config.contentFolder,
            parser: MarkdownParser(
                allowsRawHTML: config.rawHTML, ownSiteURL: config.normalizedBaseURL,
                rendersHTML: rendersHTML, extensions: config.markdownExtensions),
            symlinkedFiles: inventory.symlinkedFiles, siteRoot: root)
    }
}
