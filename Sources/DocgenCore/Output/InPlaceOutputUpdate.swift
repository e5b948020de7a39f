import Foundation

/// The fallback update of an output folder that cannot be replaced whole:
/// one that is a mount point (a container volume) or whose parent folder
/// cannot be written, so that no staging folder can be made beside it.
///
/// Changed files are first written under temporary names beside their
/// targets; only when every one of them was written are they renamed into
/// place, one at a time, and the files the site no longer has removed. A
/// failed write (a full disk) leaves the previous site and no temporary
/// file; a build killed while renaming leaves a mix of the two sites, and
/// its temporary files, which the next build removes.
struct InPlaceOutputUpdate {
    let output: String
    let previous: PreviousOutput

    private enum Outcome: Sendable {
        case unchanged
        case staged(temporary: String)
        case failed(String)
    }

    func write(_ files: [OutputFile]) throws(SetupError) -> OutputWriter.Summary {
        let root = output
        let existingFiles = Set(previous.files)
        let suffix = ".docgen-new-\(getpid())"
        var failures = OutputFolders.make(for: files, under: root, existing: Set(previous.folders))
        let outcomes =
            failures.isEmpty
            ? Parallel.map(files) { file -> Outcome in
                let target = root + "/" + file.path
                guard let bytes = file.bytes() else {
                    return .failed("cannot produce \(file.path): its source could not be read")
                }
                if existingFiles.contains(file.path), FileBytes.holds(target, exactly: bytes) { return .unchanged }
                if let reason = FileBytes.write(bytes, to: target + suffix) {
                    unlink(target + suffix)
                    return .failed("cannot write \(file.path): \(reason)")
                }
                return .staged(temporary: target + suffix)
            } : []
        var staged: [(temporary: String, target: String)] = []
        var summary = OutputWriter.Summary()
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .unchanged: summary.unchanged += 1
            case .staged(let temporary): staged.append((temporary, root + "/" + file.path))
            case .failed(let message): failures.append(message)
            }
        }
        if let failure = failures.first {
            for file in staged { unlink(file.temporary) }
            throw SetupError(code: .output, message: failure + "; the previous site was left as it was")
        }
        for file in staged where rename(file.temporary, file.target) != 0 {
            failures.append("cannot replace \(file.target): \(String(cString: strerror(errno)))")
            unlink(file.temporary)
        }
        summary.written = staged.count - failures.count
        let kept = Set(files.map(\.path))
        for stale in previous.files where !kept.contains(stale) && unlink(root + "/" + stale) == 0 {
            summary.removed += 1
        }
        // Deepest first; rmdir only removes folders that are now empty.
        for folder in previous.folders.sorted(by: >) { rmdir(root + "/" + folder) }
        if let failure = failures.first { throw SetupError(code: .output, message: failure) }
        return summary
    }
}
