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
    /// The work, dropped before the result is published: what it captures
    /// (the page renderer, and through it the theme) is then freed by the
    /// time `result()` returns, not whenever the worker thread gets to
    /// release its block, which could be after the process began to exit
    /// (LeakSanitizer then reported the whole theme as leaked).
    private var build: (@Sendable () -> [UInt8]?)?

    init(_ build: @escaping @Sendable () -> [UInt8]?) {
        self.build = build
        DispatchQueue.global().async { self.run() }
    }

    private func run() {
        condition.lock()
        let work = build
        build = nil
        condition.unlock()
        let bytes = work?()
        _ = consume work
        condition.lock()
        self.bytes = bytes
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The index, once built; nil if a page body could not be read back.
    func result() -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return bytes
    }
}
