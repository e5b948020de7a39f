/// The text of one paragraph or heading as cmark parses its inlines: each line
/// from where its own text starts (the block's first column on the first line,
/// past the container prefix and leading whitespace on the others), the lines
/// joined by `\n`, and the way back from any index in it to the file.
///
/// cmark numbers an inline's column from where its line's text starts in this
/// sense (with every line ending read as one `\n`), so a (line, column) cmark
/// reports is an index here; and when cmark loses count of lines (see
/// `InlineGeometry`) the column still counts bytes of this text from the start
/// of the line it believes it is on.
struct BlockText {
    struct Line {
        /// Where the line starts in `text`.
        var textStart: Int
        /// Where the line starts in the file.
        var sourceStart: Int
        /// Its bytes, without the line ending.
        var length: Int
        /// How far cmark's columns on this line run ahead (see `LazyLine`).
        var reportShift = 0
    }

    let text: [UInt8]
    let lines: [Line]
    /// The file line of `lines[0]`.
    let firstLine: Int
    /// The 1-based byte column where `lines[0]` starts in the file.
    let firstColumn: Int

    /// `prefix` tells which continuation lines are lazy; without it (only
    /// the quote depth given) none is.
    init(
        source: SourceBuffer, startLine: Int, startColumn: Int, endLine: Int, quoteDepth: Int,
        prefix: ContainerPrefix? = nil
    ) {
        let lastLine = max(startLine, endLine)
        var text: [UInt8] = []
        var lines: [Line] = []
        lines.reserveCapacity(lastLine - startLine + 1)
        let firstRange = source.lines.contentRange(ofLine: startLine, in: source.bytes)
        let lastRange = source.lines.contentRange(ofLine: lastLine, in: source.bytes)
        text.reserveCapacity(max(0, lastRange.upperBound - firstRange.lowerBound))
        for line in startLine...lastLine {
            let range = line == startLine ? firstRange : source.lines.contentRange(ofLine: line, in: source.bytes)
            let start =
                line == startLine
                ? min(range.lowerBound + startColumn - 1, range.upperBound)
                : source.contentStart(in: range, quoteDepth: quoteDepth)
            if !text.isEmpty { text.append(0x0A) }
            let shift =
                line == startLine || !(prefix.map { $0.quoteDepth > 0 || !$0.itemColumns.isEmpty } ?? false)
                ? 0 : LazyLine(source: source, range: range, prefix: prefix!).columnShift
            lines.append(
                Line(textStart: text.count, sourceStart: start, length: range.upperBound - start, reportShift: shift))
            text.append(contentsOf: UnsafeBufferPointer(rebasing: source.bytes[start..<range.upperBound]))
        }
        self.text = text
        self.lines = lines
        self.firstLine = startLine
        self.firstColumn = startColumn
    }

    /// Text indexes before which the file had one more byte that the text
    /// leaves out (the `\\` of a table cell's `\\|`), in order.
    private(set) var removedBytes: [Int] = []

    /// A text that is not the file's own lines: a table cell or paragraph
    /// as parsed in `SyntheticText`'s second document.
    init(text: [UInt8], lines: [Line], firstLine: Int, firstColumn: Int, removedBytes: [Int] = []) {
        self.text = text
        self.lines = lines
        self.firstLine = firstLine
        self.firstColumn = firstColumn
        self.removedBytes = removedBytes
    }

    /// The index of the line that holds `index` (a line's `\n` belongs to it).
    func lineIndex(ofTextIndex index: Int) -> Int {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].textStart <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The file offset of a text index.
    func sourceOffset(ofTextIndex index: Int) -> Int {
        let line = lines[lineIndex(ofTextIndex: index)]
        let removed = removedBytes.isEmpty ? 0 : removedBytes.lazy.filter { $0 >= line.textStart && $0 <= index }.count
        return line.sourceStart + min(index - line.textStart, line.length) + removed
    }

    /// The text index of what cmark reports at `line`, `column` for an inline,
    /// when cmark's line numbers run `lineDelta` lines behind the file.
    ///
    /// A column past the end of that line runs on into the following lines,
    /// as cmark counts on through line ends it missed; a column before the
    /// line's start (cmark's `N:0`) is the previous line's end. cmark reads
    /// every line ending as one `\n`, as this text has them.
    func index(reportedLine line: Int, column: Int, lineDelta: Int) -> Int {
        let lineIndex = min(max(0, line - firstLine + lineDelta), lines.count - 1)
        let start = lines[lineIndex].textStart - lines[lineIndex].reportShift
        return min(max(0, start + column - firstColumn), max(0, text.count - 1))
    }

    /// Whether the byte at `index` ends a line or is blank.
    func isSpace(at index: Int) -> Bool {
        index >= 0 && index < text.count && (text[index] == 0x20 || text[index] == 0x09 || text[index] == 0x0A)
    }

    func byte(at index: Int) -> UInt8? { index >= 0 && index < text.count ? text[index] : nil }
}
