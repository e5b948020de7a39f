import XCTest

@testable import DocgenCore

/// The job summary stays under GitHub's 1 MiB and says how much it left out;
/// text from the site cannot make links, HTML or cell breaks in it.
final class GitHubJobSummaryCutTests: XCTestCase {
    private let summary = GitHubJobSummary(
        repository: RepositoryLocation(sitePrefix: "docs/"), blobURL: "https://github.com/o/r/blob/abc/")

    private func diagnostics(_ count: Int) -> [Diagnostic] {
        (0..<count).map {
            Diagnostic(
                .error, code: "missing-page",
                message: "`/p\($0)/` matches no page of this site " + String(repeating: "x", count: 60),
                file: "content/page-\($0 / 100).md", line: $0 % 100 + 1, column: 3, target: "/p\($0)/")
        }
    }

    func testCutBeforeOneMebibyteWithTheCountOfTheRest() {
        let text = summary.markdown(diagnostics(20_000), summary: "docgen: 20000 errors")
        XCTAssertLessThanOrEqual(text.utf8.count, GitHubJobSummary.byteLimit)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| error |") }.count
        XCTAssertGreaterThan(rows, 1000)
        XCTAssertTrue(
            text.hasSuffix(
                "\n\(20_000 - rows) more problems not shown: GitHub keeps 1 MiB of a job summary; run `docgen check` to see them all.\n"
            ),
            String(text.suffix(300)))
        XCTAssertTrue(text.contains("| `missing-page` | 20000 | 0 |"), "the counts cover every problem")
    }

    func testEverythingFitsWhenSmall() {
        let text = summary.markdown(diagnostics(3), summary: nil)
        XCTAssertEqual(text.split(separator: "\n").filter { $0.hasPrefix("| error |") }.count, 3)
        XCTAssertFalse(text.contains("not shown"))
        XCTAssertTrue(text.contains("(https://github.com/o/r/blob/abc/docs/content/page-0.md?plain=1#L2)"), text)
    }

    func testSiteTextIsInertInTheTable() {
        let hostile = Diagnostic(
            .error, code: "missing-page", message: "a | b <img src=x onerror=alert(1)> [link](https://evil) *em*\nnext",
            file: "content/a|b (1).md", line: 1)
        let row = summary.markdown([hostile], summary: nil).split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(
            row.contains(
                "a \\| b \\<img src\\=x onerror\\=alert\\(1\\)\\> \\[link\\]\\(https\\:\\/\\/evil\\) \\*em\\* next"),
            row)
        XCTAssertTrue(row.contains("(https://github.com/o/r/blob/abc/docs/content/a%7Cb%20%281%29.md?plain=1#L1)"), row)
    }
}
