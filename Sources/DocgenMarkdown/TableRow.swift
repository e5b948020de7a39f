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
        while start < end, text[start] == 0x20 || text[start] == 0x09 { start += 1 }
        while end > start, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
        var pipes: [Int] = []
        var index = start
        while index < end {
            if text[index] == UInt8(ascii: "\\"), index + 1 < end, text[index + 1] == UInt8(ascii: "|") {
                index += 2
                continue
            }
            if text[index] == UInt8(ascii: "|") { pipes.append(index) }
            index += 1
        }
        hasPipe = !pipes.isEmpty
        var bounds: [Int] = [start - 1] + pipes + [end]
        if pipes.first == start { bounds.removeFirst() }
        if pipes.last == end - 1, bounds.count > 2 || pipes.first != start { bounds.removeLast() }
        var cells: [Cell] = []
        for index in 0..<(bounds.count - 1) {
            var cellStart = bounds[index] + 1
            var cellEnd = bounds[index + 1]
            while cellStart < cellEnd, text[cellStart] == 0x20 || text[cellStart] == 0x09 { cellStart += 1 }
            while cellEnd > cellStart, text[cellEnd - 1] == 0x20 || text[cellEnd - 1] == 0x09 { cellEnd -= 1 }
            cells.append(Cell(start: cellStart, bytes: text[cellStart..<cellEnd]))
        }
        self.cells = cells
    }

    enum Alignment: Equatable {
        case none, left, center, right

        var attribute: String {
            switch self {
            case .none: ""
            case .left: " align=\"left\""
            case .center: " align=\"center\""
            case .right: " align=\"right\""
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
