import DocgenMustache
import XCTest

/// Found by the Mustache fuzz target (Tests/fuzz/crashers/mustache/): a
/// delimiter tag split on spaces and tabs only, so `{{=[ \n=}}` made a line
/// break the closing delimiter, the tokenizer never counted that line, and
/// every later error pointed at the wrong line and past the end of its line.
final class MustacheDelimiterWhitespaceTests: XCTestCase {
    private func error(_ template: String) -> MustacheSyntaxError? {
        do {
            _ = try MustacheTemplate(template)
            return nil
        } catch {
            return error
        }
    }

    func testFuzzCrasherIsRefusedAtTheDelimiterTag() {
        // The committed crasher, byte for byte.
        let found = error("{{=[ \n=}}[t\n[")
        XCTAssertEqual(found?.line, 1)
        XCTAssertEqual(found?.column, 1)
        XCTAssertEqual(
            found?.message, "a delimiter tag is `{{=<open> <close>=}}`, two delimiters without spaces or `=`")
    }

    func testLineBreaksSeparateDelimitersLikeSpaces() throws {
        let template = "{{=[\n]=}}\n[#items]\n- [name]\n[/items]\n"
        let library = MustacheLibrary(["t": try MustacheTemplate(template)])
        let value: MustacheValue = .dictionary([
            "items": .list([.dictionary(["name": "a"]), .dictionary(["name": "b"])])
        ])
        XCTAssertEqual(library.renderString(value, template: "t"), "- a\n- b\n")
        XCTAssertNil(error("{{=<%\r\n%>=}}"), "a CR LF separates like a space")
    }

    func testErrorAfterAMultiLineDelimiterTagIsOnItsOwnLine() {
        let found = error("{{=<%\n%>=}}\nok\n  <%#open%>\n")
        XCTAssertEqual(found?.line, 4)
        XCTAssertEqual(found?.column, 3)
    }
}
