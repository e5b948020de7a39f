import XCTest

@testable import DocgenCore

/// The `links:` section of docgen.yml and `--warnings-as-errors`.
final class LinkPolicyTests: XCTestCase {
    private let page = "[a](/missing/page)\n[b]()\n[c](/legacy/old/thing)\n[d](/legacy-two/x)\n"

    private func check(links: String, warningsAsErrors: Bool = false) throws -> BuildReport {
        let site = try FixtureSite(["content/index.md": page, "docgen.yml": "links:\n" + links])
        return try site.check(warningsAsErrors: warningsAsErrors)
    }

    private func summary(_ report: BuildReport) -> [String] {
        report.diagnostics.map { "\($0.line ?? 0) \($0.code) \($0.severity.rawValue)" }
    }

    func testDefaults() throws {
        let report = try FixtureSite(["content/index.md": page]).check()
        XCTAssertEqual(
            summary(report),
            ["1 missing-page error", "2 empty-link warning", "3 missing-page error", "4 missing-page error"])
        XCTAssertEqual(report.exitStatus, 1)
    }

    func testLoweringAnErrorToAWarningPassesTheBuild() throws {
        let report = try check(links: "  severity:\n    missing-page: warning\n")
        XCTAssertEqual(
            summary(report),
            ["1 missing-page warning", "2 empty-link warning", "3 missing-page warning", "4 missing-page warning"])
        XCTAssertEqual(report.exitStatus, 0)
    }

    func testRaisingAWarningToAnErrorFailsTheBuild() throws {
        let report = try check(links: "  severity:\n    empty-link: error\n    missing-page: ignore\n")
        XCTAssertEqual(summary(report), ["2 empty-link error"])
        XCTAssertEqual(report.exitStatus, 1)
    }

    func testIgnoreGlobsDropMatchingTargets() throws {
        let report = try check(links: "  ignore:\n    - \"/legacy/**\"\n    - \"/missing/*\"\n")
        XCTAssertEqual(
            summary(report), ["2 empty-link warning", "4 missing-page error"],
            "`/legacy/**` must not match /legacy-two/x")
    }

    func testWarningsAsErrors() throws {
        let report = try check(links: "  severity:\n    missing-page: ignore\n", warningsAsErrors: true)
        XCTAssertEqual(summary(report), ["2 empty-link error"])
        XCTAssertEqual(report.exitStatus, 1)
    }

    func testWarningsAsErrorsAlsoRaisesLoweredCodes() throws {
        let report = try check(links: "  severity:\n    missing-page: warning\n", warningsAsErrors: true)
        XCTAssertEqual(report.errorCount, 4)
    }

    func testApplyLeavesOtherCodesAlone() {
        var policy = LinkPolicy()
        policy.levels = ["missing-page": .ignore]
        let other = Diagnostic(.error, code: "missing-anchor", message: "m", target: "/a#b")
        XCTAssertEqual(policy.apply(to: other), other)
        XCTAssertNil(policy.apply(to: Diagnostic(.error, code: "missing-page", message: "m", target: "/a")))
    }
}
