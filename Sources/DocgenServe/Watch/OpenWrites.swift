import Foundation

/// Files inotify saw written to (`IN_CREATE`, `IN_MODIFY`) but not yet
/// closed (`IN_CLOSE_WRITE`), deleted or moved away. A writer that is
/// descheduled between its `write` and its `close` on a busy machine would
/// otherwise split one save into two rebuilds; the coalescer gives such a
/// batch a grace period instead (`ChangeCoalescer.missingGrace`).
final class OpenWrites: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    /// Records what one inotify event says of `path`.
    func record(_ path: String, opened: Bool, closed: Bool) {
        lock.withLock {
            if closed {
                paths.remove(path)
            } else if opened {
                paths.insert(path)
            }
        }
    }

    func contains(_ path: String) -> Bool { lock.withLock { paths.contains(path) } }
}
