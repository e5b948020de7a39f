/// inotify, and the polling watcher that takes over when inotify fails
/// while serving (out of watches as folders are added): roots go to both,
/// each ignoring them until it runs.
final class SwitchingWatcher: FileWatcher, @unchecked Sendable {
    private let first: any FileWatcher
    private let second: any FileWatcher

    init(first: any FileWatcher, second: any FileWatcher) {
        self.first = first
        self.second = second
    }

    func watch(_ roots: [String]) {
        first.watch(roots)
        second.watch(roots)
    }
}
