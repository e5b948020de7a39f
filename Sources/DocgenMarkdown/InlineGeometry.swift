/// Corrects cmark's source positions of inline nodes in one paragraph or heading.
///
/// cmark 0.30 reports some inline positions wrong (cmark issues #296, #551);
/// measured here and pinned by `InlinePositionTests`:
/// - on a continuation line, columns are counted from the paragraph's first
///   column instead of the line's own text, so leading indentation is lost;
/// - when a paragraph starts with link reference definitions, every line
///   number is too small by the lines the definitions took;
/// - a link whose text spans lines reports the line of its `]`, and an
///   autolink reports a column past its `<`.
/// The first two are corrected here; the last is avoided by locating a link
/// from its first child, and every result is checked against the source.
struct InlineGeometry {
    let source: SourceBuffer
    let blockStartLine: Int
    let blockStartColumn: Int
    /// Lines taken by reference definitions at the start of a paragraph.
    let lineShift: Int

    /// The real line and byte column of a position cmark reported for an inline.
    func corrected(line: Int, byteColumn: Int) -> (line: Int, byteColumn: Int) {
        let realLine = line + lineShift
        guard realLine > blockStartLine else { return (realLine, byteColumn) }
        let column = byteColumn - blockStartColumn + source.contentStartColumn(line: realLine)
        return (realLine, max(1, column))
    }

    /// The position of a link opener (`[`, `![` or `<`) near a corrected guess:
    /// the guess itself when the source agrees, else the nearest opener on that line.
    func snapToOpener(line: Int, byteColumn: Int, opener: (UInt8) -> Bool) -> Int {
        if let byte = source.byte(line: line, byteColumn: byteColumn), opener(byte) { return byteColumn }
        let range = source.lines.contentRange(ofLine: line, in: source.bytes)
        let width = range.count
        var distance = 1
        while distance <= width {
            let after = byteColumn + distance
            if let byte = source.byte(line: line, byteColumn: after), opener(byte) { return after }
            let before = byteColumn - distance
            if before >= 1, let byte = source.byte(line: line, byteColumn: before), opener(byte) { return before }
            distance += 1
        }
        return byteColumn
    }
}
