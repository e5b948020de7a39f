import DocgenMarkdown
import XCTest

/// `## Title {#id}`: the id replaces the heading's slug, the `{#…}` is no
/// text anywhere, and generated slugs step around explicit ids.
final class ExplicitHeadingIDTests: XCTestCase {
    let parser = MarkdownParser(extensions: .all)

    func testTheExplicitIDReplacesTheSlugAndLeavesTheText() {
        let parsed = parser.parse("## Install the CLI {#install}\n")
        XCTAssertEqual(parsed.headings.map(\.id), ["install"])
        XCTAssertEqual(parsed.headings.map(\.text), ["Install the CLI"])
        XCTAssertEqual(parsed.html.htmlAsWritten, "<h2 id=\"install\">Install the CLI</h2>\n")
    }

    func testAGeneratedSlugDoesNotTakeAnExplicitIDFromALaterHeading() {
        // `## Setup` would be `setup`, which the later heading claims.
        let parsed = parser.parse("## Setup\n\n## Getting ready {#setup}\n")
        XCTAssertEqual(parsed.headings.map(\.id), ["setup-1", "setup"])
    }

    func testWithoutTheExtensionTheBracesAreText() {
        let parsed = MarkdownParser().parse("## Setup {#setup}\n")
        XCTAssertEqual(parsed.headings.map(\.id), ["setup-setup"])
        XCTAssertEqual(parsed.headings.map(\.text), ["Setup {#setup}"])
    }
}
