/// A run of one or two `~` in plain text that may open or close GFM
/// strikethrough, by the flanking rules of emphasis delimiters: it opens
/// when left-flanking, closes when right-flanking, and pairs only with a run
/// of its own length. Three or more tildes are text.
struct TildeRun: Equatable {
    var range: Range<Int>
    var canOpen: Bool
    var canClose: Bool

    static func find(in text: [UInt8], run: Range<Int>) -> [TildeRun] {
        var found: [TildeRun] = []
        var index = run.lowerBound
        while index < run.upperBound {
            guard text[index] == UInt8(ascii: "~") else {
                index += 1
                continue
            }
            var end = index
            while end < run.upperBound, text[end] == UInt8(ascii: "~") { end += 1 }
            // A run of tildes that goes on past this text node is longer than it looks.
            var fullStart = index
            while fullStart > 0, text[fullStart - 1] == UInt8(ascii: "~") { fullStart -= 1 }
            var fullEnd = end
            while fullEnd < text.count, text[fullEnd] == UInt8(ascii: "~") { fullEnd += 1 }
            if fullEnd - fullStart <= 2, fullStart == index, fullEnd == end {
                let before = index > 0 ? text[index - 1] : 0x0A
                let after = end < text.count ? text[end] : 0x0A
                let leftFlanking =
                    !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before))
                let rightFlanking =
                    !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after))
                if leftFlanking || rightFlanking {
                    found.append(TildeRun(range: index..<end, canOpen: leftFlanking, canClose: rightFlanking))
                }
            }
            index = end
        }
        return found
    }

    /// Pairs runs as CommonMark pairs emphasis: each closer with the nearest
    /// opener of the same length before it; openers between them are text.
    static func pairs(_ runs: [TildeRun]) -> [(open: Int, close: Int)] {
        var pairs: [(open: Int, close: Int)] = []
        var openers: [Int] = []
        for (index, run) in runs.enumerated() {
            if run.canClose,
                let match = openers.lastIndex(where: { runs[$0].range.count == run.range.count })
            {
                pairs.append((openers[match], index))
                openers.removeSubrange(match...)
            } else if run.canOpen {
                openers.append(index)
            }
        }
        return pairs
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// ASCII punctuation; other characters count as letters here.
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}
