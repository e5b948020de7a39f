import Foundation
import XCTest

@testable import DocgenCore

/// Baselines (issue 12, part 1): a baselined problem stays suppressed when
/// lines are inserted above it or it moves; the same broken link added again
/// is new; entries that no longer occur are counted.
final class BaselineTests: XCTestCase {
    private let page = """
        ---
        title: Tokens
        ---
        # Tokens

        See [the lock widget](/libraries/lock) first.

        * [Examples}(https://example.com/x)
        """

    private func site(_ body: String) throws -> FixtureSite {
        try FixtureSite(["content/index.md": "# Home\n", "content/tokens.md": body])
    }

    private func baseline(of site: FixtureSite) throws -> Baseline {
        Baseline(diagnostics: try site.check().diagnostics, siteRoot: site.root)
    }

    private func match(_ site: FixtureSite, against baseline: Baseline) throws -> BaselineMatch {
        BaselineMatch(try site.check().diagnostics, baseline: baseline, siteRoot: site.root)
    }

    func testEntriesNameFileCodeTargetAndLineFingerprintNotLineNumber() throws {
        let fixture = try site(page)
        let written = try baseline(of: fixture)
        XCTAssertEqual(written.entries.map(\.code), ["malformed-link", "missing-page"])
        XCTAssertEqual(written.entries.map(\.target), ["https://example.com/x", "/libraries/lock"])
        XCTAssertEqual(written.entries.map(\.file), ["content/tokens.md", "content/tokens.md"])
        XCTAssertEqual(
            written.entries[1].fingerprint,
            SourceLineFingerprints.fingerprint(ofLine: Array("See [the lock widget](/libraries/lock) first.".utf8)))
        XCTAssertFalse(written.json.contains("\"line\""), written.json)
    }

    /// A previous sitemap is fetched anew each run and often written on one
    /// line: a `removed-url` is known by its URL, not by that line's text.
    func testRemovedURLsAreFingerprintedByTheirURL() throws {
        let fixture = try site(page)
        try fixture.write("previous.xml", "<urlset><url><loc>/gone/</loc></url></urlset>\n")
        let removed = { (line: Int, target: String) in
            Diagnostic(
                .error, code: "removed-url", message: "gone", file: "previous.xml", line: line, column: 1,
                target: target)
        }
        var fingerprints = SourceLineFingerprints(siteRoot: fixture.root)
        let before = fingerprints.fingerprint(of: removed(1, "/gone/"))
        try fixture.write("previous.xml", "<urlset>\n<url><loc>/gone/</loc><lastmod>2026-11-30</lastmod></url>\n")
        var reread = SourceLineFingerprints(siteRoot: fixture.root)
        XCTAssertEqual(reread.fingerprint(of: removed(2, "/gone/")), before)
        XCTAssertNotEqual(reread.fingerprint(of: removed(2, "/other/")), before)
    }

    func testSurvivesInsertedLinesMovedLinesAndReindenting() throws {
        let fixture = try site(page)
        let written = try baseline(of: fixture)
        // Lines inserted above, the broken link's line moved below the list and indented.
        try fixture.write(
            "content/tokens.md",
            """
            ---
            title: Tokens
            ---
            # Tokens

            A new paragraph.

            Another one.

            * [Examples}(https://example.com/x)

                See [the lock widget](/libraries/lock) first.
            """)
        let result = try match(fixture, against: written)
        XCTAssertEqual(result.remaining, [])
        XCTAssertEqual(result.suppressed, 2)
        XCTAssertEqual(result.gone, 0)
    }

    func testTheSameBrokenLinkAddedASecondTimeIsNew() throws {
        let fixture = try site(page)
        let written = try baseline(of: fixture)
        try fixture.write("content/tokens.md", page + "\n\nSee [the lock widget](/libraries/lock) first.\n")
        let result = try match(fixture, against: written)
        XCTAssertEqual(result.remaining.map(\.code), ["missing-page"])
        XCTAssertEqual(result.remaining.first?.line, 10, "the later copy is the new one")
        XCTAssertEqual(result.suppressed, 2)
    }

