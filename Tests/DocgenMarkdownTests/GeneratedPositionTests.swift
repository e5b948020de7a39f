import DocgenMarkdown
import XCTest

/// A deterministic generator writes pages of paragraphs in every container
/// docgen meets (quotes, lists, lazy and indented continuation lines, leading
/// reference definitions, headings), with non-ASCII text, tabs, CRLF, code
/// spans, raw HTML, hard breaks, links whose text, title or label spans lines,
/// and planted malformed links and undefined references. While it writes, it
/// records where each link opener is (`[`, `!` of `![`, `<` of an autolink,
/// `h` of an `href`). Every link and problem must be reported at exactly that
/// position, and nothing else reported; the HTML must still be cmark's.
final class GeneratedPositionTests: XCTestCase {
    /// A 64-bit linear congruential generator (Knuth's MMIX constants): the
    /// same seed writes the same pages on every platform.
    struct LCG {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func chance(_ percent: Int) -> Bool { next(100) < percent }

        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    /// The container a paragraph sits in: its first-line prefix and how a
    /// continuation line may start.
    struct Container {
        var name: String
        var first: String
        var continuations: [String]
        /// A list item: the next top-level block must not be indented.
        var isList: Bool
    }

    static let containers: [Container] = [
        Container(name: "plain", first: "", continuations: ["", " ", "   ", "      ", "\t", "  \t "], isList: false),
        Container(name: "quote", first: "> ", continuations: ["> ", ">", ">    ", ""], isList: false),
        Container(name: "indented quote", first: "  > ", continuations: [" > ", "> ", ""], isList: false),
        Container(name: "nested quote", first: "> > ", continuations: ["> > ", ">> ", "> ", ""], isList: false),
        Container(name: "bullet", first: "- ", continuations: ["  ", "    ", "\t", ""], isList: true),
        Container(name: "ordered", first: "12. ", continuations: ["    ", "     ", ""], isList: true),
        Container(name: "quoted bullet", first: "> * ", continuations: [">   ", ">     ", "> "], isList: true),
        Container(name: "nested bullet", first: "- - ", continuations: ["    ", "      "], isList: true),
    ]

    static let asciiWords = [
        "alpha", "beta", "gamma", "token", "cache", "docs", "see", "and", "the", "x&amp;y", "a\tb",
    ]
    static let unicodeWords = ["naïve", "Größe", "日本語", "emoji🎉", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "e\u{301}tude", "Ωmega", "Привет", "❤️"]
    static let destinations: [(written: String, resolved: String)] = [
        ("guide.md", "guide.md"), ("../api/auth.md#tokens", "../api/auth.md#tokens"), ("/api/auth", "/api/auth"),
        ("https://example.com/x?a=1&b=2", "https://example.com/x?a=1&b=2"), ("<img/a b.png>", "img/a b.png"),
        ("#anchor", "#anchor"), ("x&amp;y.md", "x&y.md"), ("a_(b).md", "a_(b).md"), ("ünï.md", "ünï.md"),
        ("t.md \"Title\"", "t.md"), ("t.md 'T (1)'", "t.md"),
    ]

    /// Writes one page and records what the parser must find in it.
    struct PageWriter {
        var random: LCG
        var lines: [String] = []
        var current = ""
        var links: [String] = []
        /// Links that exist only when raw HTML is published (`href` of `<a>`).
        var rawLinks: [(index: Int, entry: String)] = []
        var problems: [String] = []
        /// Where each heading starts.
        var headings: [String] = []
        var definitionCount = 0
        var undefinedCount = 0
        var previousWasList = false
        /// The prefix for the next continuation line of the current paragraph.
        var continuations: [String] = [""]

        init(seed: UInt64) { random = LCG(state: seed) }

        var position: String { "\(lines.count + 1):\(current.unicodeScalars.count + 1)" }

        mutating func write(_ text: String) { current += text }

        mutating func endLine() {
            lines.append(current)
            current = ""
        }

        mutating func continuationLine() {
            endLine()
            current = random.pick(continuations)
        }

        mutating func link(_ kind: String, _ destination: String) { links.append("\(position) \(kind) \(destination)") }

