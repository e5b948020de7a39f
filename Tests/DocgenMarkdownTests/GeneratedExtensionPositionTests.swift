import DocgenMarkdown
import XCTest

/// `GeneratedPositionTests` for docgen's Markdown dialect: `ExtensionPageWriter`
/// plants links in table cells, callouts, alerts, footnote definitions, task
/// items, strikethrough and autolink literals, with non-ASCII text, CRLF and
/// CR line ends, and blank front-matter lines at the top. Parsed with every
/// extension on, each link must be reported at exactly the place it was
/// written, nothing else reported, and no problem found in the dialect.
final class GeneratedExtensionPositionTests: XCTestCase {
    struct Page {
        var markdown: String
        var links: [String]
        var constructs: [[String]]
    }

    static let lineEndings = ["\n", "\r\n", "\n", "\r\n", "\n", "\r", "\n", "\r\n"]
    static let pagesPerLineEnding = 40

    static func page(seed: UInt64, blocks: Int, lineEnding: String) -> Page {
        var writer = ExtensionPageWriter(seed: seed)
        writer.writePage(blocks: blocks)
        return Page(
            markdown: writer.lines.map { $0 + lineEnding }.joined(), links: writer.links,
            constructs: writer.constructs)
    }

    func testEveryExtensionLinkIsReportedWhereItWasWritten() {
        var perConstruct: [String: Int] = [:]
        let parser = MarkdownParser(extensions: .all)
        for (index, lineEnding) in Self.lineEndings.enumerated() {
            for number in 0..<Self.pagesPerLineEnding {
                let seed = UInt64(1_000 + index * Self.pagesPerLineEnding + number)
                let page = Self.page(seed: seed, blocks: 14, lineEnding: lineEnding)
                for construct in page.constructs.joined() { perConstruct[construct, default: 0] += 1 }
                let parsed = parser.parse(page.markdown)
                let links = parsed.links.map { "\($0.position) \($0.kind.rawValue) \($0.destination)" }
                let context = "seed \(seed) (\(lineEnding.debugDescription))"
                assertSame(
                    links, page.links, constructs: page.constructs.map { $0.joined(separator: " > ") }, "links",
                    context, page.markdown)
                assertSame(
                    parsed.problems.map { "\($0.position) \($0.kind) \($0.message)" }, [], constructs: [],
                    "problems", context, page.markdown)
                assertSame(
                    parsed.syntaxProblems.map { "\($0.position) \($0.kind.rawValue) \($0.target)" }, [],
                    constructs: [], "syntax problems", context, page.markdown)
            }
        }
        // Links per construct (a link in a table in a callout counts for both).
        let minimums = [
            "table": 5_000, "table in list item": 1_000, "table in block quote": 1_500,
            "paragraph before table": 300, "callout": 3_000, "nested callout": 300, "alert": 2_500,
            "footnote definition": 1_000, "footnote paragraph": 500, "task item": 1_500, "strikethrough": 2_000,
            "autolink literal": 4_000, "heading": 100,
        ]
        for (construct, minimum) in minimums {
            XCTAssertGreaterThanOrEqual(perConstruct[construct, default: 0], minimum, construct)
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

    /// Compares in order and, on a mismatch, names each missing and unexpected
    /// entry with its construct and source line, so a failure reads as a bug report.
    private func assertSame(
        _ actual: [String], _ expected: [String], constructs: [String], _ what: String, _ context: String,
        _ markdown: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        guard actual != expected else { return }
        let sourceLines = markdown.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        func show(_ entry: String) -> String {
            let lineNumber = Int(entry.prefix { $0 != ":" }) ?? 0
            let text = lineNumber >= 1 && lineNumber <= sourceLines.count ? String(sourceLines[lineNumber - 1]) : "?"
            return "\(entry)    | \(text.debugDescription)"
        }
        let missing = expected.enumerated().filter { !actual.contains($0.element) }
        let unexpected = actual.filter { !expected.contains($0) }
        var message = "\(context): \(what) differ\n"
        message += missing.prefix(15).map { entry in
            let construct = constructs.indices.contains(entry.offset) ? "  [\(constructs[entry.offset])]" : ""
            return "  missing    \(show(entry.element))\(construct)"
        }.joined(separator: "\n")
        if !missing.isEmpty { message += "\n" }
        message += unexpected.prefix(15).map { "  unexpected " + show($0) }.joined(separator: "\n")
        if missing.isEmpty && unexpected.isEmpty { message += "  same entries, different order" }
        XCTFail(message, file: file, line: line)
    }
}
