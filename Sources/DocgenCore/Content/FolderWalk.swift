import Foundation

/// Everything under a folder of the site that docgen may read: regular files
/// and folders as `/`-separated relative paths, hidden entries left out, and a
/// `FileProblem` for each entry it must not read.
///
/// A plain `readdir` walk that trusts `d_type`, so a tree of ordinary files
/// and folders costs one `fstat` per folder and nothing per file. Symlinks are
/// resolved and followed only into the `SiteBoundary`: a link to a file
/// there is a copy of that file, a link to a folder there a copy of that
/// folder, unless that folder holds the link (found by device and inode of the
/// folders above it, so a loop is reported instead of walked). FIFOs,
/// sockets and devices are never opened.
struct FolderWalk {
    var files: [String] = []
    /// "" (the root) first, then every folder below it.
    var folders: [String] = [""]
    /// Files that are symlinks: relative path → the real path to read them from.
    var symlinkedFiles: [String: String] = [:]
    /// Entries not read, relative path → why; sorted by path.
    var problems: [(path: String, problem: FileProblem)] = []

    private struct FolderID: Equatable {
        var device: UInt64
        var inode: UInt64
        init(_ status: stat) { (device, inode) = (UInt64(status.st_dev), UInt64(status.st_ino)) }
    }

    private let boundary: SiteBoundary
    /// The folder left out, by identity: a link may reach it by another path.
    private let excluded: FolderID?
    /// Folders found and not yet read, with the folders above them. The walk
    /// keeps a list rather than recursing: a tree thousands of folders deep
    /// must not overflow the stack, nor hold a descriptor per level.
    private var pending: [(path: String, relative: String, ancestors: [FolderID])] = []

    /// Walks `root`, which must be a readable folder (else the problem is
    /// thrown: the caller decides what a missing root means). `excluded` is a
    /// folder left out with what it holds (the output folder).
    init(_ root: String, boundary: SiteBoundary, excluding excluded: String? = nil) throws(FileProblem) {
        self.boundary = boundary
        var status = stat()
        self.excluded = excluded.flatMap { stat($0, &status) == 0 ? FolderID(status) : nil }
        guard root.utf8.count < PATH_MAX else { throw .pathTooLong(bytes: root.utf8.count) }
        guard let directory = opendir(root) else {
            let error = errno
            if error == ENOTDIR, stat(root, &status) == 0, let kind = FileProblem.specialKind(mode: status.st_mode) {
                throw .special(kind: kind)
            }
            throw error == ENOTDIR ? .unreadable(reason: "it is a file, not a folder") : .fromErrno(error, path: root)
        }
        guard fstat(dirfd(directory), &status) == 0 else {
            defer { closedir(directory) }
            throw .fromErrno(errno, path: root)
        }
        list(directory, status: status, path: root, relative: "", ancestors: [])
        while let (path, relative, ancestors) = pending.popLast() {
            enter(path, relative: relative, ancestors: ancestors)
        }
        files.sort()
        folders.sort()
        problems.sort { $0.path < $1.path }
    }

    /// Reads the open folder's entries and closes it; lists its files and
    /// problems and queues its folders.
    private mutating func list(
        _ directory: OpaquePointer, status: stat, path: String, relative: String, ancestors: [FolderID]
    ) {
        let ancestors = ancestors + [FolderID(status)]
        var entries: [(name: String, type: UInt8)] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { problems.append((relative, .fromErrno(errno, path: path))) }
                break
            }
            let (name, isUTF8) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                return String(validatingCString: bytes).map { ($0, true) } ?? (String(cString: bytes), false)
            }
            guard !name.hasPrefix(".") else { continue }
            // A name that is not UTF-8 cannot be a URL, nor be opened by the
            // repaired name the path would hold.
            guard isUTF8 else {
                problems.append((relative.isEmpty ? name : relative + "/" + name, .nameNotUTF8))
                continue
            }
            entries.append((name, entry.pointee.d_type))
        }
        closedir(directory)
        for (name, type) in entries {
            let child = relative.isEmpty ? name : relative + "/" + name
            visit(path + "/" + name, relative: child, type: type, ancestors: ancestors)
        }
    }

    private mutating func visit(_ path: String, relative: String, type: UInt8, ancestors: [FolderID]) {
        // Checked before any call: the system would answer ENAMETOOLONG, and
        // the output path would be as long.
        guard path.utf8.count < PATH_MAX else {
            problems.append((relative, .pathTooLong(bytes: path.utf8.count)))
            return
        }
        var mode: mode_t
        switch Int32(type) {
        case Int32(DT_DIR): mode = S_IFDIR
        case Int32(DT_REG): mode = S_IFREG
        case Int32(DT_LNK): mode = S_IFLNK
        default:
            var status = stat()
            guard lstat(path, &status) == 0 else {
                problems.append((relative, .fromErrno(errno, path: path)))
                return
            }
            mode = status.st_mode & S_IFMT
        }
        switch mode {
        case S_IFREG:
            files.append(relative)
        case S_IFDIR:
            pending.append((path, relative, ancestors))
        case S_IFLNK:
            followSymlink(path, relative: relative, ancestors: ancestors)
        default:
            problems.append((relative, .special(kind: FileProblem.specialKind(mode: mode) ?? "a special file")))
        }
    }

    private mutating func enter(_ path: String, relative: String, ancestors: [FolderID]) {
        guard let directory = opendir(path) else {
            problems.append((relative, .fromErrno(errno, path: path)))
            return
        }
        var status = stat()
        guard fstat(dirfd(directory), &status) == 0 else {
            problems.append((relative, .fromErrno(errno, path: path)))
            closedir(directory)
            return
        }
        guard FolderID(status) != excluded else {
            closedir(directory)
            return
        }
        folders.append(relative)
        list(directory, status: status, path: path, relative: relative, ancestors: ancestors)
    }

    private mutating func followSymlink(_ path: String, relative: String, ancestors: [FolderID]) {
        switch boundary.resolve(symlink: path) {
        case .failure(let problem):
            problems.append((relative, problem))
        case .success(let (realPath, status)):
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                files.append(relative)
                symlinkedFiles[relative] = realPath
            case S_IFDIR:
                // A folder that holds the link, on disk or on the way here
                // through other links: following it would never end.
                guard !ancestors.contains(FolderID(status)), !Self.holds(realPath, folderOf: path) else {
                    problems.append((relative, .folderCycle(target: SiteBoundary.linkText(path))))
                    return
                }
                pending.append((path, relative, ancestors))
            default:
                problems.append(
                    (relative, .special(kind: FileProblem.specialKind(mode: status.st_mode) ?? "a special file")))
            }
        }
    }

    /// True when the folder at `realPath` is the folder holding `path`, or
    /// one above it (a link to `..`, or to the site root from `content/`).
    private static func holds(_ realPath: String, folderOf path: String) -> Bool {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")),
            let parent = SiteBoundary.realPath(String(path[..<slash]))
        else { return false }
        return SiteBoundary.segments(of: parent, below: realPath) != nil
    }
}
