/// One line of a GFM pipe table split into cells: leading and trailing
/// whitespace and one leading and one trailing `|` dropped, split at every
/// `|` that no backslash comes right before (inside code spans too, as GFM
/// says; `\\|` is still an escaped pipe, as cmark-gfm reads it), each
/// cell trimmed. A cell keeps where it starts in the text it came from, so
/// positions in it map back to the file.
struct TableRow {
    struct Cell {
        /// Where the cell's text starts in the line's `BlockText`.
        var start: Int
        var bytes: ArraySlice<UInt8>
    }

    var cells: [Cell]
    /// Whether the line holds an unescaped `|` at all.
    var hasPipe: Bool

    init(text: [UInt8], range: Range<Int>) {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, Self.isBlank(text[start]) { start += 1 }
        while end > start, Self.isBlank(text[end - 1]) { end -= 1 }
        // One pass, no list of pipes: a cell ends at each unescaped `|`; a
        // leading pipe opens no cell, and a trailing one closes the last.
        var cells: [Cell] = []
        var cellStart = start
        var sawPipe = false
        var index = start
        while index < end {
            let byte = text[index]
            if byte == UInt8(ascii: "\\"), index + 1 < end, text[index + 1] == UInt8(ascii: "|") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                if index > start || sawPipe { cells.append(Self.cell(text, cellStart..<index)) }
                sawPipe = true
                cellStart = index + 1
            }
            index += 1
        }
        // The text after the last pipe is a cell unless the line ends with
        // that pipe; a lone `|` is one empty cell.
        if cellStart < end || !sawPipe || cells.isEmpty { cells.append(Self.cell(text, cellStart..<end)) }
        hasPipe = sawPipe
        self.cells = cells
    }

    private static func cell(_ text: [UInt8], _ range: Range<Int>) -> Cell {
        var cellStart = range.lowerBound
        var cellEnd = range.upperBound
        while cellStart < cellEnd, isBlank(text[cellStart]) { cellStart += 1 }
        while cellEnd > cellStart, isBlank(text[cellEnd - 1]) { cellEnd -= 1 }
        return Cell(start: cellStart, bytes: text[cellStart..<cellEnd])
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    enum Alignment: Equatable {
        case none, left, center, right

        /// The cell's start tag, `<th>` or `<td>` with its `align`, as
        /// constants: a table of 10,000 cells makes no string for them.
        func startTag(isHeader: Bool) -> String {
            switch (self, isHeader) {
            case (.none, true): "<th>"
            case (.left, true): "<th align=\"left\">"
            case (.center, true): "<th align=\"center\">"
            case (.right, true): "<th align=\"right\">"
            case (.none, false): "<td>"
            case (.left, false): "<td align=\"left\">"
            case (.center, false): "<td align=\"center\">"
            case (.right, false): "<td align=\"right\">"
            }
        }
    }

    /// The alignments, when this row is a delimiter row (`| --- | :-: |`):
    /// every cell hyphens with an optional colon at either end.
    var delimiterAlignments: [Alignment]? {
        guard !cells.isEmpty else { return nil }
        var alignments: [Alignment] = []
        for cell in cells {
            var bytes = cell.bytes
            let left = bytes.first == UInt8(ascii: ":")
            if left { bytes = bytes.dropFirst() }
            let right = bytes.last == UInt8(ascii: ":")
            if right { bytes = bytes.dropLast() }
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments
    }

    /// A line of only `|`, `-`, `:` and blanks with a `-` and a `|`: meant as
    /// a delimiter row, whether or not it is a valid one.
    static func looksLikeDelimiterRow(_ bytes: ArraySlice<UInt8>) -> Bool {
        var hasDash = false
        var hasPipe = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "-"): hasDash = true
            case UInt8(ascii: "|"): hasPipe = true
            case UInt8(ascii: ":"), 0x20, 0x09: continue
            default: return false
            }
        }
        return hasDash && hasPipe
    }
}
