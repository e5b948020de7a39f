import XCTest

@testable import DocgenCore

/// `FrontMatterParser` on the files editors write: a byte order mark, CR-only
/// and mixed line ends. Front matter is read, the body keeps the file's lines,
/// and the mark is neither front matter nor body.
final class FrontMatterLineEndingTests: XCTestCase {
    private func parse(_ bytes: [UInt8]) -> (FrontMatterParser.Split, body: String) {
        var buffer = bytes
        let split = buffer.withUnsafeMutableBufferPointer { FrontMatterParser().parse(blankingIn: $0) }
        return (split, String(decoding: buffer[split.bodyStart...], as: UTF8.self))
    }

    private let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    func testByteOrderMarkBeforeFrontMatter() {
        let (split, body) = parse(bom + Array("---\ntitle: A\n---\n# Body\n".utf8))
        XCTAssertEqual(split.frontMatter.title, "A")
        XCTAssertEqual(split.frontMatter.keyLines["title"], 2)
        XCTAssertEqual(body, "\n\n\n# Body\n")
        XCTAssertTrue(split.problems.isEmpty)
    }

    func testByteOrderMarkWithoutFrontMatterIsLeftOutOfTheBody() {
        let (split, body) = parse(bom + Array("# Body\n".utf8))
        XCTAssertEqual(split.bodyStart, 3)
        XCTAssertEqual(body, "# Body\n")
        XCTAssertNil(split.frontMatter.title)
    }

    func testByteOrderMarkAloneAndEmptyFile() {
        XCTAssertEqual(parse(bom).body, "")
        XCTAssertEqual(parse([]).body, "")
    }

    func testCROnlyFrontMatterKeepsTheLines() {
        let (split, body) = parse(Array("---\rtitle: C\rweight: 4\r---\r# Body\r".utf8))
        XCTAssertEqual(split.frontMatter.title, "C")
        XCTAssertEqual(split.frontMatter.weight, 4)
        XCTAssertEqual(split.frontMatter.keyLines["weight"], 3)
        XCTAssertEqual(split.frontMatter.endLine, 4)
        XCTAssertEqual(body, "\n\n\n\n# Body\r")
    }

    func testCROnlyErrorIsOnItsLine() {
        let result = FrontMatterParser().parse("---\rtitle: C\rdraft: maybe\r---\r")
        XCTAssertEqual(result.problems.map(\.line), [3])
        XCTAssertEqual(result.problems.first?.column, 8)
    }

    func testMixedLineEnds() {
        let (split, body) = parse(Array("---\r\ntitle: M\rslug: s\n---\r\nBody\n".utf8))
        XCTAssertEqual(split.frontMatter.slug, "s")
        XCTAssertEqual(split.frontMatter.keyLines["slug"], 3)
        XCTAssertEqual(body.split(separator: "\n", omittingEmptySubsequences: false).count, 6)
        XCTAssertTrue(body.hasSuffix("\n\n\n\nBody\n"))
    }

    func testCROnlyUnterminatedFrontMatter() {
        let result = FrontMatterParser().parse("---\rtitle: A\r\rBody\r")
        XCTAssertEqual(result.problems.map(\.line), [1])
    }

    func testCROnlyClosingFenceAtTheEnd() {
        XCTAssertEqual(FrontMatterParser().parse("---\rtitle: End\r---").frontMatter.title, "End")
    }
}
