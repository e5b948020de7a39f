/// Writes one page in docgen's Markdown dialect (`MarkdownParser(extensions: .all)`)
/// for `GeneratedExtensionPositionTests`: pipe tables (with and without outer
/// pipes, escaped `\|`, code spans with pipes, in list items and block quotes,
/// right after a paragraph line), `:::type` callouts (nested with `::::`),
/// GitHub alerts, footnote definitions with indented paragraphs, task items,
/// strikethrough, autolink literals and `{#id}` headings. While it writes, it
/// records where each link opener is: `[` of a link, `!` of an image, `<` of
/// an autolink, the first character of an autolink literal (line and column
/// in Unicode scalars, the leading blank lines included), and which construct
/// the link stands in.
struct ExtensionPageWriter {
    /// A container the current line is in: a block quote (`> `) or a list
    /// item (its marker on its first line, spaces after).
    struct Frame {
        var first: String
        var rest: String
        var isQuote: Bool
        var used = false
    }

    static let literals: [(written: String, offset: Int, destination: String)] = [
        ("https://example.com/path", 0, "https://example.com/path"),
        ("www.example.com/a?b=1", 0, "http://www.example.com/a?b=1"),
        ("https://example.com/end.", 0, "https://example.com/end"),
        ("(www.example.org)", 1, "http://www.example.org"),
        ("http://example.net/ünï", 0, "http://example.net/ünï"),
        ("~~www.struck.example~~", 2, "http://www.struck.example"),
        ("me@example.com", 0, "mailto:me@example.com"),
        ("https://example.com/a_(b)", 0, "https://example.com/a_(b)"),
    ]
    static let calloutOpeners = [
        "note Title", "tip", " warning Optional title", "tip[Größe 日本語]", "danger Ωmega title", "info",
    ]
    static let alertTypes = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"]

    var random: GeneratedPositionTests.LCG
    var lines: [String] = []
    var current = ""
    var frames: [Frame] = []
    /// `line:column kind destination` of every link, in page order.
    var links: [String] = []
    /// The constructs each link stands in, outermost first, in the order of `links`.
    var constructs: [[String]] = []
    var construct: [String] = []
    var footnoteCount = 0
    var headingCount = 0
    /// The last inline was bracketed text that is no link (`[sic]`).
    var afterBrackets = false

    init(seed: UInt64) { random = GeneratedPositionTests.LCG(state: seed) }

    var position: String { "\(lines.count + 1):\(current.unicodeScalars.count + 1)" }

    mutating func write(_ text: String) { current += text }

    /// Starts a line with the prefixes of the containers it is in.
    mutating func beginLine() {
        current = ""
        for index in frames.indices {
            current += frames[index].used ? frames[index].rest : frames[index].first
            frames[index].used = true
        }
    }

    mutating func endLine() {
        lines.append(current)
        current = ""
    }

    /// A blank line inside the current containers (`>` for a quote).
    mutating func blankLine() {
        var text = ""
        for frame in frames { text += frame.isQuote ? ">" : frame.rest }
        while text.last == " " { text.removeLast() }
        lines.append(text)
    }

    mutating func link(_ kind: String, _ destination: String) {
        links.append("\(position) \(kind) \(destination)")
        constructs.append(construct)
    }

    mutating func word() -> String {
        random.chance(40)
            ? random.pick(GeneratedPositionTests.unicodeWords) : random.pick(GeneratedPositionTests.asciiWords)
    }

    /// Runs `body` with its links counted under `name` too.
    mutating func within(_ name: String, _ body: (inout ExtensionPageWriter) -> Void) {
        construct.append(name)
        body(&self)
        construct.removeLast()
    }

    /// Runs `body` inside one more container.
    mutating func inside(_ frame: Frame, _ body: (inout ExtensionPageWriter) -> Void) {
        frames.append(frame)
        body(&self)
        frames.removeLast()
    }

    // MARK: Page

