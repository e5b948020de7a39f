import Foundation

/// Writes the site so that a failed build never leaves half of a new one.
///
/// - A new output folder is written whole into a staging folder beside it,
///   which is then renamed into place.
/// - An existing output folder is updated: a file whose bytes did not change
///   is not rewritten (its mtime stays, so deploy syncs stay small). Changed
///   files are first written under temporary names beside their targets; only
///   when every one of them was written are they renamed into place and the
///   files the site no longer has removed. Hidden entries (`.git`,
///   `.nojekyll`) are left alone.
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
        var status = stat()
        if stat(output.path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                throw SetupError(code: .output, message: "the output path \(output.path) is a file, not a folder")
            }
            return try update(files)
        }
        return try create(files)
    }

    // MARK: - A new output folder

    private func create(_ files: [OutputFile]) throws(SetupError) -> Summary {
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(
            ".\(output.lastPathComponent).docgen-staging-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw SetupError(
                code: .output, message: "cannot create the output folder \(output.path): \(error.localizedDescription)")
        }
        let root = staging.path
        let failures =
            Self.makeFolders(for: files, under: root, existing: [])
            + Parallel.map(files) { file -> String? in
                guard let bytes = file.bytes() else {
                    return "cannot produce \(file.path): its source could not be read"
                }
                return FileBytes.write(bytes, to: root + "/" + file.path).map { "cannot write \(file.path): \($0)" }
            }.compactMap { $0 }
        if let failure = failures.first {
            try? FileManager.default.removeItem(at: staging)
            throw SetupError(code: .output, message: failure)
        }
        guard rename(root, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: staging)
            throw SetupError(code: .output, message: "cannot move the site into \(output.path): \(reason)")
        }
        return Summary(written: files.count)
    }

    // MARK: - An existing output folder

    private enum Outcome: Sendable {
        case unchanged
        case staged(temporary: String)
        case failed(String)
    }

    private func update(_ files: [OutputFile]) throws(SetupError) -> Summary {
        let root = output.path
        let existing = FolderListing(root)
        let existingFiles = Set(existing.files)
        let suffix = ".docgen-new-\(ProcessInfo.processInfo.processIdentifier)"
        var failures = Self.makeFolders(for: files, under: root, existing: Set(existing.folders))
        let outcomes =
            failures.isEmpty
            ? Parallel.map(files) { file -> Outcome in
                let target = root + "/" + file.path
                guard let bytes = file.bytes() else {
                    return .failed("cannot produce \(file.path): its source could not be read")
                }
                if existingFiles.contains(file.path), FileBytes.holds(target, exactly: bytes) { return .unchanged }
                if let reason = FileBytes.write(bytes, to: target + suffix) {
                    return .failed("cannot write \(file.path): \(reason)")
                }
                return .staged(temporary: target + suffix)
            } : []
        var staged: [(temporary: String, target: String)] = []
        var summary = Summary()
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
        for stale in existing.files where !kept.contains(stale) && unlink(root + "/" + stale) == 0 {
            summary.removed += 1
        }
        // Deepest first; rmdir only removes folders that are now empty.
        for folder in existing.folders.sorted(by: >) { rmdir(root + "/" + folder) }
        if let failure = failures.first { throw SetupError(code: .output, message: failure) }
        return summary
    }

    /// Creates every folder the files need under `root`, parents first, one
    /// depth at a time with the folders of a depth created in parallel (a page
    /// is a folder, so a big site has as many folders as files). Returns a
    /// message per folder that could not be created.
    private static func makeFolders(for files: [OutputFile], under root: String, existing: Set<String>) -> [String] {
        var needed = Set<String>()
        for file in files {
            var folder = Substring(file.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard needed.insert(String(folder)).inserted else { break }
            }
        }
        var byDepth: [Int: [String]] = [:]
        for folder in needed.subtracting(existing) {
            byDepth[folder.utf8.count(where: { $0 == UInt8(ascii: "/") }), default: []].append(folder)
        }
        var failures: [String] = []
        for depth in byDepth.keys.sorted() {
            failures += Parallel.map(byDepth[depth]!.sorted()) { folder -> String? in
                guard mkdir(root + "/" + folder, 0o755) != 0 else { return nil }
                let reason = errno
                if reason == EEXIST, Self.isFolder(root + "/" + folder) { return nil }
                return reason == EEXIST
                    ? "cannot create the folder \(folder): a file of that name is in the way (delete the output folder and build again)"
                    : "cannot create the folder \(folder): \(String(cString: strerror(reason)))"
            }.compactMap { $0 }
        }
        return failures
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
