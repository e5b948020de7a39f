import Foundation
import XCTest

/// `--format terminal|github|json` on a copy of this repository's own site,
/// whose token page has real broken links (issue 2).
final class OutputFormatTests: XCTestCase {
    private let seed = "content/tokens/access_token.md"

    func testTerminalShowsLocationSourceLineAndCaret() throws {
        let site = try ScratchSite.copyOfRepository()
        let result = try site.run(["check"])
        XCTAssertEqual(result.status, 1)
        let lines = result.stdout.components(separatedBy: "\n")
        let index = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("\(seed):19:3: error: ") }, result.stdout)
        XCTAssertTrue(lines[index].hasSuffix("[malformed-link]"), lines[index])
        XCTAssertEqual(lines[index + 1], " 19 | * [Examples using auth0.js}(https://github.com/auth0/auth0.js)")
        XCTAssertEqual(lines[index + 2], "    |   ^")
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        XCTAssertTrue(
            lines.contains {
                $0.hasPrefix("\(seed):18:71: error: ") && $0.contains("/libraries/lock")
                    && $0.hasSuffix("[missing-page]")
            },
            result.stdout)
        XCTAssertTrue(result.stderr.contains("links"), "the summary goes to standard error: \(result.stderr)")
    }

    func testGitHubAnnotations() throws {
        let site = try ScratchSite.copyOfRepository()
        let result = try site.run(["check", "--format", "github"])
        XCTAssertEqual(result.status, 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") }, result.stdout)
        XCTAssertTrue(
            lines.contains {
                $0.hasPrefix("::error file=\(seed),line=19,col=3,title=docgen malformed-link::malformed link")
            }, result.stdout)
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("::error file=\(seed),line=18,col=71,title=docgen missing-page::") },
            result.stdout)
    }

    func testJSONOnStdoutWithTheDocumentedFields() throws {
        let site = try ScratchSite.copyOfRepository()
        let result = try site.run(["check", "--format", "json"])
        XCTAssertEqual(result.status, 1)
        let object = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
            "stdout must be one JSON document: \(result.stdout)")
        XCTAssertEqual(object["version"] as? Int, 1)
        let diagnostics = try XCTUnwrap(object["diagnostics"] as? [[String: Any]])
        for diagnostic in diagnostics {
            XCTAssertEqual(
                Set(diagnostic.keys), ["severity", "code", "message", "file", "line", "column", "target", "notes"])
        }
        let found = diagnostics.map {
            "\($0["file"] ?? ""):\($0["line"] ?? ""):\($0["column"] ?? "") \($0["code"] ?? "")"
        }
        XCTAssertEqual(
            found,
            [
                "\(seed):11:5 missing-page",
                "\(seed):18:71 missing-page",
                "\(seed):19:3 malformed-link",
                "\(seed):20:7 missing-page",
                "\(seed):21:13 missing-page",
                "\(seed):43:128 missing-page",
            ])
        let lock = try XCTUnwrap(diagnostics.first { $0["line"] as? Int == 18 })
        XCTAssertEqual(lock["severity"] as? String, "error")
        XCTAssertEqual(lock["target"] as? String, "/libraries/lock")
        XCTAssertTrue(lock["message"] is String)
    }

    func testSiteArgumentFromAnotherFolder() throws {
        // Paths stay relative to SITE, and the source line is still found, when
        // docgen runs elsewhere.
        let site = try ScratchSite.copyOfRepository()
        let elsewhere = try ScratchSite()
        let json = try DocgenProcess.run(["check", site.root.path, "--format", "json"], in: elsewhere.root)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let files = (object?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        XCTAssertEqual(Set(files), [seed])
        let terminal = try DocgenProcess.run(["check", site.root.path], in: elsewhere.root)
        XCTAssertTrue(terminal.stdout.contains(" 19 | * [Examples using auth0.js}"), terminal.stdout)
        XCTAssertEqual(elsewhere.tree(), [])
    }

    func testJSONForACleanSiteAndForASetupFailure() throws {
        let clean = try ScratchSite(["content/index.md": "# Home\n"])
        let ok = try clean.run(["check", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((object?["diagnostics"] as? [Any])?.count, 0)

        let broken = try ScratchSite(["docgen.yml": "nope: 1\n", "content/index.md": "# Home\n"])
        let failed = try broken.run(["check", "--format", "json"])
        XCTAssertEqual(failed.status, 2)
        let setup = try JSONSerialization.jsonObject(with: Data(failed.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((setup?["diagnostics"] as? [[String: Any]])?.first?["code"] as? String, "config")
    }
}
