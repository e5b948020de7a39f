/// Something that reports changed paths under the watched roots (folders,
/// watched recursively, and single files such as `docgen.yml`).
protocol FileWatcher: AnyObject, Sendable {
    /// Watches these roots from now on (after `docgen.yml` moved the content
    /// or templates folder, or a watched folder was deleted and created again).
    func watch(_ roots: [String])
}

/// Why inotify cannot watch the site.
enum WatchFailure: Error, Equatable {
    /// `inotify_init1` failed (no inotify, or too many instances).
    case unavailable(String)
    /// `inotify_add_watch` said ENOSPC: `fs.inotify.max_user_watches` is used up.
    case outOfWatches

    var message: String {
        switch self {
        case .unavailable(let reason): return "inotify is unavailable (\(reason))"
        case .outOfWatches:
            return "out of inotify watches (raise fs.inotify.max_user_watches)"
        }
    }
}
