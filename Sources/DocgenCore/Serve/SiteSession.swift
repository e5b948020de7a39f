import Foundation

/// A site built into memory and kept between rebuilds, for `docgen serve`:
/// the same stages as `docgen build` (`SiteSetup`, `SiteStages`,
/// `SiteFiles`), whose results are kept and run again for what changed.
///
/// Not thread-safe: the server calls it from one task or queue at a time
/// (reads of `file(at:)` may happen concurrently with each other, but not
/// with `rebuild`).
public final class SiteSession {
    private let options: BuildOptions
    /// The last site that built; nil until one does.
    var current: SessionSite?
    private var buildNumber = 1
    /// The last build stopped at a setup error.
    private var failing = false

    /// The result of the first build (build number 1).
    public private(set) var initial: SessionBuild

    /// Builds the whole site into memory, as `docgen build` with these
    /// options would write it; writes nothing to disk. A setup error (broken
    /// `docgen.yml`, template syntax error, no content folder…) does not
    /// throw: it is the first build's result.
    public init(options: BuildOptions) {
        self.options = options
        let started = Date()
        do throws(SetupError) {
            let site = try SessionSite.build(options)
            current = site
            initial = SessionBuild(
                number: 1, changedURLs: [], removedURLs: [], movedURLs: [:], cssOnly: false,
                diagnostics: site.diagnostics, setupError: nil, renderedPages: site.renderedPages,
                seconds: Date().timeIntervalSince(started))
        } catch {
            failing = true
            initial = SessionBuild(
                number: 1, changedURLs: [], removedURLs: [], movedURLs: [:], cssOnly: false,
                diagnostics: error.diagnostics, setupError: error, renderedPages: 0,
                seconds: Date().timeIntervalSince(started))
        }
    }

    /// Re-reads the files that changed (absolute paths, or paths relative to
    /// the site root; files may have been added or deleted, folders created
    /// or removed) and rebuilds what they affect. If the new state has a
    /// setup error, the last good site keeps being served and the result
    /// carries the error.
    public func rebuild(changed: Set<String>) -> SessionBuild {
        let started = Date()
        buildNumber += 1
        let previous = current
        let next: SessionSite
        do throws(SetupError) {
            if let previous, !failing {
                let changes = SessionChanges(
                    changed, setup: previous.setup, symlinkedFiles: previous.inventory.symlinkedFiles)
                next = changes.everything ? try SessionSite.build(options) : try previous.updated(with: changes.content)
            } else {
                // After a setup error, files may have changed unseen (the
                // error stopped the build): only a whole build is sure.
                next = try SessionSite.build(options)
            }
        } catch {
            failing = true
            return SessionBuild(
                number: buildNumber, changedURLs: [], removedURLs: [], movedURLs: [:], cssOnly: false,
                diagnostics: error.diagnostics, setupError: error, renderedPages: 0,
                seconds: Date().timeIntervalSince(started))
        }
        failing = false
        current = next
        let difference = SessionDifference(from: previous, to: next)
        Self.releaseInBackground(consume previous)
        return SessionBuild(
            number: buildNumber, changedURLs: difference.changedURLs, removedURLs: difference.removedURLs,
            movedURLs: difference.movedURLs, cssOnly: difference.cssOnly, diagnostics: next.diagnostics,
            setupError: nil, renderedPages: next.renderedPages, seconds: Date().timeIntervalSince(started))
    }

    /// The bytes `docgen build` would have written at this output-relative
    /// path (`index.html`, `tokens/access_token/index.html`, `docgen.css`,
    /// `404.html`), or nil.
    public func file(at outputPath: String) -> [UInt8]? { current?.bytes(at: outputPath) }

    /// Whether the site has a file at `outputPath`, without rendering or reading it.
    public func hasFile(at outputPath: String) -> Bool { current?.files[outputPath] != nil }

    /// Every output path the site has, sorted (for tests and listings).
    var outputPaths: [String] { (current?.files.keys).map { $0.sorted() } ?? [] }

    /// The path part of `base_url` (`/docs` for `https://auth0.com/docs`), "" when none.
    public var basePath: String { current?.setup.config.basePath ?? "" }

    /// What to watch: the content folder, the templates folder and
    /// `docgen.yml` (absolute file URLs), as the last config that loaded names them.
    public var watchedRoots: [URL] {
        let root = options.siteRoot.standardizedFileURL
        let config = current?.setup.config ?? (try? ConfigLoader.load(siteRoot: root)) ?? SiteConfig()
        return [
            root.appendingPathComponent(config.contentFolder).standardizedFileURL,
            root.appendingPathComponent(config.templatesFolder).standardizedFileURL,
            root.appendingPathComponent(ConfigLoader.fileName),
        ]
    }

    /// Frees a replaced site on another thread: freeing ten thousand pages
    /// takes milliseconds the rebuild's caller need not wait for.
    private static func releaseInBackground(_ site: SessionSite?) {
        let box = ReleaseBox(site)
        DispatchQueue.global(qos: .utility).async { box.drop() }
    }
}

/// Holds a value until `drop()`, on whichever thread calls it.
private final class ReleaseBox<Value>: @unchecked Sendable {
    private var value: Value?
    init(_ value: Value) { self.value = value }
    func drop() { value = nil }
}
