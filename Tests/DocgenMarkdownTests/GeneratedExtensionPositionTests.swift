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
}
