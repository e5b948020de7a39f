/// The other extension syntax found in runs of plain text: footnote
/// references, a task item's box and a heading's explicit id.
enum TextRunSyntax {
    /// `[^label]`: the range and the label.
    static func footnoteReferences(in text: [UInt8], run: Range<Int>) -> [(range: Range<Int>, label: String)] {
        var found: [(range: Range<Int>, label: String)] = []
        var index = run.lowerBound
        while index + 3 < run.upperBound {
            guard text[index] == UInt8(ascii: "["), text[index + 1] == UInt8(ascii: "^") else {
                index += 1
                continue
            }
            var close = index + 2
            while close < run.upperBound, !FootnoteLabel.ends(text[close]) { close += 1 }
            if close > index + 2, close < run.upperBound, text[close] == UInt8(ascii: "]") {
                found.append((index..<(close + 1), String(decoding: text[(index + 2)..<close], as: UTF8.self)))
                index = close + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// `[ ]`, `[x]` or `[X]` at the start of a task item's first paragraph,
    /// followed by a blank (`- [x]` alone is no task, as in cmark-gfm): its
    /// range and whether it is checked.
    static func taskBox(in text: [UInt8], run: Range<Int>) -> (range: Range<Int>, checked: Bool)? {
        let start = run.lowerBound
        guard start + 3 <= run.upperBound, text[start] == UInt8(ascii: "["), text[start + 2] == UInt8(ascii: "]")
        else { return nil }
        guard start + 3 < text.count, text[start + 3] == 0x20 || text[start + 3] == 0x09 else { return nil }
        switch text[start + 1] {
        case 0x20: return (start..<(start + 3), false)
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return (start..<(start + 3), true)
        default: return nil
        }
    }

    /// `{#id}` at the end of a heading's text, with the blanks before it: the
    /// range to remove and the id. An id is letters, digits, `-`, `_`, `:`, `.`.
    static func headingID(in text: [UInt8], run: Range<Int>) -> (range: Range<Int>, id: String)? {
        var end = run.upperBound
        while end > run.lowerBound, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
        guard end - run.lowerBound >= 4, text[end - 1] == UInt8(ascii: "}") else { return nil }
        var open = end - 2
        while open > run.lowerBound, isIDByte(text[open]) { open -= 1 }
        guard text[open] == UInt8(ascii: "#"), open > run.lowerBound, text[open - 1] == UInt8(ascii: "{"),
            open + 1 < end - 1
        else { return nil }
        var start = open - 1
        while start > run.lowerBound, text[start - 1] == 0x20 || text[start - 1] == 0x09 { start -= 1 }
        return (start..<run.upperBound, String(decoding: text[(open + 1)..<(end - 1)], as: UTF8.self))
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        ASCIIByte.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: ".") || byte >= 0x80
    }
}
