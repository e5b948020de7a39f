import Foundation

/// Reads a site's theme folder: its templates and `static/` files, by path
/// inside the folder. A problem anywhere in the folder is reported (a theme
/// folder holds nothing else), all of them together.
enum ThemeFolder {
    /// The folder's files as (path inside it, bytes), sorted; none when there
    /// is no such folder (the built-in theme is then used whole).
    static func read(_ folder: URL, displayPrefix: String, siteRoot: URL?) throws(SetupError) -> [(String, [UInt8])] {
        guard let files = try files(under: folder, displayPrefix: displayPrefix, siteRoot: siteRoot) else { return [] }
        var read: [(String, [UInt8])] = []
        var problems: [Diagnostic] = []
        for (path, location) in files {
            switch FileBytes.load(location, followingSymlinks: false) {
            case .success(let bytes): read.append((path, bytes))
            case .failure(let problem): problems.append(problem.diagnostic(file: displayPrefix + "/" + path))
            }
        }
        guard problems.isEmpty else { throw SetupError(problems) }
        return read
    }

    /// The theme's files, as (path relative to `folder`, where to read it),
    /// sorted; nil when there is no such folder. Only `static/` files and
    /// templates are read, but a problem anywhere in the folder is reported.
    private static func files(under folder: URL, displayPrefix: String, siteRoot: URL?) throws(SetupError)
        -> [(path: String, location: String)]?
    {
        let root = folder.standardizedFileURL.path
        var status = stat()
        if lstat(root, &status) != 0, errno == ENOENT { return nil }
        let walk: FolderWalk
        do throws(FileProblem) {
            walk = try FolderWalk(
                root, boundary: SiteBoundary([siteRoot?.standardizedFileURL.path, root].compactMap { $0 }))
        } catch {
            // A symlink as the folder itself: say where it leads.
            var problem = error
            if (status.st_mode & S_IFMT) == S_IFLNK, SiteBoundary.realPath(root) == nil {
                problem = errno == ELOOP ? .symlinkLoop : .dangling(target: SiteBoundary.linkText(root))
            }
            throw SetupError([problem.diagnostic(file: displayPrefix)])
        }
        guard walk.problems.isEmpty else {
            throw SetupError(walk.problems.map { $0.problem.diagnostic(file: displayPrefix + "/" + $0.path) })
        }
        return walk.files.filter { $0.hasPrefix("static/") || $0.hasSuffix(".mustache") }.map {
            ($0, walk.symlinkedFiles[$0] ?? root + "/" + $0)
        }
    }
}
