import Foundation

/// What `stat` says of a file, as far as build fingerprints care.
struct FileStatus: Sendable {
    var mode: Int64
    var size: Int64
    var inode: Int64
    /// mtime and ctime in nanoseconds since 1970.
    var modified: Int64
    var changed: Int64

    /// Nil when the file cannot be stat'ed (it does not exist).
    init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        mode = Int64(status.st_mode)
        size = Int64(status.st_size)
        inode = Int64(status.st_ino)
        #if os(Linux)
            (modified, changed) = (Fingerprint.nanoseconds(status.st_mtim), Fingerprint.nanoseconds(status.st_ctim))
        #else
            (modified, changed) = (
                Fingerprint.nanoseconds(status.st_mtimespec), Fingerprint.nanoseconds(status.st_ctimespec)
            )
        #endif
    }
}
