import XCTest

@testable import DocgenCore

/// The three output formats, on hand-made diagnostics.
final class DiagnosticPrinterTests: XCTestCase {
    private let diagnostic = Diagnostic(
        .error, code: "missing-page", message: "`/x` matches no page", file: "content/a.md", line: 2, column: 5,
        target: "/x", notes: ["did you mean `/y/`?"])

    private func render(_ format: DiagnosticFormat, _ diagnostics: [Diagnostic], files: [String: String] = [:]) throws
        -> String
    {
        let site = try FixtureSite(files)
        return withExtendedLifetime(site) {
            var printer = DiagnosticPrinter(format: format, siteRoot: site.root, usesColor: false)
            return printer.render(diagnostics, summary: "docgen: done")
        }
    }

    func testTerminalShowsLocationSourceLineCaretAndNotes() throws {
        let text = try render(.terminal, [diagnostic], files: ["content/a.md": "# A\r\nSee [x](/x)\r\n"])
        XCTAssertEqual(
            text,
            """
            content/a.md:2:5: error: `/x` matches no page [missing-page]
             2 | See [x](/x)
               |     ^
               = note: did you mean `/y/`?

            """)
    }

    func testTerminalQuotesTheRightLineWhateverTheLineEndings() throws {
        let at = { (file: String, line: Int) in
            Diagnostic(.error, code: "c", message: "m", file: file, line: line, column: 1)
        }
        let text = try render(
            .terminal, [at("content/a.md", 3), at("content/a.md", 4), at("content/b.md", 2), at("content/b.md", 9)],
            files: ["content/a.md": "one\rtwo\r\nthree\nfour", "content/b.md": "x\n\ny\n"])
        let quoted = text.split(separator: "\n").filter { $0.contains(" | ") && !$0.hasSuffix("^") }
        XCTAssertEqual(quoted, [" 3 | three", " 4 | four", " 2 | "], "line 9 of b.md does not exist: no quote")
    }

    func testTerminalWithoutFileOrLine() throws {
        let site = Diagnostic(.warning, code: "config", message: "m")
        XCTAssertEqual(try render(.terminal, [site]), "docgen: warning: m [config]\n")
    }

    func testGitHubAnnotationEscapesPropertiesAndData() throws {
        var odd = diagnostic
        odd.file = "content/a,b:c.md"
        odd.message = "50% of\nlinks"
        XCTAssertEqual(
            try render(.github, [odd]),
            "::error file=content/a%2Cb%3Ac.md,line=2,col=5,title=docgen missing-page::50%25 of%0Alinks%0Adid you mean `/y/`?\n"
        )
        var warning = diagnostic
        warning.severity = .warning
        XCTAssertTrue(try render(.github, [warning]).hasPrefix("::warning file=content/a.md,line=2,col=5,"))
    }

    func testJSONIsVersionedAndParses() throws {
        var quoted = diagnostic
        quoted.message = "a \"quote\"\tand \u{1} control"
        let text = try render(.json, [quoted, Diagnostic(.warning, code: "config", message: "m")])
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        XCTAssertEqual(object?["version"] as? Int, 1)
        XCTAssertEqual(object?["summary"] as? String, "docgen: done")
        let entries = object?["diagnostics"] as? [[String: Any]] ?? []
        XCTAssertEqual(entries.count, 2)
        XCTAssertEqual(entries[0]["message"] as? String, quoted.message)
        XCTAssertEqual(entries[0]["line"] as? Int, 2)
        XCTAssertEqual(entries[0]["notes"] as? [String], ["did you mean `/y/`?"])
        XCTAssertTrue(entries[1]["file"] is NSNull)
        XCTAssertEqual(
            Set(entries[1].keys), ["severity", "code", "message", "file", "line", "column", "target", "notes"])
    }

    func testJSONWithNoDiagnostics() throws {
        let object = try JSONSerialization.jsonObject(with: Data(try render(.json, []).utf8)) as? [String: Any]
        XCTAssertEqual((object?["diagnostics"] as? [Any])?.count, 0)
    }
}
