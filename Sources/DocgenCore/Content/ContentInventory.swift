import Foundation

/// What the content folder holds: Markdown pages, assets and folders, as
/// sorted `/`-separated paths relative to it. Hidden files are skipped.
/// Files whose name starts with `_`, and every file under a folder whose
/// name does, are partials: no page, no asset, only read by `{{#include}}`.
/// Entries docgen must not read
/// (symlinks out of the site, loops, FIFOs, sockets, devices, unreadable
/// files and folders, paths over `PATH_MAX`) are left out, each with an error
/// diagnostic (see `FolderWalk`).
public struct ContentInventory: Sendable {
    public var markdownFiles: [String] = []
    public var assets: [String] = []
    public var folders: [String] = [""]
    /// Partials (`_note.md`, `_snippets/auth.md`, `_examples/main.swift`): not published.
    public var partials: [String] = []
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
            if isPartial(file) {
                inventory.partials.append(file)
            } else if file.hasSuffix(".md") {
                inventory.markdownFiles.append(file)
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

    /// `_x.md`, `a/_x.png`, `_snippets/b/c.md`: a segment of the path starts with `_`.
    static func isPartial(_ path: String) -> Bool {
        path.utf8.first == UInt8(ascii: "_") || path.utf8.contains(subsequence: "/_".utf8)
    }

    /// Where to read the file at `path` (relative to the content folder at
    /// `root`) from: its real path when it is a symlink, so that it can be
    /// opened with `O_NOFOLLOW`.
    func location(of path: String, in root: String) -> String {
        symlinkedFiles[path] ?? root + "/" + path
    }
}

extension String.UTF8View {
    /// True when `subsequence` occurs in the bytes.
    func contains<Other: Collection<UInt8>>(subsequence: Other) -> Bool {
        guard let first = subsequence.first else { return true }
        var index = startIndex
        while let found = self[index...].firstIndex(of: first) {
            if self[found...].starts(with: subsequence) { return true }
            index = self.index(after: found)
        }
        return false
    }
}
