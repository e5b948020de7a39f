import Foundation
import XCTest

/// `--format sarif` (issue 12, part 3) through the real binary: a SARIF 2.1.0
/// log that validates against the OASIS schema (read in place from
/// `../shared/sarif/`, with Python's `jsonschema`), with what GitHub code
/// scanning needs, one result per diagnostic `--format json` prints, and
/// paths relative to the git work tree holding the site.
final class SARIFOutputTests: XCTestCase {
    private static let schema = Repository.root.deletingLastPathComponent()
        .appendingPathComponent("shared/sarif/sarif-schema-2.1.0.json")

    /// A work tree (`.git`) with the repository's site in `docs/`, and an
    /// extra page with a warning and a name that needs percent-encoding.
    private func siteInWorkTree() throws -> (tree: ScratchSite, site: URL) {
        let tree = try ScratchSite()
        try FileManager.default.createDirectory(at: tree.url(".git"), withIntermediateDirectories: true)
        for item in ["content", "docgen.yml", "templates"] {
            try FileManager.default.createDirectory(at: tree.url("docs"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Repository.root.appendingPathComponent(item), to: tree.url("docs/" + item))
        }
        try tree.write("docs/content/odd name.md", "# Odd\n\nAn [empty]() link and a [missing](/nowhere/) one.\n")
        return (tree, tree.url("docs"))
    }

    func testValidatesAgainstTheSchemaWithWhatGitHubNeeds() throws {
        let (tree, site) = try siteInWorkTree()
        let sarif = try DocgenProcess.run(["check", "--format", "sarif", site.path], in: tree.root)
        XCTAssertEqual(sarif.status, 1, sarif.stderr)
        let json = try DocgenProcess.run(["check", "--format", "json", site.path], in: tree.root)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "docgen")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        XCTAssertEqual(Set(ids).count, ids.count, "one rule per code")
        XCTAssertTrue(ids.contains("missing-page") && ids.contains("removed-url") && ids.contains("empty-link"))
        for rule in rules {
            for key in ["shortDescription", "fullDescription", "help"] {
                let text = (rule[key] as? [String: Any])?["text"] as? String
                XCTAssertFalse(text?.isEmpty ?? true, "\(rule["id"] ?? "") has no \(key)")
            }
        }
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let diagnostics = try XCTUnwrap(
            (JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["diagnostics"]
                as? [[String: Any]])
        XCTAssertEqual(results.count, diagnostics.count, "one result per diagnostic of --format json")
        var found: [String] = []
        for (result, diagnostic) in zip(results, diagnostics) {
            XCTAssertEqual(result["ruleId"] as? String, diagnostic["code"] as? String)
            XCTAssertEqual(ids[result["ruleIndex"] as? Int ?? -1], diagnostic["code"] as? String)
            XCTAssertTrue(
                ((result["message"] as? [String: Any])?["text"] as? String)?.hasPrefix(
                    diagnostic["message"] as? String ?? "?") ?? false)
            let location = try XCTUnwrap(
                ((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            let uri = try XCTUnwrap((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
            let region = try XCTUnwrap(location["region"] as? [String: Any])
            XCTAssertEqual(region["startLine"] as? Int, diagnostic["line"] as? Int)
            XCTAssertEqual(region["startColumn"] as? Int, diagnostic["column"] as? Int)
            let fingerprint = (result["partialFingerprints"] as? [String: String])?["docgenLineHash/v1"]
            XCTAssertNotNil(fingerprint?.range(of: "^[0-9a-f]{16}:[0-9]+$", options: .regularExpression))
            found.append("\(uri):\(region["startLine"] ?? 0) \(result["level"] ?? "")")
        }
        XCTAssertTrue(found.contains("docs/content/tokens/access_token.md:19 error"), "\(found)")
        XCTAssertTrue(found.contains("docs/content/odd%20name.md:3 warning"), "\(found)")
        try validate(sarif.stdout)
    }

    func testACleanSiteIsAnEmptyRunThatStillValidates() throws {
        let site = try ScratchSite(["content/index.md": "# Home\n"])
        let result = try site.run(["check", "--format", "sarif"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("\"results\": []"), result.stdout)
        try validate(result.stdout)
    }

    /// Runs Python's `jsonschema` (Draft 4, as the schema is) on the log.
    private func validate(_ log: String) throws {
        guard FileManager.default.fileExists(atPath: Self.schema.path) else {
            throw XCTSkip("no SARIF schema at \(Self.schema.path) (../shared/sarif/ beside the repository)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(log.utf8).write(to: folder.appendingPathComponent("log.sarif"))
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                print("no jsonschema"); sys.exit(3)
            schema = json.load(open(sys.argv[1]))
            errors = list(jsonschema.Draft4Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for error in errors[:5]: print(list(error.absolute_path), error.message)
            sys.exit(1 if errors else 0)
            """
        try Data(script.utf8).write(to: folder.appendingPathComponent("validate.py"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "validate.py", Self.schema.path, "log.sarif"]
        process.currentDirectoryURL = folder
        let output = folder.appendingPathComponent("out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        if process.terminationStatus == 3 {
            throw XCTSkip("Python's jsonschema is not installed (pip install jsonschema)")
        }
        XCTAssertEqual(process.terminationStatus, 0, "the SARIF log does not validate: \(text)")
    }
}
