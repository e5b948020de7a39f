import Foundation

/// The folders a symlink of the site may point into: the site folder, and the
/// content or theme folder being read (which `docgen.yml` may put elsewhere).
/// A target anywhere else, or in a hidden folder of those (`.git`, `.env`),
/// is refused: a link to a home folder must not publish its keys.
struct SiteBoundary: Sendable {
    /// Real paths (symlinks resolved), without a trailing `/`.
    let roots: [String]

    /// `folders` as given; each is resolved with `realpath` (one that does not
    /// exist is left out: nothing can be inside it).
    init(_ folders: [String]) {
        roots = folders.compactMap(Self.realPath)
    }

    /// Roots that are real paths already.
    init(roots: [String]) { self.roots = roots }

    /// True when `realPath` (already resolved) is one of the roots or inside
    /// one, with no hidden segment below it.
    func allows(_ realPath: String) -> Bool {
        roots.contains { root in
            guard let below = Self.segments(of: realPath, below: root) else { return false }
            return !below.contains { $0.first == UInt8(ascii: ".") }
        }
    }

    /// The segments of `path` below `folder` (none when they are the same
    /// folder), or nil when `path` is not inside `folder`. Both are real
    /// paths. Compared as bytes: two different file names may be equal as
    /// Swift strings (canonical equivalence).
    static func segments(of path: String, below folder: String) -> [ArraySlice<UInt8>]? {
        let path = Array(path.utf8)
        let folder = Array(folder.utf8)
        if path == folder { return [] }
        let base = folder.last == UInt8(ascii: "/") ? folder : folder + [UInt8(ascii: "/")]
        guard path.starts(with: base) else { return nil }
        return path[base.count...].split(separator: UInt8(ascii: "/"))
    }

    /// Where the symlink at `path` leads, when docgen may follow it: its real
    /// path and `stat`; else the problem to report. Only `path`'s last
    /// component is taken as the link: the folders above it were checked on the way.
    func resolve(symlink path: String) -> Result<(realPath: String, status: stat), FileProblem> {
        guard let real = Self.realPath(path) else {
            let error = errno
            if error == ENOENT { return .failure(.dangling(target: Self.linkText(path))) }
            return .failure(.fromErrno(error, path: path))
        }
        guard allows(real) else { return .failure(.outsideSite(target: Self.linkText(path))) }
        var status = stat()
        guard stat(real, &status) == 0 else { return .failure(.fromErrno(errno, path: real)) }
        return .success((real, status))
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The symlink's target as written, for messages.
    static func linkText(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, Int(PATH_MAX))
        guard count >= 0 else { return "?" }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
