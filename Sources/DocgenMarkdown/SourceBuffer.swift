/// The bytes of one Markdown file and its line table, with the few questions
/// the position code asks of them.
struct SourceBuffer {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: LineTable

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.lines = LineTable(bytes)
    }

    /// The byte at a 1-based line and byte column, if that is inside the line.
    func byte(line: Int, byteColumn: Int) -> UInt8? {
        let range = lines.contentRange(ofLine: line, in: bytes)
        let offset = range.lowerBound + byteColumn - 1
        guard byteColumn >= 1, offset < range.upperBound else { return nil }
        return bytes[offset]
    }

    /// The absolute byte offset of a 1-based line and byte column.
    func offset(line: Int, byteColumn: Int) -> Int {
        lines.contentRange(ofLine: line, in: bytes).lowerBound + byteColumn - 1
    }

    /// The 1-based byte column where a paragraph line's own text starts: after
    /// the container prefixes (`>` markers, list indentation) that cmark strips.
    /// A paragraph line cannot start with `>`, which would open a block quote.
    func contentStartColumn(line: Int) -> Int {
        let range = lines.contentRange(ofLine: line, in: bytes)
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = bytes[offset]
            guard byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ">") else { break }
            offset += 1
        }
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
