import Foundation

/// What the content folder holds: Markdown pages, assets and folders, as
/// sorted `/`-separated paths relative to it. Hidden files are skipped, and so
/// are `_`-prefixed Markdown files (partials). Entries docgen must not read
/// (symlinks out of the site, loops, FIFOs, sockets, devices, unreadable
/// files and folders, paths over `PATH_MAX`) are left out, each with an error
/// diagnostic (see `FolderWalk`).
public struct ContentInventory: Sendable {
    public var markdownFiles: [String] = []
    public var assets: [String] = []
    public var folders: [String] = [""]
    /// Why entries were left out, sorted by file.
    public var diagnostics: [Diagnostic] = []
    /// The entries left out: their status still belongs in a build's fingerprint,
    /// so that fixing one (a `chmod`) is a change.
    var skipped: [String] = []
    /// Files that are symlinks into the site: relative path → real path.
    var symlinkedFiles: [String: String] = [:]

    /// Scans `root`. `displayPrefix` is the folder's path relative to the site
    /// root, for diagnostics; `siteRoot` is where symlinks may point (besides
    /// `root` itself), the content folder alone when nil.
    public static func scan(
        _ root: URL, excluding excluded: URL? = nil, displayPrefix: String = "content", siteRoot: URL? = nil
    ) throws(SetupError) -> ContentInventory {
        let rootPath = root.standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: rootPath) else {
            throw SetupError(code: .config, message: "cannot read the content folder \(rootPath)")
        }
        let boundary = SiteBoundary([siteRoot?.standardizedFileURL.path, rootPath].compactMap { $0 })
        let walk: FolderWalk
        do throws(FileProblem) {
            walk = try FolderWalk(rootPath, boundary: boundary, excluding: excluded?.standardizedFileURL.path)
        } catch {
            throw SetupError([error.diagnostic(file: displayPrefix)])
        }
        var inventory = ContentInventory()
        inventory.folders = walk.folders
        inventory.symlinkedFiles = walk.symlinkedFiles
        var problems = walk.problems
        var assets: [String] = []
        for file in walk.files {
            if file.hasSuffix(".md") {
                let slash = file.utf8.lastIndex(of: UInt8(ascii: "/"))
                let name = slash.map { file[file.index(after: $0)...] } ?? file[...]
                if !name.hasPrefix("_") { inventory.markdownFiles.append(file) }
            } else {
                assets.append(file)
            }
        }
        // Pages are read (and reported) by `PageLoader`; assets are only
        // copied at the end, so whether they open is checked now.
        let locations = assets.map { inventory.location(of: $0, in: rootPath) }
        let failures = Parallel.map(locations) { FileBytes.canOpen($0) }
        for (asset, failure) in zip(assets, failures) {
            if let failure { problems.append((asset, failure)) } else { inventory.assets.append(asset) }
        }
        problems.sort { $0.path < $1.path }
        inventory.skipped = problems.map(\.path)
        inventory.diagnostics = problems.map { path, problem in
            problem.diagnostic(file: displayPrefix.isEmpty ? path : displayPrefix + "/" + path)
        }
        return inventory
    }

    /// Where to read the file at `path` (relative to the content folder at
    /// `root`) from: its real path when it is a symlink, so that it can be
    /// opened with `O_NOFOLLOW`.
    func location(of path: String, in root: String) -> String {
        symlinkedFiles[path] ?? root + "/" + path
    }
}
