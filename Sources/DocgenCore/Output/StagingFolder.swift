import Foundation

/// The staging folder of an update, made when the first changed file needs
/// it (an update that changes nothing makes none), from the folder skeleton
/// the previous update left beside the output (`OutputLeftovers.spare`)
/// when there is one.
///
/// A site has a folder per page, and making folders is the dearest part of
/// writing a new tree: 10,000 `mkdir` took 2.9 s on the ext4 of the
/// benchmark machine, while linking 10,000 files took 0.08 s. Reusing the
/// folders of the site before the previous one turns that into a walk, and
/// the site's folders rarely change from one build to the next.
final class StagingFolder: @unchecked Sendable {
    let path: String
    private let spare: String
    private let needed: Set<String>
    private let lock = NSLock()
    private var outcome: Prepared?

    enum Prepared: Sendable {
        /// Made; it already holds these folders of the new site.
        case ready(existing: Set<String>)
        case failed(String)
    }

    init(path: String, spare: String, needed: Set<String>) {
        self.path = path
        self.spare = spare
        self.needed = needed
    }

    /// Makes the folder once, whoever asks first.
    func prepare() -> Prepared {
        lock.lock()
        defer { lock.unlock() }
        if let outcome { return outcome }
        let made = make()
        outcome = made
        return made
    }

    /// Whether `prepare` ran, so the staging folder exists.
    var isMade: Bool {
        lock.lock()
        defer { lock.unlock() }
        return outcome != nil
    }

    private func make() -> Prepared {
        if rename(spare, path) == 0 {
            // Only folders should be left in a spare: anything else goes, as
            // do the folders the new site has no use for.
            let skeleton = PreviousOutput(path)
            _ = Parallel.map(skeleton.files) { unlink(path + "/" + $0) }
            for entry in skeleton.hidden { FileTree.remove(path + "/" + entry) }
            for folder in skeleton.folders.sorted(by: >) where !needed.contains(folder) {
                FileTree.remove(path + "/" + folder)
            }
            return .ready(existing: Set(skeleton.folders).intersection(needed))
        }
        if let reason = OutputFolders.makeRoot(path) {
            return .failed("cannot create the staging folder \(path): \(reason)")
        }
        return .ready(existing: [])
    }
}
