import Dispatch
import Foundation

/// Runs independent per-item work on all cores and returns results in input
/// order, so output never depends on scheduling.
enum Parallel {
    /// Set `DOCGEN_WORKERS=1` (or any count) to pin the number of workers; used
    /// by tests that check output is byte-identical on one core and many.
    static var workerCount: Int {
        if let value = getenvString("DOCGEN_WORKERS"), let count = Int(value), count > 0 { return count }
        return ProcessInfoCores.active
    }

    static func map<Input: Sendable, Output: Sendable>(
        _ items: [Input], _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        let workers = min(workerCount, items.count)
        guard workers > 1 else { return items.map(transform) }
        let results = ResultSlots<Output>(count: items.count)
        // Chunks of a few items keep scheduling cheap and the load balanced.
        let chunk = max(1, items.count / (workers * 8))
        let chunks = (items.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
            let start = chunkIndex * chunk
            for index in start..<min(start + chunk, items.count) {
                results.store(transform(items[index]), at: index)
            }
        }
        return results.values()
    }

    private static func getenvString(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

/// Write-once slots filled from many threads, each index by exactly one.
/// A raw buffer allocated once: `Array.withUnsafeMutableBufferPointer` on a
/// shared array is a mutation of the array itself (it moves the storage out
/// for the duration), so concurrent stores through it lost results.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) { slots[index] = value }

    func values() -> [Value] { (0..<count).map { slots[$0]! } }
}
