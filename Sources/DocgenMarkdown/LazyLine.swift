/// A continuation line of a paragraph, as the paragraph's containers read
/// it. It is lazy (CommonMark's "paragraph continuation text") when it has
/// fewer `>` markers than the paragraph's quotes, or is indented less than one
/// of its list items asks. cmark numbers the columns of a lazy line from
/// where the last container that did match it ends, so the blanks before
/// its text count (`- a⏎ b` reports `b` one column late): `columnShift`.
/// Otherwise `indentation` is how far its text is indented past the
/// innermost container (4 or more is code where a block could start).
struct LazyLine {
    var isLazy: Bool
    /// The columns cmark's reported columns on this line run ahead; 0 for a
    /// line that is not lazy.
    var columnShift: Int
    /// Columns of blanks past the innermost container; 0 for a lazy line.
    var indentation: Int

    init(source: SourceBuffer, range: Range<Int>, prefix: ContainerPrefix) {
        let bytes = source.bytes
        var offset = range.lowerBound
        var markers = 0
        var matchedEnd = range.lowerBound
        // The `>` markers, each with the one blank it may take.
        while offset < range.upperBound, markers < prefix.quoteDepth {
            if bytes[offset] == UInt8(ascii: ">") {
                markers += 1
                offset += 1
                if offset < range.upperBound, bytes[offset] == 0x20 { offset += 1 }
                matchedEnd = offset
            } else if bytes[offset] == 0x20 || bytes[offset] == 0x09 {
                offset += 1
            } else {
                break
            }
        }
        var textStart = matchedEnd
        while textStart < range.upperBound, bytes[textStart] == 0x20 || bytes[textStart] == 0x09 { textStart += 1 }
        guard markers == prefix.quoteDepth else {
            (isLazy, columnShift, indentation) = (true, textStart - matchedEnd, 0)
            return
        }
        // Columns as cmark counts them: a tab goes on to the next multiple of 4.
        var columnOfByte: [Int] = []
        columnOfByte.reserveCapacity(textStart - range.lowerBound + 1)
        var column = 1
        for index in range.lowerBound...textStart {
            columnOfByte.append(column)
            if index < textStart { column = bytes[index] == 0x09 ? ((column - 1) / 4 + 1) * 4 + 1 : column + 1 }
        }
        let textColumn = columnOfByte[textStart - range.lowerBound]
        var matched = matchedEnd
        for itemColumn in prefix.itemColumns {
            guard textColumn >= itemColumn else {
                (isLazy, columnShift, indentation) = (true, textStart - matched, 0)
                return
            }
            while matched < textStart, columnOfByte[matched - range.lowerBound] < itemColumn { matched += 1 }
        }
        (isLazy, columnShift) = (false, 0)
        indentation = textColumn - columnOfByte[matched - range.lowerBound]
    }

    /// The column where a list item's content starts: past its marker and
    /// the 1 to 4 blanks after it (one, when it has five or none).
    static func contentColumn(ofItemAt line: Int, byteColumn: Int, source: SourceBuffer) -> Int {
        let range = source.lines.contentRange(ofLine: line, in: source.bytes)
        var index = min(range.lowerBound + byteColumn - 1, range.upperBound)
        if index < range.upperBound,
            [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*")].contains(source.bytes[index])
        {
            index += 1
        } else {
            while index < range.upperBound, source.bytes[index] >= 0x30, source.bytes[index] <= 0x39 { index += 1 }
            index += 1
        }
        let markerEnd = min(index, range.upperBound)
        var blanks = 0
        while markerEnd + blanks < range.upperBound, source.bytes[markerEnd + blanks] == 0x20 { blanks += 1 }
        let width = markerEnd + blanks == range.upperBound || blanks >= 5 || blanks == 0 ? 1 : blanks
        return markerEnd - range.lowerBound + width + 1
    }
}
