import Foundation

/// Puts a finished folder where another one is, in one step where the system
/// allows it, so that no reader ever sees a mix of the two.
///
/// On Linux this is `renameat2(…, RENAME_EXCHANGE)` (Linux 3.15, on ext4,
/// xfs, btrfs, tmpfs and most local file systems), on macOS
/// `renamex_np(…, RENAME_SWAP)`. Glibc does not declare `renameat2` to
/// Swift (it needs `_GNU_SOURCE`), so it is looked up with `dlsym`.
/// Where the exchange is missing (old kernels, some network file systems)
/// the caller falls back to two renames; see `OutputWriter`.
enum FolderSwap {
    enum Outcome: Equatable {
        /// `new` is now at `current`'s path and the previous folder at `new`'s.
        case exchanged
        /// The system or the file system has no atomic exchange.
        case unsupported
        case failed(errno: Int32)
    }

    static func exchange(_ new: String, with current: String) -> Outcome {
        #if os(Linux)
            guard let renameat2 = linuxRenameat2 else { return .unsupported }
            /// `RENAME_EXCHANGE` of linux/fs.h.
            let renameExchange: UInt32 = 2
            return renameat2(AT_FDCWD, new, AT_FDCWD, current, renameExchange) == 0 ? .exchanged : failure(errno)
        #elseif canImport(Darwin)
            return renamex_np(new, current, UInt32(RENAME_SWAP)) == 0 ? .exchanged : failure(errno)
        #else
            return .unsupported
        #endif
    }

    /// EINVAL: the file system does not support the flag; ENOSYS: the kernel has no renameat2.
    private static func failure(_ reason: Int32) -> Outcome {
        reason == EINVAL || reason == ENOSYS || reason == ENOTSUP ? .unsupported : .failed(errno: reason)
    }

    #if os(Linux)
        private typealias Renameat2 =
            @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

        /// Glibc 2.28 and later export it; nil on an older C library.
        private static let linuxRenameat2: Renameat2? = {
            guard let symbol = dlsym(nil, "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: Renameat2.self)
        }()
    #endif
}