    mutating func writePage(blocks: Int) {
        // Front matter, as the loader leaves it: blank lines.
        for _ in 0..<random.next(5) { lines.append("") }
        for _ in 0..<blocks {
            topLevelBlock()
            lines.append("")
        }
        if footnoteCount > 0 {
            // Every footnote is referenced (no unused-footnote warning).
            beginLine()
            write("Notes")
            for label in 0..<footnoteCount { write(" [^fn\(label)]") }
            endLine()
            lines.append("")
        }
        for label in 0..<10 { lines.append("[lbl\(label)]: /ref/\(label)") }
    }

    mutating func topLevelBlock() {
        switch random.next(16) {
        case 0, 1: table(afterParagraph: random.chance(25))
        case 2: tableInListItem()
        case 3: tableInBlockQuote()
        case 4, 5: callout(colons: 3 + random.next(2))
        case 6, 7: alert()
        case 8, 9: footnoteDefinition()
        case 10, 11: taskList()
        case 12: within("heading") { $0.heading() }
        default: paragraph()
        }
    }

    /// A block inside a callout; true when a fence line may follow it
    /// directly (a table row or a quote's lazy line could take the fence).
    mutating func innerBlock(colons: Int) -> Bool {
        switch random.next(colons > 3 ? 7 : 6) {
        case 0:
            table(afterParagraph: random.chance(30))
            return false
        case 1:
            taskList()
            return true
        case 2:
            tableInBlockQuote()
            return false
        case 6:
            within("nested callout") { $0.callout(colons: 3) }  // counted as a callout too
            return true
        default:
            paragraph()
            return true
        }
    }

    // MARK: Blocks

    mutating func paragraph() {
        within("paragraph") { writer in
            for _ in 0..<(1 + writer.random.next(3)) {
                writer.beginLine()
                writer.inlines(count: 1 + writer.random.next(5), inCell: false)
                writer.endLine()
            }
        }
    }

    mutating func heading() {
        beginLine()
        write(String(repeating: "#", count: 1 + random.next(3)) + " ")
        write(word())
        write(" ")
        inline(inCell: false)
        write(" ")
        inline(inCell: false)
        if random.chance(60) {
            write(" {#custom-\(headingCount)}")
            headingCount += 1
        }
        endLine()
    }

    /// A pipe table: header, delimiter and body rows, every cell with
    /// text, links, code spans with pipes and escaped pipes.
    mutating func table(afterParagraph: Bool) {
        if afterParagraph {
            // A table interrupts the paragraph: its last line is the header.
            within("paragraph before table") { writer in
                writer.beginLine()
                writer.inlines(count: 1 + writer.random.next(4), inCell: false)
                writer.endLine()
            }
        }
        construct.append("table")
        defer { construct.removeLast() }
        let columns = 1 + random.next(4)
        let leading = random.chance(60)
        let trailing = random.chance(60)
        // One column needs an outer pipe to be a row.
        let outer = columns == 1 || leading
        row(cells: columns, leading: outer, trailing: trailing || columns == 1)
        beginLine()
        var delimiters = (0..<columns).map { _ in random.pick(["---", ":--", "--:", ":-:", "-"]) }
        if !outer, delimiters[0] == "-" { delimiters[0] = "--" }  // `- ` would start a list item
        write((outer ? "| " : "") + delimiters.joined(separator: " | ") + (trailing ? " |" : ""))
        endLine()
        for _ in 0..<(1 + random.next(4)) {
            // Fewer cells than the header are padded; more would be dropped.
            let cells = max(1, columns - random.next(2))
            row(cells: cells, leading: outer || cells == 1, trailing: random.chance(50) || cells == 1)
        }
    }