        mutating func problem(_ kind: String, _ target: String) { problems.append("\(position) \(kind) \(target)") }

        mutating func word() -> String {
            random.chance(30)
                ? random.pick(GeneratedPositionTests.unicodeWords) : random.pick(GeneratedPositionTests.asciiWords)
        }

        // MARK: Blocks

        mutating func writePage(blocks: Int) {
            for _ in 0..<blocks {
                switch random.next(20) {
                case 0: atxHeading()
                case 1: fencedCode()
                case 2 where !previousWasList: indentedCode()
                case 3: setextHeading()
                default:
                    // Right after a list, an indented block would continue the list
                    // item, whose own continuation lines need more indentation.
                    let containers = GeneratedPositionTests.containers.filter {
                        !previousWasList || !$0.first.hasPrefix(" ")
                    }
                    paragraph(in: random.pick(containers))
                }
                lines.append("")
            }
            for label in 0..<10 { lines.append("[lbl\(label)]: /ref/\(label)") }
            lines.append("[multi label]: /ref/multi")
        }

        mutating func atxHeading() {
            headings.append("\(lines.count + 1):1")
            current = String(repeating: "#", count: 1 + random.next(4)) + " "
            write(word())
            write(" ")
            inline(allowBreaks: false)
            write(" ")
            inline(allowBreaks: false)
            if random.chance(30) { write(" ##") }
            endLine()
            previousWasList = false
        }

        mutating func setextHeading() {
            headings.append("\(lines.count + 1):1")
            continuations = ["", " ", "  "]
            write(word())
            write(" ")
            for _ in 0..<(1 + random.next(3)) {
                inline(allowBreaks: false)
                write(" ")
            }
            continuationLine()
            write(word())
            write(" ")
            inline(allowBreaks: false)
            endLine()
            lines.append(random.chance(50) ? "====" : "---")
            previousWasList = false
        }

        mutating func fencedCode() {
            lines.append(random.chance(50) ? "```markdown" : "~~~")
            lines.append("[a](missing.md) [b}(c) [t][nope] ![i](x.png")
            lines.append("<https://not.a.link>")
            lines.append(lines[lines.count - 3].hasPrefix("`") ? "```" : "~~~")
            previousWasList = false
        }

        mutating func indentedCode() {
            lines.append("    [a](missing.md) [b}(c) [t][nope]")
            lines.append("\t![i](x.png <https://not.a.link>")
            previousWasList = false
        }

        mutating func paragraph(in container: Container) {
            continuations = container.continuations
            current = container.first
            if random.chance(20) {
                // Reference definitions at the start of the paragraph.
                for _ in 0..<(1 + random.next(2)) {
                    if random.chance(25) {
                        write("[def\(definitionCount)]:")  // the destination on the next line
                        continuationLine()
                        write("/def/\(definitionCount)")
                    } else {
                        write("[def\(definitionCount)]: /def/\(definitionCount)")
                    }
                    definitionCount += 1
                    switch random.next(6) {
                    case 0:
                        continuationLine()
                        write("\"Title with [x] (y) and [z}(w)\"")
                    case 1:
                        write(" 'A title")
                        continuationLine()
                        write("on two lines [t][nope]'")
                    default:
                        break
                    }
                    continuationLine()
                }
            }
            let lineCount = 1 + random.next(4)
            for line in 0..<lineCount {
                let tokens = 1 + random.next(5)
                for token in 0..<tokens {
                    if token > 0 { write(random.chance(10) ? "\t" : " ") }
                    inline(allowBreaks: true)
                }
                if line < lineCount - 1 {
                    switch random.next(10) {
                    case 0: write("\\")  // a hard break cmark does not count as a line
                    case 1: write("  ")
                    default: break
                    }
                    continuationLine()
                }
            }
            if definitionCount > 0, random.chance(30) {
                write(" ")
                link("link", "/def/\(definitionCount - 1)")
                write("[def\(definitionCount - 1)]")
            }
            endLine()
            previousWasList = container.isList
        }

        // MARK: Inlines

