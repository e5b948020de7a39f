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
        XCTAssertTrue(error("{{<parent}}{{/parent}}")?.message.contains("inheritance") ?? false)
        XCTAssertNotNil(error("{{=<% %>}}"), "a delimiter tag must end with =")
        XCTAssertNotNil(error("{{two words}}"))
    }

    func testPartialsAreListedWithTheirLines() throws {
        let template = try MustacheTemplate("a\n{{> one}}\nb {{>two}}\n")
        XCTAssertEqual(template.partials.map(\.name), ["one", "two"])
        XCTAssertEqual(template.partials.map(\.line), [2, 3])
    }
}