    mutating func row(cells: Int, leading: Bool, trailing: Bool) {
        beginLine()
        if leading { write(random.pick(["| ", "|", "|  "])) }
        for cell in 0..<cells {
            if cell > 0 { write(random.pick([" | ", "|", " |\t"])) }
            // An empty first or last cell needs its outer pipe, else that
            // pipe reads as the row's outer pipe and the row loses a cell.
            let mayBeEmpty = (cell > 0 || leading) && (cell < cells - 1 || trailing)
            switch random.next(10) {
            case 0 where mayBeEmpty:
                write(" ")  // an empty cell
            case 1:
                // An escaped pipe before the link, in the same cell.
                write("\(word()) \\| ")
                inline(inCell: true)
            case 2:
                write("`code \\| span [no](link.md)` ")
                inline(inCell: true)
            default:
                inlines(count: 1 + random.next(3), inCell: true)
            }
        }
        if trailing { write(random.pick([" |", "|", " | "])) }
        endLine()
    }

    /// A table as a list item's first block, or after a task item's line.
    mutating func tableInListItem() {
        let marker = random.pick(["- ", "* ", "1. ", "- "])
        let isTask = random.chance(30)
        construct.append("table in list item")
        defer { construct.removeLast() }
        inside(Frame(first: marker, rest: String(repeating: " ", count: marker.count), isQuote: false)) { writer in
            if isTask {
                writer.within("task item") { writer in
                    writer.beginLine()
                    writer.write(writer.random.pick(["[ ] ", "[x] "]))
                    writer.inlines(count: 1 + writer.random.next(3), inCell: false)
                    writer.endLine()
                }
            }
            writer.table(afterParagraph: !isTask && writer.random.chance(30))
        }
    }

    mutating func tableInBlockQuote() {
        within("table in block quote") { writer in
            writer.inside(Frame(first: "> ", rest: "> ", isQuote: true)) {
                $0.table(afterParagraph: $0.random.chance(30))
            }
        }
    }

    /// `:::type Title` … `:::`, with a longer outer fence when callouts nest.
    mutating func callout(colons: Int) {
        construct.append("callout")
        defer { construct.removeLast() }
        let fence = String(repeating: ":", count: colons)
        beginLine()
        write(fence + random.pick(Self.calloutOpeners))
        endLine()
        var mayClose = true
        for index in 0..<(1 + random.next(3)) {
            if index > 0 || random.chance(30) { blankLine() }
            mayClose = innerBlock(colons: colons)
        }
        if !mayClose || random.chance(40) { blankLine() }
        beginLine()
        write(fence)
        endLine()
    }

    /// `> [!TYPE]` alone on the first line, then the alert's blocks.
    mutating func alert() {
        construct.append("alert")
        defer { construct.removeLast() }
        inside(Frame(first: "> ", rest: "> ", isQuote: true)) { writer in
            writer.beginLine()
            writer.write("[!\(writer.random.pick(Self.alertTypes))]")
            writer.endLine()
            for index in 0..<(1 + writer.random.next(3)) {
                if index > 0 { writer.blankLine() }
                if writer.random.chance(25) {
                    writer.table(afterParagraph: writer.random.chance(30))
                } else {
                    writer.paragraph()
                }
            }
        }
    }

    /// `[^fnN]: text`, a continuation line, then indented paragraphs.
    mutating func footnoteDefinition() {
        construct.append("footnote definition")
        defer { construct.removeLast() }
        beginLine()
        write("[^fn\(footnoteCount)]:" + random.pick([" ", "  ", "\t"]))
        footnoteCount += 1
        inlines(count: 1 + random.next(4), inCell: false)
        endLine()
        if random.chance(30) {
            beginLine()
            write(random.pick(["    ", "  ", ""]))  // indented or lazy
            inlines(count: 1 + random.next(3), inCell: false)
            endLine()
        }
        for _ in 0..<random.next(3) {
            lines.append("")
            within("footnote paragraph") { writer in
                for _ in 0..<(1 + writer.random.next(2)) {
                    writer.beginLine()
                    writer.write(writer.random.pick(["    ", "    ", "     ", "\t"]))
                    writer.inlines(count: 1 + writer.random.next(4), inCell: false)
                    writer.endLine()
                }
            }
        }
    }

