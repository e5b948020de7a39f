import Foundation

/// The files includes read during one build, each read once however many
/// pages include it (pages are loaded on all cores, hence the lock). Only
/// files inside the site folder are read, through no hidden folder and no
/// symlink that leads out of it: an include must not publish `~/.ssh`.
final class IncludeFileStore: @unchecked Sendable {
    enum Failure: Error, Equatable {
        case missing
        /// Outside the site folder or in a hidden folder (the reason, for the message).
        case refused(String)
        case notUTF8
        /// Larger than an expanded page may be (its size in bytes).
        case tooLarge(Int)
        case unreadable(FileProblem)
    }

    /// The site folder's path (standardized), which include paths are relative to.
    let siteRoot: String
    private let boundary: SiteBoundary
    private let lock = NSLock()
    private var files: [String: Result<IncludedFile, Failure>] = [:]

    /// `siteRoot` and the content folder (which `docgen.yml` may put elsewhere) are where files may be.
    init(siteRoot: String, contentRoot: String) {
        self.siteRoot = siteRoot
        self.boundary = SiteBoundary([siteRoot, contentRoot])
    }

    /// The file at `path` (site-relative, normalized, `/`-separated).
    func file(_ path: String) -> Result<IncludedFile, Failure> {
        lock.lock()
        if let known = files[path] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let read = load(path)
        lock.lock()
        files[path] = read
        lock.unlock()
        return read
    }

    private func load(_ path: String) -> Result<IncludedFile, Failure> {
        let location = siteRoot + "/" + path
        guard let real = SiteBoundary.realPath(location) else {
            let error = errno
            if error == ENOENT || error == ENOTDIR { return .failure(.missing) }
            return .failure(.unreadable(.fromErrno(error, path: location)))
        }
        guard boundary.allows(real) else {
            return .failure(.refused("it leads outside the site folder or into a hidden folder"))
        }
        // A huge file (a log, a disk image) is refused before it is read.
        var status = stat()
        if stat(real, &status) == 0, Int(status.st_size) > IncludeExpander.maximumBytes {
            return .failure(.tooLarge(Int(status.st_size)))
        }
        switch FileBytes.load(real) {
        case .failure(let problem): return .failure(.unreadable(problem))
        case .success(var bytes):
            guard String(validating: bytes, as: UTF8.self) != nil else { return .failure(.notUTF8) }
            let mark = ByteOrderMark.length(in: bytes)
            if mark > 0 { bytes.removeFirst(mark) }
            return .success(IncludedFile(bytes: bytes))
        }
    }
}