        /// One inline item; `allowBreaks` lets it span a line.
        mutating func inline(allowBreaks: Bool) {
            let choice = random.next(allowBreaks ? 42 : 31)
            switch choice {
            case 0...5:
                write(word())
            case 6, 7:
                let destination = random.pick(GeneratedPositionTests.destinations)
                link("link", destination.resolved)
                write("[\(word()) \(word())](\(destination.written))")
            case 8:
                let destination = random.pick(GeneratedPositionTests.destinations)
                link("image", destination.resolved)
                write("![\(word())](\(destination.written))")
            case 9:
                if random.chance(50) {
                    link("autolink", "https://auto.example/p?q=1")
                    write("<https://auto.example/p?q=1>")
                } else {
                    link("autolink", "mailto:me@example.com")
                    write("<me@example.com>")
                }
            case 10:
                let label = random.next(10)
                link("link", "/ref/\(label)")
                switch random.next(3) {
                case 0: write("[\(word())][lbl\(label)]")
                case 1: write("[LBL\(label)][]")
                default: write("[lbl\(label)]")
                }
            case 11:
                link("link", "status.md")
                write("[")
                link("image", "b.svg")
                write("![\(word())](b.svg)](status.md)")
            case 12:
                write("*")
                link("link", "em.md")
                write("[em](em.md)*")
            case 13:
                write("`code [a](b` and ``[t][nope] `x` ``")
            case 14:
                write(
                    random.pick([
                        "a[0]", "[x]", "[ ]", "[note]", "[a] (see below)", "\\[a](b", "\\[t][nope]", "word[i][j]",
                    ]))
            case 15:
                write("<span class=\"k\">\(word())</span>")
            case 16:
                write("<a ")
                rawLinks.append((links.count, "\(position) htmlHref raw.md"))
                write("href=\"raw.md\">\(word())</a>")
            // Planted defects.
            case 17:
                problem("malformedLink", "target.md")
                write("[\(word())}(target.md)")
            case 18:
                problem("malformedLink", "target.md")
                write("[\(word())] (target.md)")
            case 19:
                problem("undefinedReference", "nodef\(undefinedCount)")
                write("[\(word())][nodef\(undefinedCount)]")
                undefinedCount += 1
            case 20:
                problem("undefinedReference", "nodef\(undefinedCount)")
                write("[nodef\(undefinedCount)][]")
                undefinedCount += 1
            case 21:
                problem("malformedLink", "x.png")
                write("![\(word())}(x.png)")
            case 22:
                problem("malformedLink", "a")
                write("[\(word())](a b)")
            case 23:
                // No `)` anywhere after it on this line.
                problem("malformedLink", "open.md")
                write("[\(word())](open.md")
                if allowBreaks { continuationLine() } else { write(" ") }
                write(word())
            case 24:
                link("link", "p.md")
                write("[](p.md)")
            case 25:
                link("link", "/ref/multi")
                write("[\(word())][multi label]")
            case 26:
                // Link texts that do not start with plain text.
                link("link", "start.md")
                write(
                    random.pick([
                        "[`code` text](start.md)", "[``a]`` b](start.md)", "[*em* text](start.md)",
                        "[ spaced](start.md)", "[&amp;x](start.md)", "[<b>bold</b>](start.md)", "[\\*x](start.md)",
                    ]))
            case 27:
                link("link", "outer.md")
                write("[")
                link("autolink", "https://inner.example")
                write("<https://inner.example>](outer.md)")
            case 28:
                link("image", "e.png")
                write("![](e.png)")
            case 29:
                link("link", "tab.md")
                write("[\t\(word())](tab.md)")
            case 30:
                write("see <!-- note [a](b -->")  // at a line start it would open an HTML block
            // Items that span lines.
            case 31:
                link("link", "multi.md")
                write("[\(word())")
                continuationLine()
                write("\(word())](multi.md)")
            case 32:
                link("image", "multi.png")
                write("![\(word())")
                continuationLine()
                write("alt](multi.png)")
            case 33:
                link("link", "titled.md")
                write("[\(word())](titled.md")
                continuationLine()
                write("\"title on the next line\")")
            case 34:
                write("`code [a](b")
                continuationLine()
                write("span [t][nope]`")
            case 35:
                link("link", "/ref/multi")
                write("[\(word())][multi")
                continuationLine()
                write("label]")
            case 36:
                problem("undefinedReference", "nodef\(undefinedCount) spanning")
                write("[\(word())][nodef\(undefinedCount)")
                continuationLine()
                write("spanning]")
                undefinedCount += 1
            case 37:
                write("<span")
                continuationLine()
                write("class=\"k\">\(word())</span>")
            case 39:
                link("link", "next.md")
                write("[\(word())](")
                continuationLine()
                write("next.md)")
            case 40:
                link("link", "opened.md")
                write("[")
                continuationLine()
                write("\(word())](opened.md)")
            default:
                link("link", "break.md")
                write("[\(word())\\")
                continuationLine()
                write("\(word())](break.md)")
            }
        }
    }

