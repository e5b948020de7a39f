import Foundation

/// Writes a site whole into a staging folder beside the output folder, then
/// puts it in place in one step, so that the output folder is at every
/// instant the whole previous site or the whole new one — also when the
/// build is killed or the disk fills up.
///
/// Updating an existing site first compares every file with the previous
/// one and writes only the changed files into the staging folder. When
/// nothing changed, that is all. Otherwise unchanged files are hard-linked
/// from the previous site (their inode and mtime stay, so rsync and S3
/// syncs stay small), hidden entries (`.git`, `.nojekyll`) are linked over as
/// they are, and the two folders are exchanged (`FolderSwap`). The previous
/// site, now in the staging folder, is emptied of its files and its folders
/// kept for the next update (`StagingFolder`).
struct StagedSiteWriter: Sendable {
    /// The output folder, symbolic links resolved.
    let output: String
    let leftovers: OutputLeftovers
    /// `FolderSwap.exchange`; tests pass one that reports `.unsupported` to
    /// run the two-rename fallback.
    var exchange: @Sendable (_ new: String, _ current: String) -> FolderSwap.Outcome = FolderSwap.exchange

    private enum Outcome: Sendable {
        case unchanged
        case written
        case failed(String)
    }

    /// Writes a site where there is no output folder yet.
    func create(_ files: [OutputFile]) throws(SetupError) -> OutputWriter.Summary {
        let staging = leftovers.staging
        guard mkdir(staging, 0o755) == 0 else {
            throw SetupError(code: .output, message: "cannot create the output folder \(output): \(lastError)")
        }
        let failures =
            OutputFolders.make(for: files, under: staging, existing: [])
            + Parallel.map(files) { file -> String? in
                guard let bytes = file.bytes() else {
                    return "cannot produce \(file.path): its source could not be read"
                }
                return FileBytes.write(bytes, to: staging + "/" + file.path).map { "cannot write \(file.path): \($0)" }
            }.compactMap { $0 }
        if let failure = failures.first {
            FileTree.remove(staging)
            throw SetupError(code: .output, message: failure)
        }
        guard rename(staging, output) == 0 else {
            let reason = lastError
            FileTree.remove(staging)
            throw SetupError(code: .output, message: "cannot move the site into \(output): \(reason)")
        }
        return OutputWriter.Summary(written: files.count)
    }

    /// Replaces the site in `output`, listed as `previous`, whose root folder
    /// has permission bits `mode`.
    func update(
        _ files: [OutputFile], previous: PreviousOutput, mode: mode_t
    ) throws(SetupError) -> OutputWriter.Summary {
        let needed = OutputFolders.needed(for: files)
        let staging = StagingFolder(path: leftovers.staging, spare: leftovers.spare, needed: needed)
        let previousFiles = Set(previous.files)
        let outcomes = Parallel.map(files) { file -> Outcome in
            guard let bytes = file.bytes() else {
                return .failed("cannot produce \(file.path): its source could not be read")
            }
            if previousFiles.contains(file.path), FileBytes.holds(output + "/" + file.path, exactly: bytes) {
                return .unchanged
            }
            if case .failed(let failure) = staging.prepare() { return .failed(failure) }
            if let failure = OutputFolders.makeParent(of: file.path, under: staging.path) { return .failed(failure) }
            if let failure = FileBytes.write(bytes, to: staging.path + "/" + file.path) {
                return .failed("cannot write \(file.path): \(failure)")
            }
            return .written
        }
        var summary = OutputWriter.Summary()
        var failures: [String] = []
        var unchanged: [String] = []
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .unchanged:
                summary.unchanged += 1
                unchanged.append(file.path)
            case .written: summary.written += 1
            case .failed(let message): failures.append(message)
            }
        }
        let kept = Set(files.map(\.path))
        summary.removed = previous.files.count { !kept.contains($0) }
        if failures.isEmpty, summary.written == 0, summary.removed == 0,
            previous.foldersDropped(keeping: needed).isEmpty
        {
            // The previous site is the new one: leave it untouched.
            return summary
        }
        if failures.isEmpty {
            switch staging.prepare() {
            case .ready(let existing):
                failures += OutputFolders.make(for: files, under: staging.path, existing: existing)
            case .failed(let failure): failures.append(failure)
            }
        }
        if failures.isEmpty {
            failures += Parallel.map(unchanged) { path in
                FileTree.link(output + "/" + path, to: staging.path + "/" + path)
            }.compactMap { $0 }
        }
        if failures.isEmpty {
            for entry in previous.hidden {
                if let failure = OutputFolders.makeParent(of: entry, under: staging.path)
                    ?? FileTree.link(output + "/" + entry, to: staging.path + "/" + entry)
                {
                    failures.append(failure)
                    break
                }
            }
        }
        if let failure = failures.first {
            if staging.isMade { FileTree.remove(staging.path) }
            throw SetupError(code: .output, message: failure + "; the previous site was left as it was")
        }
        chmod(staging.path, mode & 0o7777)
        try putInPlace(staging.path, previous: previous)
        return summary
    }

    /// Exchanges the finished staging folder with the output folder, then
    /// keeps the previous site's folders as the spare. Without an atomic
    /// exchange: two renames, between which there is no output folder; a
    /// build killed right there leaves the previous site moved aside, whole,
    /// and the next build puts it back (`OutputLeftovers.clear`).
    private func putInPlace(_ staging: String, previous: PreviousOutput) throws(SetupError) {
        switch exchange(staging, output) {
        case .exchanged:
            keepAsSpare(staging, previous: previous)
        case .failed(let reason):
            FileTree.remove(staging)
            throw SetupError(
                code: .output,
                message:
                    "cannot replace \(output): \(String(cString: strerror(reason))); the previous site was left as it was"
            )
        case .unsupported:
            let aside = leftovers.aside
            guard rename(output, aside) == 0 else {
                let reason = lastError
                FileTree.remove(staging)
                throw SetupError(
                    code: .output,
                    message: "cannot replace \(output): \(reason); the previous site was left as it was")
            }
            guard rename(staging, output) == 0 else {
                let reason = lastError
                rename(aside, output)
                FileTree.remove(staging)
                throw SetupError(
                    code: .output,
                    message: "cannot replace \(output): \(reason); the previous site was left as it was")
            }
            keepAsSpare(aside, previous: previous)
        }
    }

    /// Empties the replaced site of its files (links to the new site's, for
    /// the unchanged ones) and keeps its folders as the spare. It becomes the
    /// spare only once empty: a build killed before leaves it under its
    /// leftover name, which the next build removes.
    private func keepAsSpare(_ replaced: String, previous: PreviousOutput) {
        let removed = Parallel.map(previous.files) { unlink(replaced + "/" + $0) == 0 || errno == ENOENT }
        for entry in previous.hidden { FileTree.remove(replaced + "/" + entry) }
        guard !removed.contains(false), rename(replaced, leftovers.spare) == 0 else {
            FileTree.remove(replaced)
            return
        }
    }

    private var lastError: String { String(cString: strerror(errno)) }
}
