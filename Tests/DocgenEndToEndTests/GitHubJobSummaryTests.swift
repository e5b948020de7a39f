import Foundation
import XCTest

/// `--format github` under GitHub Actions (issue 12, part 3): errors are
/// annotated first, the last annotation GitHub shows of each kind says how
/// many more there are, and `$GITHUB_STEP_SUMMARY` gets every problem with a
/// link to its line at the commit.
final class GitHubJobSummaryTests: XCTestCase {
    /// 12 broken links (errors) and 11 empty links (warnings), warnings first in the file.
    private func site() throws -> ScratchSite {
        let warnings = (1...11).map { "[w\($0)]()" }.joined(separator: "\n\n")
        let errors = (1...12).map { "[e\($0)](/missing-\($0)/)" }.joined(separator: "\n\n")
        return try ScratchSite(["content/index.md": "# Home\n\n\(warnings)\n\n\(errors)\n"])
    }

    func testAnnotationsErrorsFirstWithTheCutOffAndTheSummary() throws {
        let site = try site()
        try site.write("summary.md", "earlier step output\n")
        let result = try site.run(
            ["check", "--format", "github"],
            environment: [
                "GITHUB_STEP_SUMMARY": site.url("summary.md").path, "GITHUB_SERVER_URL": "https://github.com",
                "GITHUB_REPOSITORY": "octo/docs", "GITHUB_SHA": "0123abc",
            ])
        XCTAssertEqual(result.status, 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 23)
        XCTAssertTrue(lines.prefix(12).allSatisfy { $0.hasPrefix("::error ") }, result.stdout)
        XCTAssertTrue(lines.suffix(11).allSatisfy { $0.hasPrefix("::warning ") }, result.stdout)
        XCTAssertTrue(
            lines[9].hasSuffix("%0A2 more errors than GitHub shows as annotations: see the job summary"), lines[9])
        XCTAssertTrue(
            lines[21].hasSuffix("%0A1 more warning than GitHub shows as annotations: see the job summary"), lines[21])
        XCTAssertEqual(lines.filter { $0.contains("than GitHub shows") }.count, 2)

        let summary = try XCTUnwrap(site.read("summary.md"))
        XCTAssertTrue(summary.hasPrefix("earlier step output\n\n### docgen\n"), summary)
        XCTAssertTrue(summary.contains("| `missing-page` | 12 | 0 |"), summary)
        XCTAssertTrue(summary.contains("| `empty-link` | 0 | 11 |"), summary)
        let rows = summary.split(separator: "\n").filter { $0.hasPrefix("| error |") || $0.hasPrefix("| warning |") }
        XCTAssertEqual(rows.count, 23, "every problem is in the table")
        XCTAssertTrue(
            summary.contains(
                "[content\\/index\\.md\\:3](https://github.com/octo/docs/blob/0123abc/content/index.md?plain=1#L3)"),
            summary)
    }

    func testPathsAreRelativeToTheWorkTreeHoldingTheSite() throws {
        let tree = try ScratchSite(["docs/content/index.md": "# Home\n\n[x](/nowhere/)\n"])
        try FileManager.default.createDirectory(at: tree.url(".git"), withIntermediateDirectories: true)
        let result = try tree.run(
            ["check", "docs", "--format", "github"],
            environment: [
                "GITHUB_STEP_SUMMARY": tree.url("summary.md").path, "GITHUB_SERVER_URL": "https://github.com",
                "GITHUB_REPOSITORY": "octo/docs", "GITHUB_SHA": "0123abc",
            ])
        XCTAssertTrue(
            result.stdout.hasPrefix("::error file=docs/content/index.md,line=3,col=1,title=docgen missing-page::"),
            result.stdout)
        XCTAssertTrue(
            tree.read("summary.md")?.contains("(https://github.com/octo/docs/blob/0123abc/docs/content/index.md?plain=1#L3)")
                ?? false, tree.read("summary.md") ?? "no summary")
    }

    func testWithoutActionsNoSummaryAndTheCutOffPointsAtTheLog() throws {
        let site = try site()
        let result = try site.run(
            ["check", "--format", "github"],
            environment: [
                "GITHUB_STEP_SUMMARY": "", "GITHUB_SERVER_URL": "", "GITHUB_REPOSITORY": "", "GITHUB_SHA": "",
            ])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[9].hasSuffix("see this step's log"), lines[9])
        XCTAssertFalse(site.exists("summary.md"))
    }
}
