import Foundation

/// Byte offsets of the lines of a UTF-8 buffer, to turn cmark's byte columns into
/// the character columns an editor shows, and to read a line's bytes.
///
/// A line ends at `\n`, `\r\n` or a lone `\r`, as CommonMark says.
public struct LineTable: Sendable {
    /// `starts[i]` is the byte offset where line `i + 1` begins.
    public let starts: [Int]
    public let byteCount: Int
    /// For each line longer than `longLine` bytes: the characters
    /// before every `checkpointStride`-th byte of it. A column on such a line
    /// is then found by counting at most one stride of bytes, so a page of
    /// 100,000 links on one line costs linear time, not quadratic.
    private let checkpoints: [Int: [Int]]
    private static let checkpointStride = 256
    /// Lines up to this long are counted from their start: a query costs at
    /// most this many bytes, and most files need no checkpoints at all.
    private static let longLine = 4096

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let starts = Self.lineStarts(bytes)
        self.starts = starts
        self.byteCount = bytes.count
        self.checkpoints = Self.checkpoints(bytes, starts: starts)
    }

    private static func checkpoints(_ bytes: UnsafeBufferPointer<UInt8>, starts: [Int]) -> [Int: [Int]] {
        var checkpoints: [Int: [Int]] = [:]
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
            guard end - start > longLine else { continue }
            var counts = [0]
            counts.reserveCapacity((end - start) / checkpointStride + 1)
            var characters = 0
            var blockStart = start
            while blockStart + checkpointStride <= end {
                for offset in blockStart..<(blockStart + checkpointStride) where bytes[offset] & 0xC0 != 0x80 {
                    characters += 1
                }
                counts.append(characters)
                blockStart += checkpointStride
            }
            checkpoints[index + 1] = counts
        }
        return checkpoints
    }

    /// `memchr` finds the `\n`s when there is no `\r` (nearly every file):
    /// much faster than looking at each byte.
    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return starts }
        starts.reserveCapacity(count / 32 + 2)
        if memchr(base, 0x0D, count) == nil {
            var index = 0
            while index < count, let found = memchr(base + index, 0x0A, count - index) {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(index)
            }
            return starts
        }
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    public var lineCount: Int { starts.count }

    /// The byte range of a 1-based line, without its line ending.
    public func contentRange(ofLine line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard line >= 1, line <= starts.count else { return byteCount..<byteCount }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] : byteCount
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Converts cmark's 1-based byte column into a 1-based character column
    /// by counting the UTF-8 lead bytes before it on the line.
    public func characterColumn(line: Int, byteColumn: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard line >= 1, line <= starts.count else { return byteColumn }
        var start = starts[line - 1]
        let end = min(start + byteColumn - 1, bytes.count)
        var column = 1
        if let counts = checkpoints[line], end > start {
            let stride = min((end - start) / Self.checkpointStride, counts.count - 1)
            column += counts[stride]
            start += stride * Self.checkpointStride
        }
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }
}
