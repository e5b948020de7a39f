import Foundation

/// The folders a build makes beside the output folder — `.public.docgen-staging-<pid>`
/// for the site being written, `.public.docgen-old-<pid>` for the previous
/// one while it is moved aside, `.public.docgen-spare` for the folder
/// skeleton the next update reuses — and what a killed build left of them.
///
/// Builds of one output folder take turns (`OutputLock`), so whatever of
/// these exists when a build starts belongs to a build that was killed.
struct OutputLeftovers: Sendable {
    /// The folder that holds the output folder.
    let parent: String
    private let prefix: String
    private let output: String

    init(output: URL) {
        self.output = output.path
        parent = output.deletingLastPathComponent().path
        prefix = ".\(output.lastPathComponent).docgen-"
    }

    var staging: String { parent + "/" + prefix + "staging-\(getpid())" }
    var aside: String { parent + "/" + prefix + "old-\(getpid())" }
    /// The folders of the site before the current one, emptied of files,
    /// kept for the next update to build its staging folder in (see
    /// `StagingFolder`). Not a leftover: it exists only whole, and may be
    /// deleted at any time.
    var spare: String { parent + "/" + prefix + "spare" }

    /// Removes what killed builds left beside the output folder. A build
    /// killed between the two renames of `OutputWriter`'s fallback left no
    /// output folder and the previous site moved aside, whole: it is put back.
    func clear() {
        let names = leftoverNames()
        var status = stat()
        if lstat(output, &status) != 0, errno == ENOENT,
            let previous = names.sorted().first(where: { $0.hasPrefix(prefix + "old-") })
        {
            rename(parent + "/" + previous, output)
        }
        for name in names { FileTree.remove(parent + "/" + name) }
    }

    private func leftoverNames() -> [String] {
        FileTree.entries(of: parent).filter { $0.hasPrefix(prefix + "staging-") || $0.hasPrefix(prefix + "old-") }
    }
}
