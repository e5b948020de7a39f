import DocgenMarkdown
import XCTest

/// Every example of the CommonMark 0.30 spec, parsed with every extension on,
/// gives cmark's own HTML (after `GFMHTMLNormalizer`), except the examples
/// listed here, where the GFM spec says an extension changes the result.
/// Listed examples must differ, the rest must not.
final class GFMCommonMarkSpecTests: XCTestCase {
    /// CommonMark 0.30 example numbers, each with the reason the extensions change it.
    /// (cmark-gfm 0.29.0.gfm.6 with its extensions on changes exactly these five.)
    static let changedByExtensions: [Int: String] = [
        601: """
        `<http://foo.bar/baz bim>` is no autolink (space), so the text holds `http://foo.bar/baz`, an extended \
        url autolink (GFM spec 6.9, its example 610)
        """,
        605: """
        `<foo\\+@bar.example.com>` is no autolink (escape), and the text `foo+@bar.example.com` it leaves is an \
        extended email autolink (`+` may come before `@`; GFM spec 6.9, its example 614)
        """,
        607: """
        `< http://foo.bar >` is no autolink (space), the text holds an extended url autolink (GFM spec example 616)
        """,
        610: "`http://example.com` in text is an extended url autolink (GFM spec 6.9, its example 619)",
        611: "`foo@bar.example.com` in text is an extended email autolink (GFM spec 6.9, its example 620)",
    ]

    func testSafeHTMLWithExtensionsEqualsCmark() throws {
        try checkEveryExample(allowsRawHTML: false)
    }

    func testRawHTMLWithExtensionsEqualsCmark() throws {
        try checkEveryExample(allowsRawHTML: true)
    }

    private func checkEveryExample(allowsRawHTML: Bool) throws {
        let examples = try CommonMarkSpecTests.loadExamples()
        let parser = MarkdownParser(allowsRawHTML: allowsRawHTML, extensions: .all)
        var equal = 0
        var listedDiffering = 0
        for example in examples {
            let docgen = GFMHTMLNormalizer.normalize(parser.parse(example.markdown).html.htmlAsWritten)
            let cmark = GFMHTMLNormalizer.normalize(
                MarkdownParser.cmarkHTML(example.markdown, allowsRawHTML: allowsRawHTML))
            if let reason = Self.changedByExtensions[example.number] {
                if docgen != cmark { listedDiffering += 1 }
                XCTAssertNotEqual(
                    docgen, cmark,
                    "example \(example.number) is listed as changed by the extensions (\(reason)) but equals cmark's")
            } else if docgen == cmark {
                equal += 1
            } else {
                XCTFail(
                    """
                    CommonMark example \(example.number) (spec line \(example.line)), rawHTML \(allowsRawHTML), \
                    extensions on:
                    markdown: \(example.markdown.debugDescription)
                    docgen:   \(docgen.debugDescription)
                    cmark:    \(cmark.debugDescription)
                    """)
            }
        }
        print(
            """
            CommonMark 0.30 spec with all extensions (rawHTML \(allowsRawHTML)): \(equal) of \
            \(examples.count - Self.changedByExtensions.count) examples equal cmark's HTML; \(listedDiffering) of \
            \(Self.changedByExtensions.count) listed examples differ as the GFM spec says
            """)
    }
}
