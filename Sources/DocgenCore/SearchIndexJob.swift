import Dispatch
import Foundation

/// Builds `search-index.json` in the background from the moment the output
/// files are listed, so that its work overlaps the rendering of the pages
/// instead of coming after it: the writer reaches the index last (it follows
/// the pages), and then only waits for what is left.
final class SearchIndexJob: @unchecked Sendable {
    private let condition = NSCondition()
    private var finished = false
    private var bytes: [UInt8]?

    init(_ build: @escaping @Sendable () -> [UInt8]?) {
        DispatchQueue.global().async {
            let bytes = build()
            self.condition.lock()
            self.bytes = bytes
            self.finished = true
            self.condition.broadcast()
            self.condition.unlock()
        }
    }

    /// The index, once built; nil if a page body could not be read back.
    func result() -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return bytes
    }
}
