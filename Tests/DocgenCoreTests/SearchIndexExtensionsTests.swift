import DocgenMarkdown
import XCTest

@testable import DocgenCore

/// The search index reads the HTML of the Markdown extensions as readers see
/// it: table cells are words apart, checkboxes and footnote numbers are no
/// words, footnote and callout text is indexed.
final class SearchIndexExtensionsTests: XCTestCase {
    private func text(_ html: String) -> String {
        SearchIndexText.sections(html: html, headings: [], title: "T").map(\.text).joined(separator: " | ")
    }

    func testTableCellsAreSeparateWords() {
        let html = """
            <table>
            <thead>
            <tr>
            <th>a</th>
            <th align="center">b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>c</td>
            <td align="center"><a href="">d</a></td>
            </tr>
            </tbody>
            </table>

            """
        XCTAssertEqual(text(html), "a b c d")
        XCTAssertEqual(text("<table><tr><td>one</td><td>two</td></tr><tr><td>three</td></tr></table>"), "one two three")
    }

    func testTaskCheckboxesContributeNothing() {
        let html = """
            <ul>
            <li><input type="checkbox" disabled="" /> foo</li>
            <li><input type="checkbox" checked="" disabled="" /> bar <a href="">baz</a></li>
            </ul>

            """
        XCTAssertEqual(text(html), "foo bar baz")
    }

    func testFootnoteReferenceNumbersAreDropped() {
        let reference = ##"<sup class="footnote-ref"><a href="#fn1" id="fnref1">1</a></sup>"##
        XCTAssertEqual(text("<p>Text\(reference) more.</p>"), "Text more.")
        let second = reference.replacingOccurrences(of: "1", with: "2")
        XCTAssertEqual(text("<p>Text\(reference). And\(second)</p>"), "Text. And")
        XCTAssertEqual(
            text("<p>E = mc<sup>2</sup> and H<sub>2</sub>O</p>"), "E = mc2 and H2O", "other sup stays inline")
    }

    func testFootnoteSectionIsIndexedWithoutBackArrows() {
        let html = """
            <p>Claim<sup class="footnote-ref"><a href="#fn1" id="fnref1">1</a></sup>.</p>
            <section class="footnotes" aria-label="Footnotes">
            <ol>
            <li id="fn1">
            <p>See the <a href="">source</a>. <a href="#fnref1" class="footnote-backref">↩</a> <a href="#fnref1-2" class="footnote-backref">↩<sup class="footnote-ref">2</sup></a></p>
            </li>
            </ol>
            </section>

            """
        XCTAssertEqual(text(html), "Claim. See the source.")
    }

    func testCalloutTitleAndBodyAreIndexed() {
        let html = """
            <div class="callout callout-note" data-callout="note">
            <p class="callout-title">Note</p>
            <p>Body</p>
            </div>
            <p><del>old</del> new</p>

            """
        XCTAssertEqual(text(html), "Note Body old new")
    }
}