    /// `- [ ] text`, `- [x] text`, nested, some with a second line, and
    /// an item whose text starts with a link `[x](y)` (not a box).
    mutating func taskList() {
        construct.append("task item")
        defer { construct.removeLast() }
        let bullet = random.pick(["- ", "* ", "+ ", "1. "])
        let indent = String(repeating: " ", count: bullet.count)
        for _ in 0..<(1 + random.next(4)) {
            let nested = random.chance(20)
            let frames = nested ? [Frame(first: indent, rest: indent, isQuote: false)] : []
            self.frames += frames
            beginLine()
            write(bullet)
            switch random.next(8) {
            case 0:
                link("link", "y.md")
                write("[x](y.md) \(word())")
            case 1:
                write("[ ] ")
                link("link", "y.md")
                write("[x](y.md)")
            default:
                write(random.pick(["[ ] ", "[x] ", "[X] ", "[ ]\t", "[x]  "]))
                inlines(count: 1 + random.next(4), inCell: false)
            }
            if random.chance(25) {
                endLine()
                beginLine()
                write(indent)
                inlines(count: 1 + random.next(3), inCell: false)
            }
            endLine()
            self.frames.removeLast(frames.count)
        }
    }

    // MARK: Inlines

    mutating func inlines(count: Int, inCell: Bool) {
        for index in 0..<count {
            if index > 0 { write(random.chance(10) ? "\t" : " ") }
            inline(inCell: inCell)
        }
    }

    /// One inline item on the current line; in a table cell it has no `|`
    /// that is not escaped.
    mutating func inline(inCell: Bool) {
        let followsBrackets = afterBrackets
        afterBrackets = false
        switch random.next(24) {
        case 0...4:
            write(word())
        case 5, 6:
            let destination = random.pick(GeneratedPositionTests.destinations)
            link("link", destination.resolved)
            write("[\(word()) \(word())](\(destination.written))")
        case 7:
            let destination = random.pick(GeneratedPositionTests.destinations)
            link("image", destination.resolved)
            write("![\(word())](\(destination.written))")
        case 8:
            link("autolink", "https://auto.example/p?q=1")
            write("<https://auto.example/p?q=1>")
        case 9:
            let label = random.next(10)
            link("link", "/ref/\(label)")
            write(random.chance(50) ? "[\(word())][lbl\(label)]" : "[lbl\(label)]")
            afterBrackets = true  // `[a][b] (url)` is read as a malformed `[b] (url)`
        case 10, 11:
            // Strikethrough around a link.
            within("strikethrough") { writer in
                let tildes = writer.random.pick(["~~", "~"])
                writer.write(tildes)
                if writer.random.chance(50) { writer.write("\(writer.word()) ") }
                writer.link("link", "struck.md")
                writer.write("[\(writer.word())](struck.md)")
                writer.write(tildes)
            }
        case 12...15:
            within("autolink literal") { writer in
                var literal = writer.random.pick(Self.literals)
                if followsBrackets, literal.written.hasPrefix("(") {
                    literal = Self.literals[0]  // `[sic] (url)` is a malformed link
                }
                writer.write(String(literal.written.prefix(literal.offset)))
                writer.link("autolink", literal.destination)
                writer.write(String(literal.written.dropFirst(literal.offset)))
            }
        case 16:
            if footnoteCount > 0 { write("[^fn\(random.next(footnoteCount))]") } else { write(word()) }
        case 17:
            write(random.pick(["[x]", "[ ]", "a[0]", "[!NOTE]", "\\[a](b)", "[sic]"]))
            afterBrackets = true
        case 18:
            write(inCell ? "`www.code.example \\| [a](b)`" : "`https://code.example | [a](b)`")
        case 19:
            // A URL in a link's text is not a literal of its own.
            link("link", "text.md")
            write("[see https://in.text.example](text.md)")
        case 20:
            write(inCell ? "\\|" : "a | b")
        case 21:
            write("*")
            link("link", "em.md")
            write("[em](em.md)*")
        default:
            write(word())
        }
    }
}
