import Foundation

/// Whole-tree operations of the output writer: removing a replaced site and
/// carrying files into a new one by hard link.
enum FileTree {
    /// Removes `path` and everything under it, whatever it is; best effort
    /// (what cannot be removed stays, for the next build to retry). The
    /// top-level entries are removed in parallel: a site has as many folders
    /// as pages.
    static func remove(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            unlink(path)
            return
        }
        // A folder left unreadable or unwritable would keep its entries.
        if (status.st_mode & 0o700) != 0o700 { chmod(path, status.st_mode | 0o700) }
        _ = Parallel.map(entries(of: path)) { name -> Bool in
            removeSerially(path + "/" + name)
            return true
        }
        rmdir(path)
    }

    /// Removes a tree already listed: its visible files in parallel, then its
    /// hidden entries, then its folders deepest first, each depth in
    /// parallel. Whatever the listing missed is removed by a walk.
    static func remove(_ root: String, listed tree: PreviousOutput) {
        _ = Parallel.map(tree.files) { unlink(root + "/" + $0) }
        _ = Parallel.map(tree.hidden) { remove(root + "/" + $0) }
        var byDepth: [Int: [String]] = [:]
        for folder in tree.folders {
            byDepth[folder.utf8.count(where: { $0 == UInt8(ascii: "/") }), default: []].append(folder)
        }
        for depth in byDepth.keys.sorted(by: >) {
            _ = Parallel.map(byDepth[depth]!) { rmdir(root + "/" + $0) }
        }
        if rmdir(root) != 0, errno != ENOENT { remove(root) }
    }

    /// Recreates `source` (a file, link or folder tree) at `target` with hard
    /// links, so its files keep their inode and mtime. A file that cannot be
    /// linked (another file system, a link-count limit) is copied. Returns
    /// why it failed, or nil.
    static func link(_ source: String, to target: String) -> String? {
        var status = stat()
        guard lstat(source, &status) == 0 else { return "cannot read \(source): \(lastError)" }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            guard mkdir(target, status.st_mode & 0o7777) == 0 else { return "cannot create \(target): \(lastError)" }
            for name in entries(of: source) {
                if let failure = link(source + "/" + name, to: target + "/" + name) { return failure }
            }
            return nil
        }
        if Foundation.link(source, target) == 0 { return nil }
        let linkError = errno
        if (status.st_mode & S_IFMT) == S_IFREG, linkError == EXDEV || linkError == EPERM || linkError == EMLINK {
            guard let bytes = FileBytes.read(source) else { return "cannot read \(source): \(lastError)" }
            if let failure = FileBytes.write(bytes, to: target) { return "cannot write \(target): \(failure)" }
            chmod(target, status.st_mode & 0o7777)
            return nil
        }
        return "cannot link \(source) to \(target): \(String(cString: strerror(linkError)))"
    }

    private static var lastError: String { String(cString: strerror(errno)) }

    private static func removeSerially(_ path: String) {
        if unlink(path) == 0 || errno == ENOENT { return }
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return }
        if (status.st_mode & 0o700) != 0o700 { chmod(path, status.st_mode | 0o700) }
        for name in entries(of: path) { removeSerially(path + "/" + name) }
        rmdir(path)
    }

    /// The names in a folder, `.` and `..` left out.
    static func entries(of path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
