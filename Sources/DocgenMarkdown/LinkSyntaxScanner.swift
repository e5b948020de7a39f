import Foundation

/// Finds link-shaped text that cmark left as plain text in one paragraph or
/// heading: `[text}(url)`, `[text](url` with no `)`, `[text] (url)`,
/// `[text][label]` and `[text][]` with no definition; the stray characters a
/// reader sees around a link (`[a](b))`, `[a](b)]`, `[RFC (https://…)]`,
/// `(text)[url]`, `[a](b "title)`); and `[words]` that may be meant as links.
///
/// It reads the block's source, not cmark's text nodes (cmark merges and
/// unescapes those), skipping what cannot hold a link: backslash escapes, code
/// spans, autolinks and HTML tags. Brackets where cmark did make a link are
/// passed in as `realOpeners` and never reported.
struct LinkSyntaxScanner {
    private let source: SourceBuffer
    /// Few per block, so a list searched in order beats hashing; a block of
    /// many links (a page of 100,000 on one line) gets a set instead, or the
    /// scan would be quadratic.
    private let realOpeners: [Int]
    private let realOpenerSet: Set<Int>?
    private let block: BlockText
    /// Where scanning starts: past the reference definitions a paragraph may
    /// start with, whose titles are free text.
    private let start: Int
    /// The block's text, its lines joined by `\n`, without container prefixes.
    private let text: [UInt8]
    /// Where code spans close; nil for a block without backticks.
    private let backticks: BacktickRuns?

    /// `[^a][^b]` is two footnote references, not a reference link.
    var readsFootnotes = false

    init(source: SourceBuffer, block: BlockText, from start: Int, realOpeners: [Int]) {
        self.source = source
        self.block = block
        self.text = block.text
        self.start = start
        self.realOpeners = realOpeners
        self.realOpenerSet = realOpeners.count > 32 ? Set(realOpeners) : nil
        self.backticks = block.text.contains(UInt8(ascii: "`")) ? BacktickRuns(block.text) : nil
    }

    private func isRealOpener(_ offset: Int) -> Bool {
        realOpenerSet?.contains(offset) ?? realOpeners.contains(offset)
    }

    /// True when the block has no `[` at all, the common case, so it needs no scan.
    var hasNoBrackets: Bool {
        text.withUnsafeBufferPointer { buffer in
            start >= buffer.count
                || memchr(buffer.baseAddress! + start, Int32(UInt8(ascii: "[")), buffer.count - start) == nil
        }
    }

    func problems() -> [LinkSyntaxProblem] {
        var found: [LinkSyntaxProblem] = []
        // Destinations and labels already read, never to be scanned again.
        var skipRegions: [Range<Int>] = []
        // No region holds an index below this one, so until `index` gets
        // there the regions need no look.
        var nextRegionStart = Int.max
        var balance = BracketBalance()
        var index = start
        let count = text.count
        while index < count {
            if index >= nextRegionStart {
                if let region = skipRegions.first(where: { $0.contains(index) }) {
                    index = region.upperBound
                    continue
                }
                // `index` only grows: a region that ends before it is done with.
                skipRegions.removeAll { $0.upperBound <= index }
                nextRegionStart = skipRegions.lazy.map(\.lowerBound).min() ?? Int.max
            }
            switch text[index] {
            case UInt8(ascii: "\\"):
                index += 2
            case UInt8(ascii: "`"):
                index = endOfCodeSpan(at: index)
            case UInt8(ascii: "<"):
                index = endOfTag(at: index)
            case UInt8(ascii: "!") where index + 1 < count && text[index + 1] == UInt8(ascii: "["):
                inspect(
                    opener: index, bracket: index + 1, into: &found, skipRegions: &skipRegions, balance: &balance)
                nextRegionStart = skipRegions.lazy.map(\.lowerBound).min() ?? Int.max
                index += 2
            case UInt8(ascii: "["):
                inspect(opener: index, bracket: index, into: &found, skipRegions: &skipRegions, balance: &balance)
                nextRegionStart = skipRegions.lazy.map(\.lowerBound).min() ?? Int.max
                index += 1
            default:
                index = nextSyntaxByte(after: index, before: min(count, nextRegionStart))
            }
        }
        return found
    }

    /// Plain text is most of a block: the index of the next byte after
    /// `index` that can start something, or `limit` (where a region may start).
    private func nextSyntaxByte(after index: Int, before limit: Int) -> Int {
        text.withUnsafeBufferPointer { buffer in
            var next = index + 1
            while next < limit, !Self.startsSyntax(buffer[next]) { next += 1 }
            return next
        }
    }

