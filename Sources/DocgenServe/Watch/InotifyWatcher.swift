#if os(Linux)
    import Foundation
    import Glibc

    /// Watches folders recursively with Linux's inotify, including folders
    /// created (or moved in) later: their watches are added as soon as their
    /// event is read, and the files already in them are reported, since they
    /// may have been written before the watch existed.
    ///
    /// One blocking thread reads the events; each read's paths go to
    /// `onChange` together. A queue overflow reports the roots themselves
    /// (everything may have changed). Hidden folders get no watch: nothing in
    /// them is part of a site.
    final class InotifyWatcher: FileWatcher, @unchecked Sendable {
        private static let folderMask: UInt32 =
            UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE)
            | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO) | UInt32(IN_ATTRIB) | UInt32(IN_DELETE_SELF)
            | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

        /// One watched folder: recursive (a watched root or inside one), or
        /// the folder of a watched file, or of a root that does not exist yet.
        private struct Folder {
            var path: String
            var recursive: Bool
            /// For a non-recursive folder: the names whose events count.
            var names: Set<String>
        }

        private let descriptor: Int32
        private let onChange: (Set<String>) -> Void
        private let onFailure: (WatchFailure) -> Void
        /// At most this many watches (`DOCGEN_SERVE_MAX_WATCHES`, for tests of the fallback).
        private let watchLimit: Int?
        private let boundary: WatchBoundary
        /// Files written to and not closed yet, for the coalescer.
        private let openWrites: OpenWrites
        private let lock = NSLock()
        private var folders: [Int32: Folder] = [:]
        private var roots: [String] = []
        private var failed = false

        init(
            boundary: WatchBoundary, limit: Int? = nil, openWrites: OpenWrites = OpenWrites(),
            onChange: @escaping (Set<String>) -> Void, onFailure: @escaping (WatchFailure) -> Void
        ) throws {
            self.openWrites = openWrites
            let descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { throw WatchFailure.unavailable(String(cString: strerror(errno))) }
            self.descriptor = descriptor
            self.watchLimit = limit
            self.boundary = boundary
            self.onChange = onChange
            self.onFailure = onFailure
        }

        /// Adds every watch now (so running out is known before serving), then
        /// starts the reading thread.
        func start(_ roots: [String]) throws {
            try lock.withLock { try setUp(roots) }
            let thread = Thread { [self] in readLoop() }
            thread.name = "docgen inotify"
            thread.start()
        }

        func watch(_ roots: [String]) {
            lock.withLock {
                guard !failed else { return }
                do { try setUp(roots) } catch {
                    fail(error as? WatchFailure ?? .outOfWatches)
                }
            }
        }

        // MARK: - Watches (under `lock`)

        private func setUp(_ newRoots: [String]) throws {
            // `docgen.yml` moved the content or templates folder: the old
            // trees' watches would only spend the user's inotify budget.
            if !roots.isEmpty, newRoots != roots { removeAllWatches() }
            roots = newRoots
            for root in newRoots {
                if WatchBoundary.isFolder(root) {
                    try addTree(root)
                } else {
                    // A file (docgen.yml) or a folder that may appear later:
                    // its parent is watched for that one name.
                    let parent = (root as NSString).deletingLastPathComponent
                    let name = (root as NSString).lastPathComponent
                    try add(parent, recursive: false, name: name)
                }
            }
        }

        /// Watches `folder` and every folder under it; returns the files found
        /// (for folders that appeared after their parent was watched).
        @discardableResult
        private func addTree(_ folder: String) throws -> [String] {
            var files: [String] = []
            var stack = [folder]
            // Real paths: a symlink to the folder itself or to an ancestor
            // (`content/self -> .`) would otherwise be walked until the
            // kernel's symlink limit, and two of them, forever.
            var seen = Set<String>()
            while let next = stack.popLast() {
                guard seen.insert(WatchBoundary.realPath(next)).inserted else { continue }
                guard try add(next, recursive: true, name: nil) else { continue }
                guard let entries = try? FileManager.default.contentsOfDirectory(atPath: next) else { continue }
                for name in entries where !name.hasPrefix(".") {
                    let path = next + "/" + name
                    if boundary.isFolderToWalk(path) { stack.append(path) } else { files.append(path) }
                }
            }
            return files
        }

        /// Adds one watch; false when the folder is gone or cannot be watched
        /// (permissions), which is not fatal; throws when out of watches.
        @discardableResult
        private func add(_ folder: String, recursive: Bool, name: String?) throws -> Bool {
            if let watchLimit, folders.count >= watchLimit { throw WatchFailure.outOfWatches }
            let watch = inotify_add_watch(descriptor, folder, Self.folderMask)
            if watch < 0 {
                if errno == ENOSPC { throw WatchFailure.outOfWatches }
                return false
            }
            var entry = folders[watch] ?? Folder(path: folder, recursive: false, names: [])
            if recursive {
                // The same folder again under a new path: it was moved (inotify
                // keeps the watch of an inode); its events now have this path.
                entry.path = folder
                entry.recursive = true
            }
            if let name { entry.names.insert(name) }
            folders[watch] = entry
            return true
        }

        private func fail(_ failure: WatchFailure) {
            guard !failed else { return }
            failed = true
            // Polling takes over: give the watches back to the system.
            removeAllWatches()
            onFailure(failure)
        }

        /// Removes every watch (under `lock`); their `IN_IGNORED` events find no folder.
        private func removeAllWatches() {
            for watch in folders.keys { inotify_rm_watch(descriptor, watch) }
            folders = [:]
        }

        // MARK: - Events

        private func readLoop() {
            let size = 256 * 1024
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
            defer { buffer.deallocate() }
            while true {
                let count = read(descriptor, buffer, size)
                if count < 0 {
                    if errno == EINTR { continue }
                    return
                }
                guard count > 0 else { return }
                let changed = lock.withLock { () -> Set<String> in
                    guard !failed else { return [] }
                    return handle(UnsafeRawBufferPointer(start: buffer, count: count))
                }
                if !changed.isEmpty { onChange(changed) }
            }
        }

        /// The paths one read's events name (under `lock`).
        private func handle(_ events: UnsafeRawBufferPointer) -> Set<String> {
            var changed = Set<String>()
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= events.count {
                let watch = events.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = events.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(events.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameBytes = events[(offset + header)..<min(offset + header + length, events.count)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += header + length

                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    changed.formUnion(roots)
                    continue
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    folders[watch] = nil
                    continue
                }
                guard let folder = folders[watch] else { continue }
                if name.isEmpty {
                    // The folder itself was deleted or moved away.
                    if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0 {
                        changed.insert(folder.path)
                        // A watched root that went away: watch for it to come back.
                        if roots.contains(folder.path) {
                            let parent = (folder.path as NSString).deletingLastPathComponent
                            _ = try? add(parent, recursive: false, name: (folder.path as NSString).lastPathComponent)
                        }
                    }
                    continue
                }
                let path = folder.path + "/" + name
                guard folder.recursive || folder.names.contains(name) else { continue }
                changed.insert(path)
                if mask & UInt32(IN_ISDIR) == 0 {
                    openWrites.record(
                        path, opened: mask & (UInt32(IN_CREATE) | UInt32(IN_MODIFY)) != 0,
                        closed: mask & (UInt32(IN_CLOSE_WRITE) | UInt32(IN_DELETE) | UInt32(IN_MOVED_FROM)) != 0)
                }
                let isNewFolder =
                    mask & UInt32(IN_ISDIR) != 0 && mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0
                if isNewFolder, !name.hasPrefix("."), folder.recursive || roots.contains(path) {
                    do { changed.formUnion(try addTree(path)) } catch {
                        fail(error as? WatchFailure ?? .outOfWatches)
                        return changed
                    }
                }
            }
            return changed
        }
    }
#endif
