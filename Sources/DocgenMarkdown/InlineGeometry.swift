/// Turns the positions cmark reports for the inlines of one paragraph or
/// heading into indexes in its `BlockText`, visited in document order.
///
/// cmark 0.30 (with `CMARK_OPT_SOURCEPOS`) reports a column right, counted
/// from the start of the line's own text, but loses count of lines (cmark
/// issues #296, #551); measured with `cmark --sourcepos -t xml` and pinned by
/// `InlinePositionTests` and `GeneratedPositionTests`:
/// - a paragraph that starts with link reference definitions keeps its first
///   line, so every inline line number is behind by the lines they took
///   (`LeadingDefinitions` counts them);
/// - a backslash hard break (`\` at the end of a line) and the line ends in
///   a link's destination, title or reference label (`[a](b⏎"t")`,
///   `[a][b⏎c]`) are not counted: what follows is numbered as if still on
///   the earlier line, its column running on past that line's end, until
///   the next line end cmark does count (a soft break, a two-space hard
///   break, a line end inside a code span or raw HTML) puts it back on its
///   real line, its line number behind by the line ends it missed;
/// - a link reports its start line at its `]`, an autolink a column past
///   its `<`, and a code span starts after its backticks.
/// So this walks the inlines in order, keeps how many lines cmark's numbers
/// are behind (`lineDelta`) and how many line ends it has missed since it
/// last counted one (`missedLines`), reads past each line end and link tail
/// in the text to see which ones cmark missed, and finds each link's opener
/// from its first child and the text itself.
struct InlineGeometry {
    let block: BlockText
    private(set) var lineDelta: Int
    /// Line ends cmark skipped since it last counted one: it still numbers
    /// columns from the start of the line before them.
    private var missedLines = 0
    /// The index of the last character of the latest inline visited.
    private(set) var cursor: Int = -1

    init(block: BlockText, definitionLines: Int) {
        self.block = block
        self.lineDelta = definitionLines
    }

    func index(line: Int, column: Int) -> Int {
        block.index(reportedLine: line, column: column, lineDelta: lineDelta)
    }

    /// A node that covers text (text, code span, raw HTML, emphasis): where it
    /// starts; the cursor moves to its end. A code span starts at its backticks.
    /// cmark counts the line ends inside a code span or raw HTML, and numbers
    /// its end from the real line.
    mutating func enter(start: (line: Int, column: Int), end: (line: Int, column: Int), isCode: Bool) -> Int {
        var first = index(line: start.line, column: start.column)
        if isCode {
            while first > 0, block.byte(at: first - 1) == UInt8(ascii: "`") { first -= 1 }
        }
        if end.line > start.line { countMissedLines() }
        cursor = max(cursor, first, index(line: end.line, column: end.column))
        return first
    }

    private mutating func countMissedLines() {
        lineDelta += missedLines
        missedLines = 0
    }

    /// Moves the cursor to a node's end once its children are visited (the
    /// closing delimiter of emphasis).
    mutating func leave(end: (line: Int, column: Int)) {
        cursor = max(cursor, index(line: end.line, column: end.column))
    }

    /// A soft or hard line break: past the next line end. cmark counts that
    /// line unless the break is a backslash one.
    mutating func passLineEnd(isHard: Bool) {
        var newline = max(0, cursor + 1)
        while newline < block.text.count, block.text[newline] != 0x0A { newline += 1 }
        if isHard, newline > 0, block.byte(at: newline - 1) == UInt8(ascii: "\\") {
            missedLines += 1
        } else {
            countMissedLines()
        }
        cursor = newline
    }

    /// The index of a link's `[` (the `!` of an image, the `<` of an autolink),
    /// from the index where its first positioned child starts, or nil when the
    /// text does not agree.
    func opener(firstChild: Int?, isImage: Bool) -> Int? {
        var index: Int
        if let firstChild {
            index = firstChild - 1
        } else {
            // Nothing positioned inside: the text between the brackets is blank.
            var close = max(0, cursor + 1)
            while close < block.text.count, block.text[close] != UInt8(ascii: "]") { close += 1 }
            index = close - 1
        }
        // Between an opener and its first child: blanks, line ends, and the
        // backslash of a hard break.
        while index >= 0 {
            if block.isSpace(at: index) {
                index -= 1
            } else if block.byte(at: index) == UInt8(ascii: "\\"), block.byte(at: index + 1) == 0x0A {
                index -= 1
            } else {
                break
            }
        }
        switch block.byte(at: index) {
        case UInt8(ascii: "[") where isImage:
            return block.byte(at: index - 1) == UInt8(ascii: "!") ? index - 1 : nil
        case UInt8(ascii: "["), UInt8(ascii: "<"):
            return isImage ? nil : index
        default:
            return nil
        }
    }

    /// After a link's children: its tail (`](dest "title")`, `][label]`, or
    /// the `]` alone) runs from the first `]` past its text to its reported
    /// end; the line ends cmark skipped in it put it further behind.
    mutating func leaveLink(opener: Int, isImage: Bool, end: (line: Int, column: Int)) {
        var close = max(cursor + 1, opener + (isImage ? 2 : 1))
        while close < block.text.count, block.text[close] != UInt8(ascii: "]") { close += 1 }
        let last = index(line: end.line, column: end.column)
        if close < last {
            missedLines += block.text[close...last].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        cursor = max(cursor, last, close)
    }

    /// After an autolink: past its `>`.
    mutating func leaveAutolink(opener: Int) {
        var close = max(cursor + 1, opener + 1)
        while close < block.text.count, block.text[close] != UInt8(ascii: ">") { close += 1 }
        cursor = close
    }

    /// The nearest byte on the same line of the text that `isOpener` accepts,
    /// for a guess the text did not confirm.
    func nearest(to guess: Int, where isOpener: (UInt8) -> Bool) -> Int {
        let line = block.lines[block.lineIndex(ofTextIndex: max(0, guess))]
        let range = line.textStart..<(line.textStart + line.length)
        let clamped = min(max(guess, range.lowerBound), max(range.lowerBound, range.upperBound - 1))
        if range.contains(clamped), isOpener(block.text[clamped]) { return clamped }
        var distance = 1
        while distance <= range.count {
            for candidate in [clamped + distance, clamped - distance]
            where range.contains(candidate) && isOpener(block.text[candidate]) {
                return candidate
            }
            distance += 1
        }
        return clamped
    }
}
