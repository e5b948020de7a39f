import XCTest

@testable import DocgenCore

/// The terminal printer quotes a short line whole and a long one as a window
/// around the column, with the caret still under the column's character.
final class QuotedSourceTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("quoted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    private func source(_ text: String) throws -> QuotedSource {
        try Data(text.utf8).write(to: root.appendingPathComponent("p.md"))
        return try XCTUnwrap(QuotedSource(name: "p.md", siteRoot: root))
    }

    /// The character the caret points at in an excerpt.
    private func pointed(_ excerpt: QuotedSource.Excerpt) -> Character? {
        let scalars = Array(excerpt.text.unicodeScalars)
        return excerpt.caretOffset < scalars.count ? Character(scalars[excerpt.caretOffset]) : nil
    }

    func testShortLinesAreQuotedWhole() throws {
        var quoted = try source("\u{FEFF}first\n\tsecond é [x](y)\r\nthird")
        XCTAssertEqual(quoted.excerpt(line: 1, column: 2), .init(text: "first", caretOffset: 1))
        let second = try XCTUnwrap(quoted.excerpt(line: 2, column: 11))
        XCTAssertEqual(second.text, " second é [x](y)")
        XCTAssertEqual(pointed(second), "[")
        XCTAssertEqual(quoted.excerpt(line: 3, column: nil)?.text, "third")
        XCTAssertNil(quoted.excerpt(line: 4, column: 1))
    }

    func testLongLinesAreWindowedAroundEachColumnInOrderAndOutOfOrder() throws {
        // Links numbered in the text, so the pointed link can be told apart.
        let links = (0..<2000).map { "日本 [l\($0)](/p/)" }
        var quoted = try source("# T\n" + links.joined(separator: " ") + "\n")
        let columns = links.indices.map { index in
            links[..<index].reduce(1) { $0 + $1.unicodeScalars.count + 1 } + 3
        }
        for index in [0, 1, 2, 500, 1999, 3, 1000] {
            let excerpt = try XCTUnwrap(quoted.excerpt(line: 2, column: columns[index]))
            XCTAssertLessThanOrEqual(excerpt.text.unicodeScalars.count, QuotedSource.maxWidth)
            XCTAssertEqual(pointed(excerpt), "[", "link \(index)")
            let rest = String(String.UnicodeScalarView(excerpt.text.unicodeScalars.dropFirst(excerpt.caretOffset)))
            XCTAssertTrue(rest.hasPrefix("[l\(index)]"), "link \(index): \(rest)")
            // Cut before only where the column is far from the line's start.
            XCTAssertEqual(excerpt.text.hasPrefix("…"), index >= 500)
            XCTAssertEqual(excerpt.text.hasSuffix("…"), index < 1999)
        }
    }
}
