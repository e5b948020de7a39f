/// Seeded, deterministic Markdown documents for the GFM differential tests:
/// tables (also in list items and block quotes), strikethrough, autolink
/// literals and task lists, mixed with the CommonMark they meet in real pages.
/// Its own PRNG (SplitMix64), so a seed gives the same documents everywhere.
struct GFMDocumentGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    // MARK: Randomness

    /// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and good enough here.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0..<bound.
    private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    private mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    private mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

    // MARK: Documents

    /// One document: a few blocks, mostly separated by a blank line, sometimes
    /// by none, so that a block interrupts (or continues) the one before.
    mutating func document() -> String {
        var lines: [String] = []
        for index in 0..<(1 + below(4)) {
            if index > 0, chance(75) { lines.append("") }
            lines += block(depth: 0)
        }
        if chance(10) { lines += ["", "[ref]: http://example.com/ref \"Ref\""] }
        return lines.map { $0 + "\n" }.joined()
    }

    private mutating func block(depth: Int) -> [String] {
        switch below(depth > 0 ? 8 : 11) {
        case 0, 1, 2: return table()
        case 3: return paragraphThenTable()
        case 4, 5: return paragraph()
        case 6, 7: return taskList(depth: depth)
        case 8: return blockQuote(depth: depth)
        case 9: return tableInListItem()
        default: return other()
        }
    }

    private mutating func paragraph() -> [String] {
        (0..<(1 + below(2))).map { _ in inlines(count: 1 + below(5), inCell: false) }
    }

    /// A table right after a paragraph line: it interrupts the paragraph.
    private mutating func paragraphThenTable() -> [String] {
        [inlines(count: 1 + below(3), inCell: false)] + table()
    }

    /// Blocks that end a table or share a document with one.
    private mutating func other() -> [String] {
        pick([
            ["# Heading " + inlines(count: 1, inCell: false)],
            ["```", "| in | code |", "| -- | ---- |", "```"],
            ["***"],
            ["- plain item", "- " + inlines(count: 2, inCell: false)],
            ["    indented | code", "    --- | ---"],
            ["<div>", "| html | block |", "</div>"],
            ["Setext " + inlines(count: 1, inCell: false), "---"],
        ])
    }

    private mutating func blockQuote(depth: Int) -> [String] {
        let inner = chance(60) ? table() : block(depth: depth + 1)
        return inner.enumerated().map { index, line in
            // Now and then a last line without `>`: a lazy continuation line for
            // a paragraph, the end of the quote for a table.
            index == inner.count - 1 && index > 0 && chance(15) ? line : (line.isEmpty ? ">" : "> " + line)
        }
    }

    private mutating func tableInListItem() -> [String] {
        let marker = pick(["- ", "* ", "1. ", "10) "])
        let indent = String(repeating: " ", count: marker.count)
        var lines = [marker + inlines(count: 1 + below(2), inCell: false)]
        if chance(50) { lines.append("") }
        lines += table().map { $0.isEmpty ? "" : indent + $0 }
        if chance(40) { lines.append(marker + "next " + inlines(count: 1, inCell: false)) }
        return lines
    }

    // MARK: Tables

    private mutating func table() -> [String] {
        let columns = 1 + below(4)
        let outerPipes = chance(70)
        var lines = [row((0..<columns).map { _ in cell() }, outerPipes: outerPipes || columns == 1)]
        let alignments = (0..<columns).map { _ in
            pick(["---", "-", ":--", ":-:", "--:", ":---:", "-----", " :- ", "---:"])
        }
        lines.append(row(alignments, outerPipes: outerPipes || columns == 1 || chance(50)))
        for _ in 0..<below(5) {
            // Uneven rows: fewer cells are filled, more are dropped.
            let count = max(1, columns + below(3) - 1)
            lines.append(row((0..<count).map { _ in cell() }, outerPipes: chance(70)))
        }
        if chance(15) { lines.append(pick(["no pipes here", "| only one", "***", "# heading", "> quote"])) }
        return lines
    }

    private mutating func row(_ cells: [String], outerPipes: Bool) -> String {
        let inner = cells.joined(separator: pick([" | ", "|", "  |  "]))
        let trailing = chance(10) ? " " : ""
        return outerPipes ? "| " + inner + " |" + trailing : inner + trailing
    }

    private mutating func cell() -> String {
        chance(8) ? "" : inlines(count: 1 + below(3), inCell: true)
    }

    // MARK: Task lists

    private mutating func taskList(depth: Int) -> [String] {
        let marker = pick(["- ", "* ", "+ ", "1. ", "3) "])
        let loose = chance(25)
        var lines: [String] = []
        for index in 0..<(1 + below(4)) {
            if index > 0, loose { lines.append("") }
            let box = pick(["[ ] ", "[x] ", "[X] ", "[ ] ", "[x] ", "[@] ", "[] ", "[ ]", "[x]", "[  ] ", "[\t] "])
            let text = box.hasSuffix("]") && chance(50) ? "" : inlines(count: 1 + below(3), inCell: false)
            lines.append(marker + box + text)
            if depth < 2, chance(20) {
                let indent = String(repeating: " ", count: marker.count + (chance(20) ? 2 : 0))
                lines += taskList(depth: depth + 1).map { $0.isEmpty ? "" : indent + $0 }
            }
        }
        return lines
    }

    // MARK: Inlines

    private mutating func inlines(count: Int, inCell: Bool) -> String {
        (0..<count).map { _ in inline(inCell: inCell) }.joined(separator: chance(85) ? " " : "")
    }

    private mutating func inline(inCell: Bool) -> String {
        switch below(10) {
        case 0, 1: return pick(Self.words)
        case 2: return pick(Self.emphasis)
        case 3: return inCell && chance(60) ? pick(Self.cellCode) : pick(Self.code)
        case 4: return pick(Self.links)
        case 5: return pick(Self.strikethrough)
        case 6, 7: return pick(Self.autolinks)
        case 8: return inCell ? pick(Self.cellEscapes) : pick(Self.escapes)
        default: return pick(Self.words) + pick(["", ".", ",", "!", ")", "("])
        }
    }

    private static let words = [
        "alpha", "beta", "gamma", "x", "日本語", "a_b", "foo.bar", "1.5", "über", "&amp;", "&copy;",
    ]
    private static let emphasis = ["*em*", "**strong**", "_under_", "***both***", "*a **b** c*", "__s__", "*x"]
    private static let code = ["`code`", "``a ` b``", "`www.example.com`", "`~~no~~`", "`a | b`"]
    /// In a cell an unescaped `|` ends the cell even inside a code span, `\|` does not.
    private static let cellCode = ["`a \\| b`", "`\\|`", "`x|y`", "`\\\\|`", "`c\\|`"]
    private static let links = [
        "[text](http://example.com)", "[www.example.com](http://example.org)", "![img](a.png \"t\")",
        "[a *b*](/url)", "[ref]", "[see https://example.com/x](/y)", "<http://angle.example.com>",
        "[foo@bar.com](mailto:foo@bar.com)", "![http://img.example.com/a.png](b.png)", "[a](<b c>)",
    ]
    private static let strikethrough = [
        "~~del~~", "~del~", "~~~three~~~", "~~unbalanced~", "~one~~", "a~~b~~c", "~~ spaced ~~", "\\~~x~~",
        "~~*em*~~", "~~a", "b~~", "~", "~~", "~~multi word~~", "~~`code`~~", "~~[l](/u)~~",
    ]
    private static let autolinks = [
        "www.example.com", "www.example.com/path_(x)", "http://example.com/a.", "https://example.com/q?x=1&y=2",
        "(http://example.com)", "http://example.com/a)", "www.a.b/c&amp;", "www.x.com/a&hl;", "foo@bar.baz",
        "a.b-c_d@a.b.", "x@y.z_", "user+tag@mail.example.com", "WWW.EXAMPLE.COM", "http://x.y.z/p,",
        "*www.emph.com*", "_http://u.com_", "~~www.s.com~~", "www.com", "http://localhost", "ftp://ftp.example.org",
        "www.exa_mple.com", "http://a.b/ü", "https://x.org/(a)(b)", "www.g.com/search?q=(a))", "hello@mail+x.ex",
        "http://a.b/c*", "www.c.d/e_", "https://e.f/g~", "http://h.i/j?", "mail@ex.com.", "(www.paren.com)",
        "http://q.r/s\"t", "www.u.v/w<x", "http://[::1]/", "https://ex.com/%41", "x.www.y.com", "www.z.com:8080/p",
    ]
    private static let escapes = ["\\*", "\\_", "\\\\", "\\|", "\\~", "\\[", "a\\|b"]
    private static let cellEscapes = ["\\|", "a\\|b", "\\\\\\|", "\\*", "\\~", "\\\\"]
}
