import Foundation

/// Byte offsets of the lines of a UTF-8 buffer, to turn cmark's byte columns into
/// the character columns an editor shows, and to read a line's bytes.
///
/// A line ends at `\n`, `\r\n` or a lone `\r`, as CommonMark says.
public struct LineTable: Sendable {
    /// `starts[i]` is the byte offset where line `i + 1` begins.
    public let starts: [Int]
    public let byteCount: Int

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.starts = Self.lineStarts(bytes)
        self.byteCount = bytes.count
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
        let start = starts[line - 1]
        let end = min(start + byteColumn - 1, bytes.count)
        var column = 1
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }
}
