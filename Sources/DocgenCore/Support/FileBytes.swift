import Foundation

/// Plain POSIX file access for the writer's hot loop: Foundation's `Data`
/// reads and writes add stats and copies that cost more than the I/O itself
/// when a build touches ten thousand files.
enum FileBytes {
    /// The file's bytes, or nil when it cannot be read or is no regular file.
    static func read(_ path: String) -> [UInt8]? { try? load(path).get() }

    /// The bytes of the regular file at `path`, or why there are none.
    ///
    /// Opened with `O_NONBLOCK`, so that a FIFO put where a file was expected
    /// cannot block the build, and its type checked with `fstat` before any
    /// read. With `followingSymlinks: false` (`O_NOFOLLOW`) a symlink in
    /// `path`'s last component is refused: callers that checked where a
    /// link leads pass its real path.
    static func load(_ path: String, followingSymlinks: Bool = true) -> Result<[UInt8], FileProblem> {
        guard path.utf8.count < PATH_MAX else { return .failure(.pathTooLong(bytes: path.utf8.count)) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingSymlinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            if errno == ELOOP, !followingSymlinks {
                return .failure(.unreadable(reason: "it is a symlink where a file was expected"))
            }
            return .failure(.fromErrno(errno, path: path))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.fromErrno(errno, path: path)) }
        if let kind = FileProblem.specialKind(mode: status.st_mode) { return .failure(.special(kind: kind)) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            return .failure(.unreadable(reason: "it is a folder, not a file"))
        }
        errno = 0
        guard let bytes = readAll(descriptor, expected: Int(status.st_size)) else {
            guard errno != 0 else { return .failure(.unreadable(reason: "it got shorter while it was read")) }
            return .failure(.fromErrno(errno, path: path))
        }
        return .success(bytes)
    }

    /// Whether the regular file at `path` can be opened for reading, without
    /// reading it (see `load` for the flags).
    static func canOpen(_ path: String) -> FileProblem? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard descriptor >= 0 else { return .fromErrno(errno, path: path) }
        close(descriptor)
        return nil
    }

    /// True when the file at `path` holds exactly `bytes`. Reads the file only
    /// when it is a regular file of that size (a FIFO left in the output
    /// folder is opened without blocking, then refused).
    static func holds(_ path: String, exactly bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count
        else { return false }
        return readAll(descriptor, expected: bytes.count) == bytes
    }

    /// Creates or truncates `path` and writes `bytes`; an errno message on failure.
    static func write(_ bytes: [UInt8], to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        return failure
    }

    private static func readAll(_ descriptor: Int32, expected: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: expected)
        var offset = 0
        let ok = bytes.withUnsafeMutableBytes { buffer -> Bool in
            while offset < expected {
                let count = Foundation.read(descriptor, buffer.baseAddress! + offset, expected - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        return ok ? bytes : nil
    }
}
