import Foundation

/// The folders of a site being written: a page is a folder, so a big site
/// has as many folders as files.
enum OutputFolders {
    /// Every folder the files need, as paths relative to the output folder.
    static func needed(for files: [OutputFile]) -> Set<String> {
        var needed = Set<String>()
        for file in files {
            var folder = Substring(file.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard needed.insert(String(folder)).inserted else { break }
            }
        }
        return needed
    }

    /// Creates every folder the files need under `root` but `existing`,
    /// parents first, one depth at a time with the folders of a depth created
    /// in parallel. Returns a message per folder that could not be created.
    static func make(for files: [OutputFile], under root: String, existing: Set<String>) -> [String] {
        var byDepth: [Int: [String]] = [:]
        for folder in needed(for: files).subtracting(existing) {
            byDepth[folder.utf8.count(where: { $0 == UInt8(ascii: "/") }), default: []].append(folder)
        }
        var failures: [String] = []
        for depth in byDepth.keys.sorted() {
            failures += Parallel.map(byDepth[depth]!.sorted()) { folder -> String? in
                guard mkdir(root + "/" + folder, 0o755) != 0 else { return nil }
                let reason = errno
                if reason == EEXIST, isFolder(root + "/" + folder) { return nil }
                return reason == EEXIST
                    ? "cannot create the folder \(folder): a file of that name is in the way (delete the output folder and build again)"
                    : "cannot create the folder \(folder): \(String(cString: strerror(reason)))"
            }.compactMap { $0 }
        }
        return failures
    }

    /// Creates the folder that holds `path` (relative to `root`) and any
    /// missing parents, `root` included; safe to call from many workers at
    /// once. Nil when it exists, else why not.
    static func makeParent(of path: String, under root: String) -> String? {
        let folder = path.lastIndex(of: "/").map { root + "/" + path[..<$0] } ?? root
        guard let reason = makeFolder(folder) else { return nil }
        let shown = folder == root ? "." : String(folder.dropFirst(root.count + 1))
        return "cannot create the folder \(shown): \(String(cString: strerror(reason)))"
    }

    /// Creates `root` and any missing parents; nil when it exists, else the
    /// system's reason (`strerror`).
    static func makeRoot(_ root: String) -> String? {
        makeFolder(root).map { String(cString: strerror($0)) }
    }

    /// `mkdir -p`: nil when `folder` exists afterwards, else the errno.
    private static func makeFolder(_ folder: String) -> Int32? {
        if mkdir(folder, 0o755) == 0 || (errno == EEXIST && isFolder(folder)) { return nil }
        guard errno == ENOENT, let slash = folder.lastIndex(of: "/"), slash > folder.startIndex else {
            return errno == EEXIST ? ENOTDIR : errno
        }
        if let reason = makeFolder(String(folder[..<slash])) { return reason }
        if mkdir(folder, 0o755) == 0 || (errno == EEXIST && isFolder(folder)) { return nil }
        return errno == EEXIST ? ENOTDIR : errno
    }

    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
