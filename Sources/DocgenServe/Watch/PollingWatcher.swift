import Foundation

/// Watches by looking: every `interval`, every file under the roots is
/// `stat`ed and compared with the last look (size, modification and change
/// time, inode), so a change, an addition, a deletion or a rename is seen
/// whatever the file system. For `--poll`, and when inotify is unavailable
/// or out of watches. Hidden entries are skipped, as the site skips them.
final class PollingWatcher: FileWatcher, @unchecked Sendable {
    private struct Stamp: Equatable {
        var size: Int64
        var modified: Int64
        var changed: Int64
        var inode: UInt64
    }

    let interval: TimeInterval
    private let onChange: (Set<String>) -> Void
    private let boundary: WatchBoundary
    private let lock = NSLock()
    private var roots: [String] = []
    private var last: [String: Stamp] = [:]

    init(interval: TimeInterval, boundary: WatchBoundary, onChange: @escaping (Set<String>) -> Void) {
        self.interval = interval
        self.boundary = boundary
        self.onChange = onChange
    }

    func start(_ roots: [String]) {
        lock.withLock {
            self.roots = roots
            last = look(roots)
        }
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: interval)
                let changed = lock.withLock { () -> Set<String> in
                    let now = look(self.roots)
                    var changed = Set<String>()
                    for (path, stamp) in now where last[path] != stamp { changed.insert(path) }
                    for path in last.keys where now[path] == nil { changed.insert(path) }
                    last = now
                    return changed
                }
                if !changed.isEmpty { onChange(changed) }
            }
        }
        thread.name = "docgen poll"
        thread.start()
    }

    func watch(_ roots: [String]) {
        lock.withLock { self.roots = roots }
    }

    private func look(_ roots: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        var stack = roots.map { ($0, true) }
        var seen = Set<String>()
        // Folders by real path, so a symlink cycle is walked once (see `InotifyWatcher.addTree`).
        var walked = Set<String>()
        while let (path, isRoot) = stack.popLast() {
            guard seen.insert(path).inserted else { continue }
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            if isRoot ? WatchBoundary.isFolder(path) : boundary.isFolderToWalk(path) {
                guard walked.insert(WatchBoundary.realPath(path)).inserted else { continue }
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { continue }
                for name in names where !name.hasPrefix(".") { stack.append((path + "/" + name, false)) }
            } else if status.st_mode & S_IFMT != S_IFDIR {
                #if os(Linux)
                    let (modified, changed) = (status.st_mtim, status.st_ctim)
                #else
                    let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
                #endif
                stamps[path] = Stamp(
                    size: Int64(status.st_size),
                    modified: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
                    changed: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec),
                    inode: UInt64(status.st_ino))
            }
        }
        return stamps
    }
}
