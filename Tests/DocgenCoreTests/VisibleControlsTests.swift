import XCTest

@testable import DocgenCore

/// `VisibleControls`: which characters are made visible, how, and where a
/// caret goes under a line that had some.
final class VisibleControlsTests: XCTestCase {
    func testEscapesEveryControlAndBidiCharacterAndNothingElse() {
        let escaped: [Unicode.Scalar] = [
            "\u{0}", "\u{7}", "\t", "\n", "\r", "\u{1B}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9B}", "\u{9F}",
            "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{61C}", "\u{2028}", "\u{2029}",
        ]
        for scalar in escaped { XCTAssertTrue(VisibleControls.needsEscape(scalar), "U+\(scalar.value)") }
        let kept: [Unicode.Scalar] = [
            " ", "a", "~", "\u{A0}", "é", "\u{200D}", "\u{2065}", "\u{202F}", "\u{FEFF}", "😀",
        ]
        for scalar in kept { XCTAssertFalse(VisibleControls.needsEscape(scalar), "U+\(scalar.value)") }
    }

    func testEscapeWritesSwiftNotation() {
        XCTAssertEqual(VisibleControls.escape("/a\u{1B}[2Jb"), "/a\\u{1B}[2Jb")
        XCTAssertEqual(VisibleControls.escape("\u{202E}x\u{9B}\u{7F}\u{0}"), "\\u{202E}x\\u{9B}\\u{7F}\\u{0}")
        XCTAssertEqual(VisibleControls.escape("line\none"), "line\\u{A}one")
        XCTAssertEqual(VisibleControls.escape("plain é text"), "plain é text")
    }

    func testKeptCharactersStay() {
        XCTAssertEqual(VisibleControls.escape("a\nb\u{1B}", keeping: ["\n"]), "a\nb\\u{1B}")
    }

    func testEscapedWidthCountsTheEscapes() {
        let line = "\u{1B}[x]\u{202E}y"
        XCTAssertEqual(VisibleControls.escapedWidth(ofFirst: 0, in: line), 0)
        XCTAssertEqual(VisibleControls.escapedWidth(ofFirst: 1, in: line), 6)
        XCTAssertEqual(VisibleControls.escapedWidth(ofFirst: 4, in: line), 9)
        XCTAssertEqual(VisibleControls.escapedWidth(ofFirst: 5, in: line), 17)
        XCTAssertEqual(VisibleControls.escapedWidth(ofFirst: 8, in: line), 20, "past the end counts one a column")
    }
}
