import DocgenMarkdown
import Foundation

/// The lines of one file as the terminal printer quotes them under a
/// diagnostic: a line of at most `maxWidth` characters whole, a longer one as
/// a window around the column, with `…` where it was cut.
///
/// Every step is linear: the file's line starts are found once, and on a long
/// line the byte offset of a column is found from the last one asked (the
/// diagnostics of a file come sorted), so 100,000 diagnostics on one line of
/// 2 MB cost what reading the line once costs, and print 100,000 short lines.
struct QuotedSource {
    struct Excerpt: Equatable {
        /// The text to show (tabs as spaces, nothing escaped yet).
        var text: String
        /// Characters of `text` before the column's character.
        var caretOffset: Int
    }

    static let maxWidth = 160
    private static let context = 60

    let name: String
    private let bytes: [UInt8]
    private let table: LineTable
    /// The last column found: its line, character column and byte offset.
    private var cursor: (line: Int, column: Int, offset: Int)?

    init?(name: String, siteRoot: URL) {
        guard let bytes = FileBytes.read(siteRoot.appendingPathComponent(name).path) else { return nil }
        self.name = name
        self.bytes = bytes
        self.table = bytes.withUnsafeBufferPointer { LineTable($0) }
    }

    /// Line `line`, without its ending and without the byte order mark of
    /// line 1 (no column); a window of it when it is long and `column` is given.
    mutating func excerpt(line: Int, column: Int?) -> Excerpt? {
        guard line >= 1, line <= table.lineCount else { return nil }
        var range = bytes.withUnsafeBufferPointer { table.contentRange(ofLine: line, in: $0) }
        if line == 1 {
            range = min(range.lowerBound + ByteOrderMark.length(in: bytes), range.upperBound)..<range.upperBound
        }
        let column = max(1, column ?? 1)
        guard range.count > Self.maxWidth else {
            return Excerpt(text: text(range), caretOffset: column - 1)
        }
        let target = offset(ofColumn: column, line: line, lineRange: range)
        var start = max(range.lowerBound, target - Self.context)
        while start > range.lowerBound, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var end = min(range.upperBound, target + Self.context)
        while end < range.upperBound, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let head = start > range.lowerBound ? "…" : ""
        let tail = end < range.upperBound ? "…" : ""
        let before = bytes[start..<target].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return Excerpt(text: head + text(start..<end) + tail, caretOffset: before + head.count)
    }

    /// The bytes as text, each tab a space (one column, as the caret counts).
    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range].lazy.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
    }

    /// The byte offset of 1-based character `column` on the line (its end if
    /// the line is shorter), counted on from the cursor when it is on the same
    /// line at or before the column.
    private mutating func offset(ofColumn column: Int, line: Int, lineRange: Range<Int>) -> Int {
        var current = 1
        var offset = lineRange.lowerBound
        if let cursor, cursor.line == line, cursor.column <= column {
            current = cursor.column
            offset = cursor.offset
        }
        while current < column, offset < lineRange.upperBound {
            offset += 1
            while offset < lineRange.upperBound, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            current += 1
        }
        cursor = (line, column, offset)
        return offset
    }
}