    func testTwoEqualProblemsOnOneLineAreTwoEntries() throws {
        let fixture = try site("# T\n\n[a](/x) and [b](/x)\n")
        let written = try baseline(of: fixture)
        XCTAssertEqual(written.entries.count, 2)
        XCTAssertEqual(written.entries[0], written.entries[1])
        XCTAssertEqual(try match(fixture, against: written).remaining, [])
        try fixture.write("content/tokens.md", "# T\n\n[a](/x) and [b](/x)\n\n[a](/x) and [b](/x)\n")
        XCTAssertEqual(try match(fixture, against: written).remaining.map(\.line), [5, 5])
    }

    func testAnEditedLineIsNewAndFixedProblemsNoLongerOccur() throws {
        let fixture = try site(page)
        let written = try baseline(of: fixture)
        try fixture.write(
            "content/tokens.md",
            page.replacingOccurrences(of: "See [the lock", with: "Read [the lock")
                .replacingOccurrences(of: "[Examples}", with: "[Examples]"))
        let result = try match(fixture, against: written)
        XCTAssertEqual(result.remaining.map(\.code), ["missing-page"])
        XCTAssertEqual(result.suppressed, 0)
        XCTAssertEqual(result.gone, 2)
        XCTAssertEqual(result.summary(baselineName: "b.json"), "; baseline b.json: 0 suppressed, 2 no longer occur")
    }

    func testFileIsSortedVersionedAndReadsBack() throws {
        let fixture = try site(page)
        let written = try baseline(of: fixture)
        let lines = written.json.split(separator: "\n")
        XCTAssertEqual(lines[1], "  \"version\": 1,")
        XCTAssertEqual(lines.count, 7, "one line per entry: \(written.json)")
        try fixture.write("baseline.json", written.json)
        XCTAssertEqual(try Baseline.load(fixture.url("baseline.json"), display: "baseline.json"), written)
        XCTAssertEqual(Baseline(entries: written.entries.reversed()).json, written.json)
    }

    func testUnreadableOrForeignBaselinesAreSetupErrors() throws {
        let fixture = try FixtureSite([
            "a.json": "{\"version\": 2, \"problems\": []}", "b.json": "[1, 2", "c.json": "{}",
        ])
        for (file, words) in [
            ("a.json", "has version 2"), ("b.json", "not a docgen baseline"), ("c.json", "no `version`"),
            ("missing.json", "cannot read the baseline"),
        ] {
            XCTAssertThrowsError(try Baseline.load(fixture.url(file), display: file)) { error in
                let diagnostic = (error as? SetupError)?.diagnostics.first
                XCTAssertEqual(diagnostic?.file, file)
                XCTAssertTrue(diagnostic?.message.contains(words) ?? false, "\(diagnostic?.message ?? "")")
            }
        }
    }

    func testConfigNamesTheDefaultBaselineAndAMissingOneIsReportedAtTheKey() throws {
        let fixture = try site(page)
        try fixture.write("docgen.yml", "title: X\nbaseline: ci/baseline.json\n")
        XCTAssertThrowsError(
            try AdoptionSettings.resolve(siteRoot: fixture.root, baseline: nil, writeBaseline: nil, previous: nil)
        ) { error in
            let diagnostic = (error as? SetupError)?.diagnostics.first
            XCTAssertEqual(diagnostic?.file, "docgen.yml")
            XCTAssertEqual(diagnostic?.line, 2)
        }
        try fixture.write("ci/baseline.json", try baseline(of: fixture).json)
        let settings = try AdoptionSettings.resolve(
            siteRoot: fixture.root, baseline: nil, writeBaseline: nil, previous: nil)
        let outcome = try settings.finish(try fixture.check())
        XCTAssertEqual(outcome.diagnostics, [])
        XCTAssertEqual(outcome.exitStatus, 0)
        XCTAssertTrue(outcome.summary.hasSuffix("; baseline ci/baseline.json: 2 suppressed, 0 no longer occur"))
    }
}
