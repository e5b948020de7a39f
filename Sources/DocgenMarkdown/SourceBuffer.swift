/// The bytes of one Markdown file and its line table, with the few questions
/// the position code asks of them.
struct SourceBuffer {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: LineTable

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.lines = LineTable(bytes)
    }

    /// The 1-based byte column just past the container prefix of a paragraph's
    /// continuation line: its leading whitespace and at most `quoteDepth` `>`
    /// markers, the block quotes the paragraph sits in (a lazy line has fewer).
    /// List indentation is whitespace. A `>` past the paragraph's own quote
    /// depth is text (`para\n    > x` continues the paragraph, as it is
    /// indented too far to open a quote), so it is not skipped.
    func prefixEndColumn(line: Int, quoteDepth: Int) -> Int {
        let range = lines.contentRange(ofLine: line, in: bytes)
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
        return end - range.lowerBound + 1
    }

    /// The 1-based byte column where a paragraph continuation line's own text
    /// starts: past the container prefix and all the whitespace that cmark
    /// strips from the line before it parses inlines.
    func contentStartColumn(line: Int, quoteDepth: Int) -> Int {
        let range = lines.contentRange(ofLine: line, in: bytes)
        var offset = range.lowerBound + prefixEndColumn(line: line, quoteDepth: quoteDepth) - 1
        while offset < range.upperBound, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset += 1 }
        return offset - range.lowerBound + 1
    }

    func position(line: Int, byteColumn: Int) -> SourcePosition {
        SourcePosition(line: line, column: lines.characterColumn(line: line, byteColumn: byteColumn, in: bytes))
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
