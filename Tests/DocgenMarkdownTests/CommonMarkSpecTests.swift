import DocgenMarkdown
import Foundation
import XCTest

/// Every example of the CommonMark 0.30 spec (the version libcmark 0.30.2
/// implements): docgen's HTML, heading ids taken out, must be cmark's own
/// `cmark_render_html` output byte for byte, in safe and in raw-HTML mode.
final class CommonMarkSpecTests: XCTestCase {
    struct Example {
        var number: Int
        var line: Int
        var markdown: String
        var html: String
    }

    /// `../shared/commonmark/spec-0.30.txt`, beside the repository folder.
    static let specURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // DocgenMarkdownTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()  // its parent
        .appendingPathComponent("shared/commonmark/spec-0.30.txt")

    static func loadExamples() throws -> [Example] {
        guard let text = try? String(contentsOf: specURL, encoding: .utf8) else {
            throw XCTSkip(
                "CommonMark spec not found at \(specURL.path); these tests need ../shared/commonmark/spec-0.30.txt")
        }
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var markdown: [String] = []
        var html: [String] = []
        var state = 0  // 0 outside, 1 Markdown, 2 HTML
        var startLine = 0
        // Split on "\n" only: the spec's examples hold no other line endings
        // that matter, and `split` keeps "\r" as part of a line if present.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            switch state {
            case 0:
                if line == fence + " example" {
                    state = 1
                    startLine = index + 1
                    markdown = []
                    html = []
                }
            case 1:
                if line == "." { state = 2 } else { markdown.append(String(line)) }
            default:
                if line == fence {
                    state = 0
                    func joined(_ lines: [String]) -> String {
                        lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                    }
                    examples.append(
                        Example(
                            number: examples.count + 1, line: startLine, markdown: joined(markdown),
                            html: joined(html)))
                } else {
                    html.append(String(line))
                }
            }
        }
        return examples
    }

    func testSpecHasAllExamples() throws {
        let examples = try Self.loadExamples()
        XCTAssertEqual(examples.count, 652)
        XCTAssertEqual(MarkdownParser.cmarkVersion, "0.30.2", "the spec file matches libcmark 0.30.x")
    }

    func testSafeHTMLEqualsCmarkOnEveryExample() throws {
        try checkEveryExample(allowsRawHTML: false)
    }

    func testRawHTMLEqualsCmarkOnEveryExample() throws {
        try checkEveryExample(allowsRawHTML: true)
    }

    private func checkEveryExample(allowsRawHTML: Bool) throws {
        let examples = try Self.loadExamples()
        let parser = MarkdownParser(allowsRawHTML: allowsRawHTML)
        var cmarkMatchesSpec = 0
        var docgenMatchesSpec = 0
        var differences: [Int] = []
        for example in examples {
            let parsed = parser.parse(example.markdown)
            let docgen = HTMLTestSupport.withoutHeadingIDs(parsed)
            let cmark = MarkdownParser.cmarkHTML(example.markdown, allowsRawHTML: allowsRawHTML)
            if docgen != cmark {
                differences.append(example.number)
                XCTFail(
                    """
                    example \(example.number) (spec line \(example.line)), rawHTML \(allowsRawHTML):
                    markdown: \(example.markdown.debugDescription)
                    docgen:   \(docgen.debugDescription)
                    cmark:    \(cmark.debugDescription)
                    """)
            }
            if !allowsRawHTML {  // raw HTML may hold `<h1>` tags that are no headings
                XCTAssertEqual(
                    parsed.headings.count, Self.headingTagCount(in: cmark),
                    "example \(example.number): one id per heading cmark wrote")
            }
            // The spec's expected HTML is written for its safe-free reference
            // renderer (raw HTML passed through), so compare in raw mode only.
            if allowsRawHTML, cmark == example.html {
                cmarkMatchesSpec += 1
                XCTAssertEqual(docgen, example.html, "example \(example.number) matches cmark, so must match the spec")
                if docgen == example.html { docgenMatchesSpec += 1 }
            }
        }
        if allowsRawHTML {
            print(
                "CommonMark spec: cmark output equals the spec's expected HTML for \(cmarkMatchesSpec) of \(examples.count) examples; docgen for \(docgenMatchesSpec)"
            )
            // Most examples match verbatim; the rest differ only in ways the
            // spec's own test runner normalizes (attribute order, whitespace).
            XCTAssertGreaterThan(cmarkMatchesSpec, 600)
        }
        XCTAssertEqual(differences, [], "examples where docgen's HTML differs from cmark's")
    }

    /// The `<h1>`…`<h6>` start tags in cmark's HTML (escaped text never has `<h`).
    static func headingTagCount(in html: String) -> Int {
        var count = 0
        let bytes = Array(html.utf8)
        var index = 0
        while index + 3 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "h"),
                (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]),
                bytes[index + 3] == UInt8(ascii: ">") || bytes[index + 3] == UInt8(ascii: " ")
            {
                count += 1
            }
            index += 1
        }
        return count
    }
}
