import Foundation

/// Gathers file events into batches: a batch is handed on once no event has
/// come for `quietPeriod`, so an editor's atomic save (probe file, backup,
/// write, rename, delete) or a `git checkout` of hundreds of files is one
/// rebuild, not a storm. A stream of events that never pauses is still cut
/// every `longestWait`, so a busy folder cannot starve the preview.
///
/// A batch holding only `ChangeFilter.Kind.deferred` paths waits for the
/// next relevant event; `ignored` paths are dropped on arrival.
final class ChangeCoalescer: @unchecked Sendable {
    let quietPeriod: TimeInterval
    let longestWait: TimeInterval
    private let roots: () -> [String]
    private let deliver: (Set<String>) -> Void
    private let queue = DispatchQueue(label: "docgen.serve.coalescer")
    private var pending: Set<String> = []
    private var hasRelevant = false
    private var firstEvent: DispatchTime?
    private var lastEvent = DispatchTime.now()
    private var timerScheduled = false

    init(
        quietPeriod: TimeInterval, longestWait: TimeInterval = 2, roots: @escaping () -> [String],
        deliver: @escaping (Set<String>) -> Void
    ) {
        self.quietPeriod = quietPeriod
        self.longestWait = longestWait
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
                    relevantNow = true
                }
            }
            guard relevantNow else { return }
            hasRelevant = true
            lastEvent = .now()
            if firstEvent == nil { firstEvent = lastEvent }
            scheduleCheck(after: quietPeriod)
        }
    }

    private func scheduleCheck(after delay: TimeInterval) {
        guard !timerScheduled else { return }
        timerScheduled = true
        queue.asyncAfter(deadline: .now() + delay) { [self] in
            timerScheduled = false
            guard hasRelevant, let first = firstEvent else { return }
            let now = DispatchTime.now()
            let quietFor = Double(now.uptimeNanoseconds - lastEvent.uptimeNanoseconds) / 1e9
            let waitedFor = Double(now.uptimeNanoseconds - first.uptimeNanoseconds) / 1e9
            if quietFor + 0.000_5 >= quietPeriod || waitedFor >= longestWait {
                let batch = pending
                pending = []
                hasRelevant = false
                firstEvent = nil
                deliver(batch)
            } else {
                scheduleCheck(after: quietPeriod - quietFor)
            }
        }
    }
}
