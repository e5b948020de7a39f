import XCTest

@testable import DocgenCore

/// Every diagnostic code is a contract with users: the README's table of
/// codes must list each one.
final class DiagnosticCodeReadmeTests: XCTestCase {
    func testEveryCodeHasARowInTheReadme() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        for code in DiagnosticCode.allCases {
            XCTAssertTrue(
                text.contains("| `\(code.rawValue)` |") || text.contains("`\(code.rawValue)`, ")
                    || text.contains(", `\(code.rawValue)` |"),
                "README lists `\(code.rawValue)`")
        }
    }
}
