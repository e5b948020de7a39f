import Foundation

/// Which folders under a watched root a watcher may descend into: real
/// folders, and symlinked ones whose target is inside the site folder (as
/// `docgen build` follows them; `SiteBoundary`). A symlink leading out of the
/// site (to `/`, to a home folder) is never walked: it is not part of the
/// site, and watching it could take every inotify watch there is.
struct WatchBoundary: Sendable {
    /// The site folder, symlinks resolved.
    let siteFolder: String

    init(siteRoot: URL) {
        siteFolder = siteRoot.resolvingSymlinksInPath().path
    }

    /// Whether `path` (an entry found while walking) is a folder to walk.
    func isFolderToWalk(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { return true }
        guard type == S_IFLNK, stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return false }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard target == siteFolder || target.hasPrefix(siteFolder + "/") else { return false }
        return !target.dropFirst(siteFolder.count).split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// `path` with every symlink resolved, for telling a folder reached twice
    /// (through a symlink to itself or to an ancestor: a cycle) from a new one.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a root (the content or templates folder, which may be a
    /// symlink anywhere: the site's own choice) is a folder.
    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