    /// The bytes the scan stops at: an escape, a code span, a tag or autolink, a link.
    private static func startsSyntax(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: "!"), UInt8(ascii: "["): true
        default: false
        }
    }

    // MARK: - One candidate

    private func inspect(
        opener: Int, bracket: Int, into found: inout [LinkSyntaxProblem], skipRegions: inout [Range<Int>],
        balance: inout BracketBalance
    ) {
        let isImage = opener != bracket
        guard let labelEnd = endOfLabel(from: bracket) else { return }
        if isRealOpener(sourceOffset(of: opener)) {
            guard !labelEnd.isBrace else { return }
            let after = labelEnd.index + 1
            var end = after
            // What the link names, for a report: its destination, or its label.
            var target = (bracket + 1)..<labelEnd.index
            var isInline = false
            if after < text.count, text[after] == UInt8(ascii: "(") {
                // A real link: its destination may hold brackets that are not links.
                let close = endOfParentheses(from: after)
                skipRegions.append(after..<close)
                guard close > after, text[close - 1] == UInt8(ascii: ")") else { return }
                end = close
                isInline = true
            } else if after < text.count, text[after] == UInt8(ascii: "["),
                let labelClose = endOfReferenceLabel(from: after)
            {
                // `[text][label]`: the label is part of the link.
                skipRegions.append(after..<(labelClose + 1))
                end = labelClose + 1
                if labelClose > after + 1 { target = (after + 1)..<labelClose }
            }
            strayCharacter(
                after: end, opener: opener, target: isInline ? .destination(after) : .label(target), into: &found,
                balance: &balance)
            return
        }
        let closing = labelEnd.index
        if labelEnd.isBrace {
            report(.malformedLink, at: opener, target: destination(from: closing + 1), into: &found)
            return
        }
        if !isImage, opener > 0, isWordByte(text[opener - 1]) { return }  // a[0], x[i](y) in prose
        let label = String(decoding: text[(bracket + 1)..<closing], as: UTF8.self)
        if !isImage, let paren = reversedOpener(before: opener), Self.looksLikeTarget(label) {
            report(.malformedLink, at: paren, target: label, into: &found, shape: .reversed, excerptEnd: closing + 1)
            return
        }
        let next = closing + 1
        if next < text.count {
            switch text[next] {
            case UInt8(ascii: "("):
                let shape: LinkSyntaxProblem.Shape = hasUnterminatedTitle(from: next) ? .unterminatedTitle : .unlinked
                report(.malformedLink, at: opener, target: destination(from: next), into: &found, shape: shape)
                return
            case UInt8(ascii: "["):
                guard !isTaskBox(label), !(readsFootnotes && label.hasPrefix("^")),
                    let labelClose = endOfReferenceLabel(from: next)
                else { return }
                let reference = String(decoding: text[(next + 1)..<labelClose], as: UTF8.self)
                // `as studies show [1][2]`: citations side by side, not a reference link.
                guard !(Self.isCitation(label) && Self.isCitation(reference)) else { return }
                let target = Self.singleLine(reference.isEmpty ? label : reference)
                report(.undefinedReference, at: opener, target: target, into: &found)
                skipRegions.append(next..<(labelClose + 1))
                return
            case 0x20, 0x09:
                // `- [x] (see …)` is a task box and a remark, `[^1] (…)` a footnote.
                guard !isTaskBox(label), !(readsFootnotes && label.hasPrefix("^")) else { return }
                var paren = next
                while paren < text.count, text[paren] == 0x20 || text[paren] == 0x09 { paren += 1 }
                if paren < text.count, text[paren] == UInt8(ascii: "("), looksLikeURL(from: paren) {
                    report(.malformedLink, at: opener, target: destination(from: paren), into: &found)
                    return
                }
            case UInt8(ascii: ":"):
                return  // `[x]:` starts a definition, or is a label in prose
            default:
                break
            }
        }
        // Brackets a reader sees: a URL inside them, or words meant as a link.
        if let url = Self.urlInside(label) {
            report(
                .malformedLink, at: opener, target: url, into: &found, shape: .urlInBrackets, excerptEnd: closing + 1)
        } else if !isTaskBox(label), Self.readsLikeLinkText(label) {
            report(.shortcutReference, at: opener, target: label, into: &found, excerptEnd: closing + 1)
        }
    }

    /// A `)` or `]` right after the link that ends at `end`, when the block
    /// has no `(` or `[` open before the link's opener.
    /// Where a link's target is written: after its `(`, or as a label.
    private enum WrittenTarget {
        case destination(Int)
        case label(Range<Int>)
    }

    private func strayCharacter(
        after end: Int, opener: Int, target: WrittenTarget, into found: inout [LinkSyntaxProblem],
        balance: inout BracketBalance
    ) {
        guard end < text.count, text[end] == UInt8(ascii: ")") || text[end] == UInt8(ascii: "]") else { return }
        balance.advance(to: opener, in: text)
        let isParenthesis = text[end] == UInt8(ascii: ")")
        guard isParenthesis ? balance.parentheses == 0 : balance.brackets == 0 else { return }
        let written: String
        switch target {
        case .destination(let paren): written = destination(from: paren)
        case .label(let range): written = Self.singleLine(String(decoding: text[range], as: UTF8.self))
        }
        report(
            .malformedLink, at: end, target: written, into: &found,
            shape: isParenthesis ? .strayParenthesis : .strayBracket, excerptStart: opener, excerptEnd: end + 1)
    }

    /// The `(` that opens `(text)` right before the `[` at `bracket`, on the
    /// same line and at most 200 bytes back; nil when there is none.
    private func reversedOpener(before bracket: Int) -> Int? {
        guard bracket > 1, text[bracket - 1] == UInt8(ascii: ")") else { return nil }
        var index = bracket - 2
        let limit = max(start, bracket - 200)
        while index >= limit {
            switch text[index] {
            case UInt8(ascii: "("):
                return index < bracket - 2 && (index == 0 || !isWordByte(text[index - 1])) ? index : nil
            case UInt8(ascii: ")"), 0x0A, UInt8(ascii: "]"): return nil
            default: index -= 1
            }
        }
        return nil
    }

    /// After the `(` at `paren`: a destination, whitespace, then a `"` or `'`
    /// title that does not close on the line (within 1,000 bytes).
    private func hasUnterminatedTitle(from paren: Int) -> Bool {
        var index = paren + 1
        let limit = min(text.count, paren + 1000)
        while index < limit, text[index] == 0x20 { index += 1 }
        while index < limit, ![0x20, 0x09, 0x0A, UInt8(ascii: ")")].contains(text[index]) { index += 1 }
        guard index < limit, text[index] == 0x20 || text[index] == 0x09 else { return false }
        while index < limit, text[index] == 0x20 || text[index] == 0x09 { index += 1 }
        guard index < limit, text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "'") else { return false }
        let quote = text[index]
        index += 1
        while index < limit, text[index] != 0x0A {
            if text[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if text[index] == quote { return false }
            index += 1
        }
        return true
    }

    /// `https://…` or `http://…` inside a label that has words before it
    /// (`RFC 7518 (https://…)`, `the guide https://…`): the URL, without a
    /// closing `)` or sentence punctuation.
    static func urlInside(_ label: String) -> String? {
        guard !label.contains("["), !label.contains("]") else { return nil }
        guard let range = label.range(of: "https://") ?? label.range(of: "http://") else { return nil }
        let before = label[..<range.lowerBound]
        guard let last = before.last, last == " " || last == "(" || last == "\t",
            before.contains(where: { $0.isLetter })
        else { return nil }
        var url = label[range.lowerBound...].prefix { !$0.isWhitespace }
        while let end = url.last, ").,;:".contains(end) { url = url.dropLast() }
        return String(url)
    }

    /// What an author would write between `[` and `]` as link text: one to
    /// eight words of letters (a `-` or `'` inside a word), on one line.
    /// Not `[1]`, `[x]`, `[!NOTE]`, `[^1]`, `[a.b]`, `[--flag]`, `[SITE]` in usage lines
    /// (one word: the checker asks for a heading or title it matches).
    static func readsLikeLinkText(_ label: String) -> Bool {
        let words = label.split(separator: " ", omittingEmptySubsequences: false)
        guard (1...8).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, let last = word.last, first.isLetter, last.isLetter else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
        }
    }

    /// A label that is a link target, not words: `https://…`, `/x`, `./x`,
    /// `../x`, `#x`, `x.md`, or a path with a `/` and no space.
    static func looksLikeTarget(_ label: String) -> Bool {
        guard !label.isEmpty, !label.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) else { return false }
        return label.hasPrefix("http://") || label.hasPrefix("https://") || label.hasPrefix("/")
            || label.hasPrefix("./") || label.hasPrefix("../") || label.hasPrefix("#") || label.hasSuffix(".md")
            || label.contains(".md#") || (label.contains("/") && label.contains("."))
    }

    /// Reports at `index`; the excerpt starts at `excerptStart` (the link,
    /// for a stray character after it), else at `index`.
    private func report(
        _ kind: LinkSyntaxProblem.Kind, at index: Int, target: String, into found: inout [LinkSyntaxProblem],
        shape: LinkSyntaxProblem.Shape = .unlinked, excerptStart: Int? = nil, excerptEnd: Int? = nil
    ) {
        // At most 120 bytes are looked at: a line of 100,000 reports stays linear.
        let from = max(excerptStart ?? index, index - 119)
        let window = text[from..<min(text.count, excerptEnd ?? Int.max, max(index + 1, from + 120))]
        let excerpt = String(decoding: window.prefix { $0 != 0x0A }, as: UTF8.self)
        let position = source.position(ofOffset: sourceOffset(of: index))
        found.append(LinkSyntaxProblem(kind: kind, position: position, target: target, excerpt: excerpt, shape: shape))
    }

    // MARK: - Lexing helpers

    private func sourceOffset(of index: Int) -> Int { block.sourceOffset(ofTextIndex: index) }

    /// A label as one line, for messages: each run of whitespace, line ends
    /// included, becomes one space (as CommonMark matches labels).
    static func singleLine(_ label: String) -> String {
        label.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        ASCIIByte.isAlphanumeric(byte) || byte >= 0x80
    }

    private func isTaskBox(_ label: String) -> Bool { label == " " || label == "x" || label == "X" }

    /// Past a code span that opens at `index`, or past the backtick run if it never closes.
    private func endOfCodeSpan(at index: Int) -> Int {
        backticks?.endOfCodeSpan(at: index) ?? index + 1
    }

    /// Past an autolink or HTML tag that opens at `index`, or just past the `<`.
    private func endOfTag(at index: Int) -> Int {
        let next = index + 1
        guard next < text.count else { return next }
        let byte = text[next]
        let startsTag =
            ASCIIByte.isLetter(byte) || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
        guard startsTag else { return next }
        var end = next
        while end < text.count, text[end] != UInt8(ascii: ">"), text[end] != UInt8(ascii: "<") { end += 1 }
        return end < text.count && text[end] == UInt8(ascii: ">") ? end + 1 : next
    }

    /// The `]` that closes the label opened at `bracket`, or a `}` directly
    /// followed by `(` (the `[text}(url)` typo), skipping nested brackets,
    /// escapes and code spans. Nil when the label never closes.
    private func endOfLabel(from bracket: Int) -> (index: Int, isBrace: Bool)? {
        var depth = 0
        var index = bracket + 1
        let limit = min(text.count, bracket + 1000)
        while index < limit {
            switch text[index] {
            case UInt8(ascii: "\\"):
                index += 2
                continue
            case UInt8(ascii: "`"):
                index = endOfCodeSpan(at: index)
                continue
            case UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "]"):
                if depth == 0 { return (index, false) }
                depth -= 1
            case UInt8(ascii: "}") where depth == 0:
                if index + 1 < text.count, text[index + 1] == UInt8(ascii: "(") { return (index, true) }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The `]` closing a reference label (no nested brackets allowed), or nil.
    private func endOfReferenceLabel(from bracket: Int) -> Int? {
        var index = bracket + 1
        while index < text.count, index < bracket + 1000 {
            switch text[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "["): return nil
            case UInt8(ascii: "]"): return index
            default: index += 1
            }
        }
        return nil
    }

    /// Past the `)` matching the `(` at `paren`, or the end of the line.
    private func endOfParentheses(from paren: Int) -> Int {
        var depth = 0
        var index = paren
        while index < text.count {
            switch text[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index + 1 }
            case 0x0A: return index
            default: break
            }
            index += 1
        }
        return index
    }

    /// The destination written after `(` at `paren`: up to `)`, whitespace or
    /// the line end. With no `)` after it, punctuation that ends the sentence
    /// (`see [T](page.md.`) is not part of it.
    private func destination(from paren: Int) -> String {
        var start = paren + 1
        while start < text.count, text[start] == 0x20 { start += 1 }
        var end = start
        while end < text.count, ![0x20, 0x09, 0x0A, UInt8(ascii: ")")].contains(text[end]) { end += 1 }
        if end == text.count || text[end] != UInt8(ascii: ")") {
            let sentenceEnd: [UInt8] = Array(".,;:!?".utf8)
            while end > start, sentenceEnd.contains(text[end - 1]) { end -= 1 }
        }
        return String(decoding: text[start..<end], as: UTF8.self)
    }

    /// `(x)` where x has no whitespace: a URL, not a parenthetical remark.
    private func looksLikeURL(from paren: Int) -> Bool {
        var index = paren + 1
        while index < text.count {
            switch text[index] {
            case UInt8(ascii: ")"): return index > paren + 1
            case 0x20, 0x09, 0x0A: return false
            default: index += 1
            }
        }
        return false
    }

    /// `1`, `12`, `a`: what a numbered or lettered citation holds.
    static func isCitation(_ label: String) -> Bool {
        let trimmed = label.utf8
        guard !trimmed.isEmpty, trimmed.count <= 4 else { return false }
        return trimmed.allSatisfy { (0x30...0x39).contains($0) }
            || (trimmed.count == 1 && trimmed.allSatisfy { (0x61...0x7A).contains($0) })
    }
}
