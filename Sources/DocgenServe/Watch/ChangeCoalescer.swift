import Foundation

/// Gathers file events into batches: a batch is handed on once no event has
/// come for `quietPeriod`, so an editor's atomic save (probe file, backup,
/// write, rename, delete) or a `git checkout` of hundreds of files is one
/// rebuild, not a storm. A stream of events that never pauses is still cut
/// every `longestWait`, so a busy folder cannot starve the preview.
///
/// A batch holding only `ChangeFilter.Kind.deferred` paths waits for the
/// next relevant event; `ignored` paths are dropped on arrival.
///
/// When the quiet period ends with a changed path that does not exist
/// (renamed away or deleted), the batch waits up to `missingGrace` more for
/// it to come back: editors that save by renaming the old file away before
/// writing the new one would otherwise show a deleted page for a moment.
/// The same grace is given when a changed file is still open for writing
/// (`isBeingWritten`: inotify saw it written but not closed), so a writer
/// paused between its `write` and `close` on a busy machine stays one rebuild.
/// The time of the batch's first event goes with it (`since`).
///
/// The quiet period grows with the batch: 1 ms more for each changed path
/// after the first, up to `longestQuiet`. A save changes one or two paths and
/// waits `quietPeriod`; a `git checkout` of hundreds of files, whose events
/// can pause for tens of milliseconds when the machine is busy, waits long
/// enough to stay one rebuild.
final class ChangeCoalescer: @unchecked Sendable {
    let quietPeriod: TimeInterval
    let longestQuiet: TimeInterval = 0.1
    let longestWait: TimeInterval
    private let roots: () -> [String]
    let missingGrace: TimeInterval
    private let isBeingWritten: (String) -> Bool
    private let deliver: (Set<String>, DispatchTime) -> Void
    private let queue = DispatchQueue(label: "docgen.serve.coalescer")
    private var pending: Set<String> = []
    private var relevant: Set<String> = []
    private var graceGiven = false
    private var firstEvent: DispatchTime?
    private var lastEvent = DispatchTime.now()
    private var nextCheck: DispatchTime?

    init(
        quietPeriod: TimeInterval, longestWait: TimeInterval = 2, missingGrace: TimeInterval = 0.1,
        roots: @escaping () -> [String], isBeingWritten: @escaping (String) -> Bool = { _ in false },
        deliver: @escaping (Set<String>, DispatchTime) -> Void
    ) {
        self.quietPeriod = quietPeriod
        self.isBeingWritten = isBeingWritten
        self.longestWait = longestWait
        self.missingGrace = missingGrace
        self.roots = roots
        self.deliver = deliver
    }

    /// Called from a watcher's thread with the paths of one read of events.
    func add(_ paths: Set<String>) {
        queue.async { [self] in
            let roots = roots()
            var relevantNow = false
            for path in paths {
                switch ChangeFilter.kind(of: path, under: roots) {
                case .ignored: continue
                case .deferred: pending.insert(path)
                case .relevant:
                    pending.insert(path)
                    relevant.insert(path)
                    relevantNow = true
                }
            }
            guard relevantNow else { return }
            lastEvent = .now()
            if firstEvent == nil { firstEvent = lastEvent }
            scheduleCheck(after: currentQuiet)
        }
    }

    /// Checks the batch at `now + delay`, unless a check is due sooner; a
    /// later check already planned (the grace) is superseded.
    private func scheduleCheck(after delay: TimeInterval) {
        let due = DispatchTime.now() + delay
        if let next = nextCheck, next <= due { return }
        nextCheck = due
        queue.asyncAfter(deadline: due) { [self] in
            guard nextCheck == due else { return }
            nextCheck = nil
            guard !relevant.isEmpty, let first = firstEvent else { return }
            let now = DispatchTime.now()
            let quietFor = Double(now.uptimeNanoseconds - lastEvent.uptimeNanoseconds) / 1e9
            let waitedFor = Double(now.uptimeNanoseconds - first.uptimeNanoseconds) / 1e9
            let isQuiet = quietFor + 0.000_5 >= currentQuiet
            if waitedFor >= longestWait || (isQuiet && (graceGiven || !needsGrace())) {
                let batch = pending
                pending = []
                relevant = []
                graceGiven = false
                firstEvent = nil
                deliver(batch, first)
            } else if isQuiet {
                graceGiven = true
                scheduleCheck(after: missingGrace)
            } else {
                scheduleCheck(after: currentQuiet - quietFor)
            }
        }
    }

    /// A changed path that is gone (maybe renamed away for a save) or still
    /// being written.
    private func needsGrace() -> Bool {
        relevant.contains { isBeingWritten($0) || !FileManager.default.fileExists(atPath: $0) }
    }

    /// The quiet period for the batch so far.
    private var currentQuiet: TimeInterval {
        min(quietPeriod + Double(max(relevant.count - 1, 0)) * 0.001, max(longestQuiet, quietPeriod))
    }
}
