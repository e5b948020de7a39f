import Foundation

/// Writes the site so that the output folder is at every instant the whole
/// previous site or the whole new one: after a failed build, a full disk, or
/// a `kill -9` at any moment.
///
/// - A new output folder is written whole into a staging folder beside it,
///   which is then renamed into place.
/// - An existing output folder is replaced whole (`StagedSiteWriter`): a file
///   whose bytes did not change keeps its inode and mtime, so deploy syncs
///   stay small, and hidden entries (`.git`, `.nojekyll`) are kept.
/// - An output folder that is a mount point, or whose parent cannot be
///   written, is updated file by file instead (`InPlaceOutputUpdate`).
///
/// Builds of one output folder take turns (`OutputLock`), and each first
/// removes what a killed one left (`OutputLeftovers`).
struct OutputWriter {
    let output: URL

    /// What a write did, for the summary line and the benchmark.
    struct Summary: Sendable, Equatable {
        var written = 0
        var unchanged = 0
        var removed = 0
    }

    @discardableResult
    func write(_ files: [OutputFile]) throws(SetupError) -> Summary {
        if let outside = files.first(where: { !$0.staysInside }) {
            throw SetupError(code: .output, message: "`\(outside.path)` would be written outside the output folder")
        }
        let folder = Self.resolvingLink(output)
        try Self.refuseUnusable(folder)
        let parent = folder.deletingLastPathComponent()
        if let failure = OutputFolders.makeRoot(parent.path) {
            throw SetupError(
                code: .output,
                message: "cannot create \(parent.path), the folder that holds the output folder: \(failure)")
        }
        let leftovers = OutputLeftovers(output: folder)
        return try OutputLock.holding(leftovers.parent) { () throws(SetupError) -> Summary in
            leftovers.clear()
            let writer = StagedSiteWriter(output: folder.path, leftovers: leftovers)
            var status = stat()
            guard stat(folder.path, &status) == 0 else { return try writer.create(files) }
            // Checked again: the folder may be one a killed build had moved aside.
            try Self.refuseUnusable(folder)
            let previous = PreviousOutput(folder.path)
            return Self.canReplaceWhole(folder, status: status)
                ? try writer.update(files, previous: previous, mode: status.st_mode)
                : try InPlaceOutputUpdate(output: folder.path, previous: previous).write(files)
        }
    }

    /// An output path that is a symbolic link to a folder names that folder:
    /// the site replaces the folder, and the link stays.
    private static func resolvingLink(_ output: URL) -> URL {
        var status = stat()
        guard lstat(output.path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK,
            let resolved = realpath(output.path, nil)
        else { return output }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved))
    }

    /// Refuses, before anything is written, an output path that is a file
    /// or a folder that cannot be written.
    private static func refuseUnusable(_ folder: URL) throws(SetupError) {
        var status = stat()
        guard stat(folder.path, &status) == 0 else { return }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            throw SetupError(code: .output, message: "the output path \(folder.path) is a file, not a folder")
        }
        guard access(folder.path, W_OK) == 0 else {
            throw SetupError(
                code: .output,
                message:
                    "the output folder \(folder.path) cannot be written (\(String(cString: strerror(errno)))); nothing was changed"
            )
        }
    }

    /// False for a mount point (it cannot be renamed) and for a folder whose
    /// parent cannot be written (no staging folder can be made beside it).
    private static func canReplaceWhole(_ folder: URL, status: stat) -> Bool {
        var parentStatus = stat()
        let parent = folder.deletingLastPathComponent().path
        return stat(parent, &parentStatus) == 0 && parentStatus.st_dev == status.st_dev && access(parent, W_OK) == 0
    }
}
