import XCTest

@testable import DocgenCore

/// `docgen.yml` as editors save it (a byte order mark, CR-only lines) and
/// as no one should (aliases that expand exponentially, duplicate keys):
/// read, or a `config` error at the right line and column.
final class ConfigEncodingTests: XCTestCase {
    private func loadError(_ bytes: [UInt8]) throws -> Diagnostic? {
        let site = try FixtureSite()
        try site.write("docgen.yml", bytes: bytes)
        do {
            _ = try ConfigLoader.load(siteRoot: site.root)
            return nil
        } catch {
            XCTAssertEqual(error.diagnostics.count, 1)
            return error.diagnostics.first
        }
    }

    func testByteOrderMarkIsNoText() throws {
        let site = try FixtureSite()
        try site.write("docgen.yml", bytes: [0xEF, 0xBB, 0xBF] + Array("title: Marked\n".utf8))
        XCTAssertEqual(try ConfigLoader.load(siteRoot: site.root).title, "Marked")
        let error = try loadError([0xEF, 0xBB, 0xBF] + Array("raw_html: maybe\n".utf8))
        XCTAssertEqual(error?.line, 1)
        XCTAssertEqual(error?.column, 11, "the mark is no column")
    }

    func testCROnlyLines() throws {
        let error = try loadError(Array("title: A\rraw_html: maybe\r".utf8))
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.message, "`raw_html` must be true or false, got text")
    }

    func testDuplicateKeyWithNote() throws {
        let error = try loadError(Array("title: A\nraw_html: true\ntitle: B\n".utf8))
        XCTAssertEqual(error?.code, "config")
        XCTAssertEqual(error?.line, 3)
        XCTAssertEqual(error?.notes, ["`title` is first set on line 1"])
    }

    func testBillionLaughs() throws {
        var yaml = "title: x\na0: &a0 [lol]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", "))]\n"
        }
        let error = try loadError(Array(yaml.utf8))
        XCTAssertEqual(error?.line, 7)
        XCTAssertTrue(error?.message.contains("aliases expand") ?? false)
    }
}
