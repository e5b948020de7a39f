import DocgenMarkdown
import Foundation

/// Keeps rendered page bodies in an unlinked temporary file between parsing
/// and rendering. Every page must be parsed before any can be rendered (links
/// and the sidebar need the whole site), and holding all bodies in memory
/// made them the largest part of a build's peak (66 MB of 165 MB on 10,000
/// pages, by heaptrack). Writing them out costs one sequential write and one
/// read of bytes that stay in the page cache.
final class HTMLSpool: @unchecked Sendable {
    /// Where one body is: its bytes, cut back into `RenderedHTML` pieces by length.
    struct Entry: Sendable {
        fileprivate var offset: Int
        fileprivate var pieceLengths: [Int]
        fileprivate var slots: [String]
    }

    private let file: UnsafeMutablePointer<FILE>
    private let lock = NSLock()
    private var end = 0

    /// Nil when no temporary file can be made; bodies then stay in memory.
    init?() {
        guard let file = tmpfile() else { return nil }
        self.file = file
    }

    deinit { fclose(file) }

    /// Writes `html` out; nil if the write failed (keep the body in memory).
    func store(_ html: RenderedHTML) -> Entry? {
        var bytes: [UInt8] = []
        var lengths: [Int] = []
        for piece in html.pieces {
            lengths.append(piece.utf8.count)
            bytes.append(contentsOf: piece.utf8)
        }
        lock.lock()
        let offset = end
        end += bytes.count
        lock.unlock()
        let written = bytes.withUnsafeBytes { pwrite(fileno(file), $0.baseAddress, $0.count, off_t(offset)) }
        guard written == bytes.count else { return nil }
        return Entry(offset: offset, pieceLengths: lengths, slots: html.slots)
    }

    /// The body `entry` stored; nil if it cannot be read back.
    func load(_ entry: Entry) -> RenderedHTML? {
        let count = entry.pieceLengths.reduce(0, +)
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { pread(fileno(file), $0.baseAddress, $0.count, off_t(entry.offset)) }
        guard read == count else { return nil }
        var pieces: [String] = []
        var start = 0
        for length in entry.pieceLengths {
            pieces.append(String(decoding: bytes[start..<(start + length)], as: UTF8.self))
            start += length
        }
        return RenderedHTML(pieces: pieces, slots: entry.slots)
    }
}