    struct Page {
        var markdown: String
        var links: [String]
        var rawLinks: [String]
        var problems: [String]
        var headings: [String]
    }

    static func page(seed: UInt64, blocks: Int, lineEnding: String) -> Page {
        var writer = PageWriter(seed: seed)
        writer.writePage(blocks: blocks)
        var rawLinks = writer.links
        for (index, entry) in writer.rawLinks.reversed() { rawLinks.insert(entry, at: index) }
        return Page(
            markdown: writer.lines.map { $0 + lineEnding }.joined(), links: writer.links, rawLinks: rawLinks,
            problems: writer.problems, headings: writer.headings)
    }

    static let lineEndings = ["\n", "\r\n", "\n", "\r\n", "\n", "\r", "\n", "\r\n"]

    func testEveryLinkAndProblemIsReportedWhereItWasWritten() {
        var totalLinks = 0
        var totalProblems = 0
        for (index, lineEnding) in Self.lineEndings.enumerated() {
            let page = Self.page(seed: UInt64(index + 1), blocks: 45, lineEnding: lineEnding)
            totalLinks += page.links.count
            totalProblems += page.problems.count
            for allowsRawHTML in [false, true] {
                let parsed = MarkdownParser(allowsRawHTML: allowsRawHTML).parse(page.markdown)
                let links = parsed.links.map { "\($0.position) \($0.kind.rawValue) \($0.destination)" }
                let problems = parsed.syntaxProblems.map { "\($0.position) \($0.kind.rawValue) \($0.target)" }
                let context = "page \(index + 1) (\(lineEnding.debugDescription), raw HTML \(allowsRawHTML))"
                assertSame(links, allowsRawHTML ? page.rawLinks : page.links, "links", context, page.markdown)
                assertSame(problems, page.problems, "problems", context, page.markdown)
                assertSame(
                    parsed.headings.map(\.position.description), page.headings, "headings", context, page.markdown)
            }
        }
        XCTAssertGreaterThan(totalLinks, 1000)
        XCTAssertGreaterThan(totalProblems, 100)
    }

    func testGeneratedPagesRenderAsCmarkDoes() {
        for (index, lineEnding) in Self.lineEndings.enumerated() {
            let page = Self.page(seed: UInt64(index + 1), blocks: 45, lineEnding: lineEnding)
            for allowsRawHTML in [false, true] {
                let parsed = MarkdownParser(allowsRawHTML: allowsRawHTML).parse(page.markdown)
                XCTAssertEqual(
                    HTMLTestSupport.withoutHeadingIDs(parsed),
                    MarkdownParser.cmarkHTML(page.markdown, allowsRawHTML: allowsRawHTML),
                    "page \(index + 1), raw HTML \(allowsRawHTML)")
            }
        }
    }

    func testGeneratorIsDeterministic() {
        XCTAssertEqual(
            Self.page(seed: 7, blocks: 20, lineEnding: "\n").markdown,
            Self.page(seed: 7, blocks: 20, lineEnding: "\n").markdown)
        XCTAssertNotEqual(
            Self.page(seed: 7, blocks: 20, lineEnding: "\n").markdown,
            Self.page(seed: 8, blocks: 20, lineEnding: "\n").markdown)
    }
}
