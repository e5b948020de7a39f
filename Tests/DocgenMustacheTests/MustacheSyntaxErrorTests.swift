import DocgenMustache
import XCTest

/// A broken template is reported with the line and column of the tag at
/// fault, so the theme author can go straight to it.
final class MustacheSyntaxErrorTests: XCTestCase {
    private func error(_ template: String) -> MustacheSyntaxError? {
        do {
            _ = try MustacheTemplate(template)
            return nil
        } catch {
            return error
        }
    }

    func testUnclosedSectionPointsAtItsOpeningTag() {
        let found = error("<a>\n  {{#items}}\n  x\n")
        XCTAssertEqual(found?.line, 2)
        XCTAssertEqual(found?.column, 3)
        XCTAssertTrue(found?.message.contains("never closed") ?? false, found?.message ?? "")
    }

    func testMismatchedCloseNamesBothTags() {
        let found = error("{{#a}}\n{{#b}}\n{{/a}}\n")
        XCTAssertEqual(found?.line, 3)
        XCTAssertEqual(found?.message, "`{{/a}}` does not close `{{#b}}` (line 2)")
        XCTAssertEqual(error("x\n{{/a}}")?.line, 2)
    }

    func testUnclosedTagEmptyNameAndUnsupportedTags() {
        XCTAssertEqual(error("ok\nno {{name")?.column, 4)
        XCTAssertNotNil(error("{{ }}"))
        XCTAssertNotNil(error("{{#}}{{/}}"))
        XCTAssertEqual(error("{{<parent}}\n{{/other}}")?.message, "`{{/other}}` does not close `{{<parent}}` (line 1)")
        XCTAssertEqual(error("{{$block}}{{/other}}")?.message, "`{{/other}}` does not close `{{$block}}` (line 1)")
        XCTAssertNotNil(error("{{<parent}}"), "a parent tag needs its closing tag")
        XCTAssertNotNil(error("{{=<% %>}}"), "a delimiter tag must end with =")
        XCTAssertNotNil(error("{{two words}}"))
    }

    func testPartialsAreListedWithTheirLines() throws {
        let template = try MustacheTemplate("a\n{{> one}}\nb {{>two}}\n")
        XCTAssertEqual(template.partials.map(\.name), ["one", "two"])
        XCTAssertEqual(template.partials.map(\.line), [2, 3])
        let parent = try MustacheTemplate("{{<layout}}\n{{$title}}x{{/title}}\n{{/layout}}\n")
        XCTAssertEqual(parent.partials.map(\.name), ["layout"], "a parent must exist as a partial must")
    }
}
