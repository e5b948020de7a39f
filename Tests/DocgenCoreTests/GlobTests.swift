import XCTest

@testable import DocgenCore

/// `links.ignore` patterns: `*` within a segment, `**` across, `?` one character.
final class GlobTests: XCTestCase {
    func testLiteral() {
        XCTAssertTrue(Glob("/a/b").matches("/a/b"))
        XCTAssertFalse(Glob("/a/b").matches("/a/bc"))
        XCTAssertFalse(Glob("/a/b").matches("/a"))
        XCTAssertTrue(Glob("").matches(""))
    }

    func testStarStaysWithinASegment() {
        XCTAssertTrue(Glob("/legacy/*").matches("/legacy/page"))
        XCTAssertTrue(Glob("/legacy/*").matches("/legacy/"))
        XCTAssertFalse(Glob("/legacy/*").matches("/legacy/a/b"))
        XCTAssertTrue(Glob("*.pdf").matches("guide.pdf"))
        XCTAssertFalse(Glob("*.pdf").matches("files/guide.pdf"))
        XCTAssertTrue(Glob("/a/*/c").matches("/a/b/c"))
    }

    func testDoubleStarCrossesSegments() {
        XCTAssertTrue(Glob("/legacy/**").matches("/legacy/a/b/c"))
        XCTAssertTrue(Glob("**.pdf").matches("files/x/guide.pdf"))
        XCTAssertTrue(Glob("https://github.com/**").matches("https://github.com/auth0/auth0.js"))
        XCTAssertFalse(Glob("/legacy/**").matches("/other/legacy/a"))
    }

    func testQuestionMarkIsOneCharacterButNotASlash() {
        XCTAssertTrue(Glob("/v?/api").matches("/v2/api"))
        XCTAssertFalse(Glob("/v?/api").matches("/v10/api"))
        XCTAssertFalse(Glob("/a?b").matches("/a/b"))
    }

    func testOtherCharactersAreLiteral() {
        XCTAssertTrue(Glob("/a.b#c").matches("/a.b#c"))
        XCTAssertFalse(Glob("/a.b").matches("/aXb"))
        XCTAssertTrue(Glob("/a[1]").matches("/a[1]"))
        XCTAssertFalse(Glob("/a[1]").matches("/a1"))
    }
}
