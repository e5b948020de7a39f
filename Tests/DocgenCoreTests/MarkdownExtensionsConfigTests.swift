import DocgenMarkdown
import XCTest

@testable import DocgenCore

/// `markdown.extensions` in `docgen.yml`: all extensions unless the key names
/// some, none for `[]`; unknown names, unknown keys and wrong types are
/// setup errors with their line.
final class MarkdownExtensionsConfigTests: XCTestCase {
    private func load(_ yaml: String) throws -> SiteConfig {
        let site = try FixtureSite(["docgen.yml": yaml])
        return try ConfigLoader.load(siteRoot: site.root)
    }

    private func configError(_ yaml: String) throws -> Diagnostic? {
        let site = try FixtureSite(["docgen.yml": yaml])
        do {
            _ = try ConfigLoader.load(siteRoot: site.root)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    func testEveryExtensionByDefault() throws {
        XCTAssertEqual(SiteConfig().markdownExtensions, .all)
        XCTAssertEqual(try load("title: Docs\n").markdownExtensions, .all)
        XCTAssertEqual(try load("markdown: {}\n").markdownExtensions, .all, "`extensions` absent")
    }

    func testAnEmptyListTurnsEveryExtensionOff() throws {
        XCTAssertEqual(try load("markdown:\n  extensions: []\n").markdownExtensions, [])
    }

    func testASubset() throws {
        let config = try load(
            "title: Docs\nmarkdown:\n  extensions:\n    - tables\n    - footnotes\n    - heading_ids\n")
        XCTAssertEqual(config.markdownExtensions, [.tables, .footnotes, .headingIDs])
        XCTAssertEqual(try load("markdown: {extensions: [callouts]}\n").markdownExtensions, .callouts)
    }

    func testEveryNameIsAccepted() throws {
        let names = MarkdownExtensions.names.map(\.name)
        XCTAssertEqual(
            names, ["tables", "strikethrough", "tasklists", "autolinks", "footnotes", "callouts", "heading_ids"])
        let config = try load("markdown:\n  extensions: [\(names.joined(separator: ", "))]\n")
        XCTAssertEqual(config.markdownExtensions, .all)
    }

    func testAnUnknownNameIsAConfigErrorWithItsLine() throws {
        let error = try configError("title: Docs\nmarkdown:\n  extensions:\n    - tables\n    - footnote\n")
        XCTAssertEqual(error?.code, "config")
        XCTAssertEqual(error?.file, "docgen.yml")
        XCTAssertEqual(error?.line, 5)
        let message = error?.message ?? ""
        XCTAssertTrue(message.contains("`footnote`"), message)
        XCTAssertTrue(message.contains("heading_ids"), "the message lists the known names: \(message)")
    }

    func testWrongTypesAndUnknownKeysAreConfigErrorsWithTheirLines() throws {
        let cases: [(yaml: String, line: Int, says: String)] = [
            ("markdown: all\n", 1, "`markdown` must be a mapping"),
            ("markdown: [tables]\n", 1, "`markdown` must be a mapping"),
            ("markdown:\n  extensions: tables\n", 2, "`markdown.extensions` must be a list"),
            ("markdown:\n  extensions: {tables: true}\n", 2, "`markdown.extensions` must be a list"),
            ("markdown:\n  extensions:\n    - [tables]\n", 3, "`markdown.extensions` must be text"),
            ("title: T\nmarkdown:\n  extentions: [tables]\n", 3, "unknown key `markdown.extentions`"),
            ("markdwon:\n  extensions: []\n", 1, "unknown key `markdwon`"),
        ]
        for (yaml, line, says) in cases {
            let error = try configError(yaml)
            XCTAssertEqual(error?.code, "config", yaml)
            XCTAssertEqual(error?.line, line, yaml)
            XCTAssertTrue(error?.message.contains(says) ?? false, "\(yaml): \(error?.message ?? "no error")")
        }
    }

    func testUnknownTopLevelKeyListsMarkdown() throws {
        let message = try configError("markdwon: {}\n")?.message ?? ""
        XCTAssertTrue(message.contains("(known: ") && message.contains(", markdown"), message)
    }

    func testTheMarkdownCodesSeveritiesCanBeChangedAndLinkIgnoreLeavesThemAlone() throws {
        let config = try load(
            """
            links:
              severity:
                unused-footnote: ignore
                malformed-table: error
                duplicate-id: warning
              ignore: ["**"]
            """)
        let policy = config.linkPolicy
        XCTAssertEqual(
            policy.levels, ["unused-footnote": .ignore, "malformed-table": .error, "duplicate-id": .warning])
        func diagnostic(_ code: DiagnosticCode, target: String?) -> Diagnostic {
            Diagnostic(code.defaultSeverity, code: code.rawValue, message: "m", file: "content/a.md", target: target)
        }
        XCTAssertNil(policy.apply(to: diagnostic(.unusedFootnote, target: "note")))
        XCTAssertEqual(policy.apply(to: diagnostic(.malformedTable, target: nil))?.severity, .error)
        XCTAssertEqual(policy.apply(to: diagnostic(.duplicateID, target: "x"))?.severity, .warning)
        XCTAssertEqual(
            policy.apply(to: diagnostic(.undefinedFootnote, target: "nope"))?.severity, .error,
            "`links.ignore` matches link targets, not footnote labels")
        XCTAssertNil(policy.apply(to: diagnostic(.missingPage, target: "/a/b")), "but it does match links")
    }

    func testDefaultSeveritiesOfTheMarkdownCodes() {
        let codes: [(DiagnosticCode, String, Diagnostic.Severity)] = [
            (.malformedTable, "malformed-table", .warning), (.unclosedCallout, "unclosed-callout", .error),
            (.undefinedFootnote, "undefined-footnote", .error), (.unusedFootnote, "unused-footnote", .warning),
            (.duplicateID, "duplicate-id", .error),
        ]
        for (code, name, severity) in codes {
            XCTAssertEqual(code.rawValue, name)
            XCTAssertEqual(code.defaultSeverity, severity, name)
            XCTAssertTrue(code.hasConfigurableSeverity, name)
            XCTAssertFalse(code.isLinkCode, name)
        }
        for kind in [
            MarkdownProblem.Kind.malformedTable, .unclosedCallout, .undefinedFootnote, .unusedFootnote, .duplicateID,
        ] {
            XCTAssertEqual(DiagnosticCode(kind).rawValue, kind.rawValue)
        }
    }
}
