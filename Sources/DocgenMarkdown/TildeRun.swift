/// A run of one or two `~` in plain text that may open or close GFM
/// strikethrough, by the flanking rules of emphasis delimiters: it opens
/// when left-flanking, closes when right-flanking, and pairs only with a run
/// of its own length. Three or more tildes are text.
struct TildeRun: Equatable {
    var range: Range<Int>
    var canOpen: Bool
    var canClose: Bool

    /// The runs in `text[run]`; `isVerbatim` rejects a `~` that was written
    /// escaped (`\~`), which is text, not a delimiter. Flanking reads the
    /// bytes as written (`raw`), as cmark-gfm does: `~~a~~&copy;` closes.
    static func find(
        in text: [UInt8], run: Range<Int>, raw: (Int) -> UInt8 = { _ in 0 }, isVerbatim: (Int) -> Bool = { _ in true }
    ) -> [TildeRun] {
        func isTilde(_ index: Int) -> Bool {
            text[index] == UInt8(ascii: "~") && (!run.contains(index) || isVerbatim(index))
        }
        func written(_ index: Int) -> UInt8 {
            !run.contains(index) || isVerbatim(index) ? text[index] : raw(index)
        }
        var found: [TildeRun] = []
        var index = run.lowerBound
        while index < run.upperBound {
            guard isTilde(index) else {
                index += 1
                continue
            }
            var end = index
            while end < run.upperBound, isTilde(end) { end += 1 }
            // A run of tildes that goes on past this text node is longer than it looks.
            var fullStart = index
            while fullStart > 0, isTilde(fullStart - 1) { fullStart -= 1 }
            var fullEnd = end
            while fullEnd < text.count, isTilde(fullEnd) { fullEnd += 1 }
            if fullEnd - fullStart <= 2, fullStart == index, fullEnd == end {
                let before = index > 0 ? written(index - 1) : 0x0A
                let after = end < text.count ? written(end) : 0x0A
                let leftFlanking =
                    !ASCIIByte.isWhitespace(after)
                    && (!ASCIIByte.isPunctuation(after) || ASCIIByte.isWhitespace(before)
                        || ASCIIByte.isPunctuation(before))
                let rightFlanking =
                    !ASCIIByte.isWhitespace(before)
                    && (!ASCIIByte.isPunctuation(before) || ASCIIByte.isWhitespace(after)
                        || ASCIIByte.isPunctuation(after))
                if leftFlanking || rightFlanking {
                    found.append(TildeRun(range: index..<end, canOpen: leftFlanking, canClose: rightFlanking))
                }
            }
            index = end
        }
        return found
    }

    /// Pairs runs as cmark-gfm's delimiter stack does: a closer takes the
    /// nearest opener before it that CommonMark's "rule of 3" allows; when
    /// their lengths differ the closer is text (`~a~~`); a closer that finds
    /// no opener stays as an opener if it can open.
    static func pairs(_ runs: [TildeRun]) -> [(open: Int, close: Int)] {
        var pairs: [(open: Int, close: Int)] = []
        var stack: [Int] = []
        for (index, closer) in runs.enumerated() {
            guard closer.canClose else {
                if closer.canOpen { stack.append(index) }
                continue
            }
            let found = stack.lastIndex { position in
                let opener = runs[position]
                return !(closer.canOpen || opener.canClose) || closer.range.count % 3 == 0
                    || (opener.range.count + closer.range.count) % 3 != 0
            }
            if let found {
                if runs[stack[found]].range.count == closer.range.count {
                    pairs.append((stack[found], index))
                    stack.removeSubrange(found...)
                }
            } else if closer.canOpen {
                stack.append(index)
            }
        }
        return pairs
    }
}
