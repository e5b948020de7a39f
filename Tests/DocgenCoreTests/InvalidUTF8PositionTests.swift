import XCTest

@testable import DocgenCore

/// `PageLoader.firstInvalidUTF8` counts lines and columns as diagnostics do.
final class InvalidUTF8PositionTests: XCTestCase {
    func testByteOrderMarkIsNoColumn() {
        let position = PageLoader.firstInvalidUTF8([0xEF, 0xBB, 0xBF, 0x61, 0xFF])
        XCTAssertEqual(position.line, 1)
        XCTAssertEqual(position.column, 2)
    }

    func testCROnlyLinesAreCounted() {
        let position = PageLoader.firstInvalidUTF8(Array("a\rb\r\nc\nd".utf8) + [0xC0])
        XCTAssertEqual(position.line, 4)
        XCTAssertEqual(position.column, 2)
    }
}
