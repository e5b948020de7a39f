import Foundation

/// The bytes of one Markdown file and its line table, with the few questions
/// the position code asks of them.
struct SourceBuffer {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: LineTable
    /// For the lines `BlockRewrites` changed before cmark read them, the
    /// characters to add to a column in these bytes to get the file's column.
    let columnShifts: [Int: Int]

    init(_ bytes: UnsafeBufferPointer<UInt8>, columnShifts: [Int: Int] = [:]) {
        self.bytes = bytes
        self.lines = LineTable(bytes)
        self.columnShifts = columnShifts
    }

    /// The file offset just past the container prefix of a paragraph's
    /// continuation line, given the line's content range: its leading
    /// whitespace and at most `quoteDepth` `>` markers, the block quotes the
    /// paragraph sits in (a lazy line has fewer). List indentation is
    /// whitespace. A `>` past the paragraph's own quote depth is text
    /// (`para\n    > x` continues the paragraph, as it is indented too far to
    /// open a quote), so it is not skipped.
    func prefixEnd(in range: Range<Int>, quoteDepth: Int) -> Int {
        var offset = range.lowerBound
        var markers = 0
        var end = offset
        while offset < range.upperBound, markers < quoteDepth {
            let byte = bytes[offset]
            if byte == UInt8(ascii: ">") {
                markers += 1
                end = offset + 1
            } else if byte != 0x20 && byte != 0x09 {
                break
            }
            offset += 1
        }
        return end
    }

    /// The file offset where a paragraph continuation line's own text
    /// starts: past the container prefix and all the whitespace that cmark
    /// strips from the line before it parses inlines.
    func contentStart(in range: Range<Int>, quoteDepth: Int) -> Int {
        var offset = prefixEnd(in: range, quoteDepth: quoteDepth)
        while offset < range.upperBound, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset += 1 }
        return offset
    }

    /// Whether the 1-based lines `first...last` hold a `[` or a `<`, without
    /// which no link, image, autolink or raw HTML can be written.
    func linesMayHoldLinks(from first: Int, through last: Int) -> Bool {
        guard first >= 1, first <= lines.starts.count, let base = bytes.baseAddress else { return false }
        let start = lines.starts[first - 1]
        let end = max(first, last) < lines.starts.count ? lines.starts[max(first, last)] : bytes.count
        guard end > start else { return false }
        return memchr(base + start, Int32(UInt8(ascii: "[")), end - start) != nil
            || memchr(base + start, Int32(UInt8(ascii: "<")), end - start) != nil
    }

    /// Whether the 1-based lines `first...last` may hold the inline syntax of
    /// an extension: `~`, `@`, `://`, `www.`, or (in a heading) `{#` (a `[`
    /// is for `linesMayHoldLinks`). Each is looked for with `memchr`.
    func linesMayHoldExtensions(from first: Int, through last: Int, isHeading: Bool) -> Bool {
        guard first >= 1, first <= lines.starts.count, let base = bytes.baseAddress else { return false }
        let start = lines.starts[first - 1]
        let end = max(first, last) < lines.starts.count ? lines.starts[max(first, last)] : bytes.count
        guard end > start else { return false }
        func find(_ byte: UInt8, then follows: (Int) -> Bool = { _ in true }) -> Bool {
            var index = start
            while index < end, let found = memchr(base + index, Int32(byte), end - index) {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if follows(index) { return true }
                index += 1
            }
            return false
        }
        func holds(_ text: StaticString, at index: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            return index + count <= end && memcmp(base + index, text.utf8Start, count) == 0
        }
        /// A URL that is a link's destination (`](https://…`, `](//www.…`) or
        /// an autolink (`<https://…>`) is no literal in text.
        func isDestination(_ start: Int) -> Bool {
            guard start > self.lines.starts[first - 1] else { return false }
            let before = bytes[start - 1]
            if before == UInt8(ascii: "/") { return true }
            if before == UInt8(ascii: "<") {
                // `<https://x>` is an autolink; `<https://x y>` text with a URL in it.
                var index = start
                while index < end, ![0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: "<")].contains(bytes[index]) {
                    if bytes[index] == UInt8(ascii: ">") { return true }
                    index += 1
                }
                return false
            }
            return before == UInt8(ascii: "(") && start >= 2 && bytes[start - 2] == UInt8(ascii: "]")
        }
        func schemeStart(_ colon: Int) -> Int {
            var start = colon
            while start > 0, colon - start < 6, ASCIIByte.isLetter(bytes[start - 1]) {
                start -= 1
            }
            return start
        }
        return find(UInt8(ascii: "~")) || find(UInt8(ascii: "@"))
            || (isHeading && find(UInt8(ascii: "{")) { holds("{#", at: $0) })
            || find(UInt8(ascii: ":")) { holds("://", at: $0) && !isDestination(schemeStart($0)) }
            // `www.` is looked for at its `.`: a `w` is too common in prose
            // for a `memchr` stop at each.
            || find(UInt8(ascii: ".")) { $0 >= start + 3 && holds("www.", at: $0 - 3) && !isDestination($0 - 3) }
    }

    func position(line: Int, byteColumn: Int) -> SourcePosition {
        let column = lines.characterColumn(line: line, byteColumn: byteColumn, in: bytes)
        return SourcePosition(line: line, column: column + (columnShifts.isEmpty ? 0 : columnShifts[line, default: 0]))
    }

    func position(ofOffset offset: Int) -> SourcePosition {
        var low = 0
        var high = lines.starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines.starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return position(line: low + 1, byteColumn: offset - lines.starts[low] + 1)
    }
}
