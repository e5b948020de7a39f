import XCTest

@testable import DocgenCore

/// Every code has its own rule text in SARIF logs: a code added without one
/// fails here, not silently in GitHub's alert view.
final class DiagnosticCodeHelpTests: XCTestCase {
    func testEveryCodeHasItsOwnHelp() {
        for code in DiagnosticCode.allCases {
            let help = DiagnosticCodeHelp.table[code.rawValue]
            XCTAssertNotNil(help, "no DiagnosticCodeHelp for `\(code.rawValue)`")
            XCTAssertFalse(help?.short.isEmpty ?? true)
            XCTAssertFalse(help?.full.isEmpty ?? true)
            XCTAssertFalse(help?.help.isEmpty ?? true)
        }
        XCTAssertEqual(Set(DiagnosticCodeHelp.table.keys), Set(DiagnosticCode.allCases.map(\.rawValue)))
    }

    func testRepositoryPathsResolveDotDotInsideTheTree() {
        let location = RepositoryLocation(sitePrefix: "docs/")
        XCTAssertEqual(location.path(of: "content/a.md"), "docs/content/a.md")
        XCTAssertEqual(location.path(of: "../previous/sitemap.xml"), "previous/sitemap.xml")
        XCTAssertEqual(RepositoryLocation(sitePrefix: "").path(of: "../x.txt"), "../x.txt")
    }
}
