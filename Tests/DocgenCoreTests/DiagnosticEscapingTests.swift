import XCTest

@testable import DocgenCore

/// What the three formats print of a diagnostic that quotes control and
/// bidi characters from a site: never the raw character.
final class DiagnosticEscapingTests: XCTestCase {
    private let hostile = Diagnostic(
        .error, code: "missing-page", message: "`/a\u{1B}[2J` matches no page", file: "content/x\u{202E}y.md", line: 1,
        column: 6, target: "/a\u{1B}[2J", notes: ["did you mean `/\u{9B}b/`?"])

    private func render(_ format: DiagnosticFormat, _ diagnostics: [Diagnostic], files: [String: [UInt8]] = [:])
        throws -> String
    {
        let site = try FixtureSite()
        for (path, bytes) in files { try site.write(path, bytes: bytes) }
        return withExtendedLifetime(site) {
            var printer = DiagnosticPrinter(format: format, siteRoot: site.root, usesColor: false)
            return printer.render(diagnostics, summary: nil)
        }
    }

    private func assertNoRawControls(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let raw = text.unicodeScalars.filter { VisibleControls.needsEscape($0) && $0 != "\n" }
        XCTAssertEqual(raw.map(\.value), [], text, file: file, line: line)
    }

    func testTerminalEscapesFileMessageSourceAndNotes() throws {
        let text = try render(
            .terminal, [hostile], files: ["content/x\u{202E}y.md": Array("\u{1B}[x](/a\u{1B}[2J)\n".utf8)])
        assertNoRawControls(text)
        XCTAssertEqual(
            text,
            """
            content/x\\u{202E}y.md:1:6: error: `/a\\u{1B}[2J` matches no page [missing-page]
             1 | \\u{1B}[x](/a\\u{1B}[2J)
               |           ^
               = note: did you mean `/\\u{9B}b/`?

            """)
    }

    func testTerminalLeavesTheByteOrderMarkOutOfLineOne() throws {
        var diagnostic = hostile
        diagnostic.file = "content/a.md"
        diagnostic.column = 1
        let text = try render(
            .terminal, [diagnostic], files: ["content/a.md": [0xEF, 0xBB, 0xBF] + Array("[x](/a)\n".utf8)])
        XCTAssertTrue(text.contains(" 1 | [x](/a)\n   | ^\n"), text)
    }

    func testGitHubEscapesBeforeItsOwnEncoding() throws {
        let text = try render(.github, [hostile])
        assertNoRawControls(text)
        XCTAssertEqual(
            text,
            "::error file=content/x\\u{202E}y.md,line=1,col=6,title=docgen missing-page::"
                + "`/a\\u{1B}[2J` matches no page%0Adid you mean `/\\u{9B}b/`?\n")
    }

    func testJSONEscapesControlsBeyondWhatJSONRequires() throws {
        var diagnostic = hostile
        diagnostic.message = "a\u{7F}b\u{85}c\u{2066}d\u{2028}e"
        let text = try render(.json, [diagnostic])
        assertNoRawControls(text)
        XCTAssertTrue(text.contains(#""message": "a\u007fb\u0085c\u2066d\u2028e""#), text)
        XCTAssertTrue(text.contains(#""target": "/a\u001b[2J""#), text)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let entries = object?["diagnostics"] as? [[String: Any]]
        XCTAssertEqual(entries?.first?["message"] as? String, diagnostic.message)
        XCTAssertEqual(entries?.first?["file"] as? String, "content/x\u{202E}y.md")
    }
}
