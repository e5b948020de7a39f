import Foundation
import XCTest

/// Baselines and `--previous` through the real binary (issue 12, parts 1
/// and 2): exit statuses, what is printed, and the summary line.
final class AdoptionEndToEndTests: XCTestCase {
    private let seed = "content/tokens/access_token.md"

    func testWriteBaselineThenOnlyNewProblemsFail() throws {
        let site = try ScratchSite.copyOfRepository()
        let written = try site.run(["check", "--write-baseline", "docgen-baseline.json"])
        XCTAssertEqual(written.status, 0, "writing a baseline succeeds whatever the problems: \(written.stderr)")
        XCTAssertEqual(written.stdout, "")
        XCTAssertTrue(written.stderr.contains("wrote 6 problems to the baseline docgen-baseline.json"), written.stderr)
        let file = try XCTUnwrap(site.read("docgen-baseline.json"))
        XCTAssertTrue(file.hasPrefix("{\n  \"version\": 1,\n  \"problems\": [\n"), file)

        let clean = try site.run(["check", "--baseline", "docgen-baseline.json"])
        XCTAssertEqual(clean.status, 0, clean.stdout)
        XCTAssertEqual(clean.stdout, "")
        XCTAssertTrue(clean.stderr.contains("0 errors, 0 warnings"), clean.stderr)
        XCTAssertTrue(clean.stderr.contains("; baseline docgen-baseline.json: 6 suppressed, 0 no longer occur"))

        // Lines inserted at the top, and the same broken link pasted again at the end.
        var page = try XCTUnwrap(site.read(seed))
        page = page.replacingOccurrences(of: "---\n\n", with: "---\n\nA new first paragraph.\n\nAnd another.\n\n")
        page +=
            "\n* Calls to the Lock widget will return `access_token` as shown in the [Lock documentation](/libraries/lock)\n"
        try site.write(seed, page)
        try site.write("docgen.yml", (site.read("docgen.yml") ?? "") + "\nbaseline: docgen-baseline.json\n")
        let changed = try site.run(["build", "--format", "json"])
        XCTAssertEqual(changed.status, 1, changed.stdout)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as? [String: Any])
        let diagnostics = try XCTUnwrap(object["diagnostics"] as? [[String: Any]])
        XCTAssertEqual(diagnostics.map { $0["code"] as? String }, ["missing-page"])
        XCTAssertEqual(diagnostics.first?["target"] as? String, "/libraries/lock")
        XCTAssertTrue((object["summary"] as? String)?.hasSuffix("6 suppressed, 0 no longer occur") ?? false)
    }

    func testMissingBaselineIsASetupError() throws {
        let site = try ScratchSite.copyOfRepository()
        let result = try site.run(["build", "--baseline", "nope.json"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("cannot read the baseline nope.json"), result.stdout)
        XCTAssertFalse(site.exists("public"), "nothing is written")
    }

    func testRenamedPageFromTheBuiltSitemapGetsTheAliasFix() throws {
        let site = try ScratchSite([
            "docgen.yml": "title: T\nbase_url: https://example.com/docs\n",
            "content/index.md": "# Home\n",
            "content/tokens/access_token.md": "---\ntitle: Access Token\n---\nAbout tokens.\n",
        ])
        XCTAssertEqual(try site.run(["build"]).status, 0)
        try FileManager.default.moveItem(at: site.url("public"), to: site.url("previous-site"))
        try FileManager.default.moveItem(
            at: site.url("content/tokens/access_token.md"), to: site.url("content/tokens/access-token.md"))
        let fix = "add `aliases: [/tokens/access_token/]` to the front matter of content/tokens/access-token.md"
        for previous in ["previous-site/sitemap.xml", "previous-site"] {
            let result = try site.run(["check", "--previous", previous])
            XCTAssertEqual(result.status, 1, result.stdout)
            XCTAssertTrue(result.stdout.contains("[removed-url]"), result.stdout)
            XCTAssertTrue(result.stdout.contains(fix), result.stdout)
        }
        // The fix works: with the alias, the old URL is served.
        try site.write(
            "content/tokens/access-token.md",
            "---\ntitle: Access Token\naliases: [/tokens/access_token/]\n---\nAbout tokens.\n")
        try site.write(
            "docgen.yml", "title: T\nbase_url: https://example.com/docs\nprevious: previous-site/sitemap.xml\n")
        let fixed = try site.run(["build"])
        XCTAssertEqual(fixed.status, 0, fixed.stdout)
        XCTAssertTrue(site.exists("public/tokens/access_token/index.html"))
    }
}
