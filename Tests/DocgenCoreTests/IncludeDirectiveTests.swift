import XCTest

@testable import DocgenCore

/// How one line is read as an `{{#include}}` directive (mdBook's syntax) and
/// how its selector is read.
final class IncludeDirectiveTests: XCTestCase {
    private func parse(_ line: String) -> IncludeDirective.Line? { IncludeDirective.parse(Array(line.utf8)) }

    private func directive(_ line: String) -> IncludeDirective? {
        if case .directive(let found) = parse(line) { return found }
        return nil
    }

    func testTheDirectiveAloneOnItsLineAfterAContainerPrefix() {
        XCTAssertEqual(directive("{{#include a.md}}")?.path, "a.md")
        XCTAssertEqual(directive("{{ #include   a.md }}  \r")?.argument, "a.md", "spaces inside and after")
        XCTAssertEqual(directive("  > - {{#include a.md}}")?.prefix, Array("  > - ".utf8))
        XCTAssertEqual(directive("  > - {{#include a.md}}")?.continuationPrefix, Array("  >   ".utf8))
        XCTAssertEqual(directive("12. {{#include a.md}}")?.column, 5)
        XCTAssertEqual(directive("{{#include}}")?.path, "", "no path: reported as naming no file")
    }

    func testNotADirective() {
        XCTAssertNil(parse("Write {{#include a.md}} to include."))
        XCTAssertNil(parse("{{#include a.md}} and more"))
        XCTAssertNil(parse("{{#includes a.md}}"))
        XCTAssertNil(parse("{{#include a.md}"))
        XCTAssertNil(parse("{{#include a}b.md}}"))
        XCTAssertNil(parse("| {{#include a.md}} |"))
        XCTAssertNil(parse("{{#title Hello}}"))
    }

    func testEscapedDirective() {
        XCTAssertEqual(parse("\\{{#include a.md}}"), .escaped(backslash: 0))
        XCTAssertEqual(parse("  \\{{#include a.md}}"), .escaped(backslash: 2))
    }

    func testSelectors() {
        XCTAssertEqual(IncludeSelection.split("a.rs").selection, .whole)
        XCTAssertEqual(IncludeSelection.split("a.rs:2").selection, .lines(from: 2, through: 2))
        XCTAssertEqual(IncludeSelection.split("a.rs::10").selection, .lines(from: nil, through: 10))
        XCTAssertEqual(IncludeSelection.split("a.rs:2:").selection, .lines(from: 2, through: nil))
        XCTAssertEqual(IncludeSelection.split("a.rs:2:10").selection, .lines(from: 2, through: 10))
        XCTAssertEqual(IncludeSelection.split("a.rs:my_anchor-1").selection, .anchor("my_anchor-1"))
        XCTAssertEqual(IncludeSelection.split("a.rs:1:2:3").selection, .invalid("1:2:3"))
        XCTAssertEqual(IncludeSelection.split("a.rs:a b").selection, .invalid("a b"))
        XCTAssertEqual(
            IncludeSelection.split("a.rs:99999999999999999999999").selection, .invalid("99999999999999999999999"))
    }

    func testAnchorMarkersInAnyCommentStyle() {
        func markers(_ line: String) -> [IncludeAnchors.Marker] { IncludeAnchors.markers(in: Array(line.utf8)) }
        XCTAssertEqual(markers("// ANCHOR: setup"), [.start("setup")])
        XCTAssertEqual(markers("<!-- ANCHOR_END:setup -->"), [.end("setup")])
        XCTAssertEqual(markers("/* ANCHOR: a */ x /* ANCHOR_END: a */"), [.start("a"), .end("a")])
        XCTAssertEqual(markers("ANCHORS: x, ANCHOR:, anchor: y"), [])
    }
}
