import DocgenMustache
import XCTest

/// Mustache semantics as mustache(5) and the spec's core modules describe
/// them: interpolation, sections, inverted sections, comments, partials,
/// standalone lines and delimiters.
final class MustacheRenderingTests: XCTestCase {
    private func render(
        _ template: String, _ data: [String: MustacheValue], partials: [String: String] = [:],
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> String {
        var templates = ["main": try MustacheTemplate(template)]
        for (name, text) in partials { templates[name] = try MustacheTemplate(text) }
        return MustacheLibrary(templates).renderString(.dictionary(data), template: "main")
    }

    func testInterpolationEscapesUnlessRaw() throws {
        let data: [String: MustacheValue] = ["x": "<a href=\"q\">&'</a>"]
        XCTAssertEqual(try render("{{x}}", data), "&lt;a href=&quot;q&quot;&gt;&amp;&#39;&lt;/a&gt;")
        XCTAssertEqual(try render("{{{x}}}|{{& x}}", data), "<a href=\"q\">&'</a>|<a href=\"q\">&'</a>")
    }

    func testValuesOfEveryKind() throws {
        let data: [String: MustacheValue] = [
            "n": 42, "d": .double(1.5), "t": true, "f": false, "list": .list([1]), "null": .null,
        ]
        XCTAssertEqual(
            try render("{{n}} {{d}} {{t}} {{f}} [{{list}}] [{{null}}] [{{missing}}]", data),
            "42 1.5 true false [] [] []")
    }

    func testDottedNamesResolveInsideTheFirstMatch() throws {
        let data: [String: MustacheValue] = [
            "a": .dictionary(["b": .dictionary(["c": "deep"])]), "c": "outer",
        ]
        XCTAssertEqual(try render("{{a.b.c}}", data), "deep")
        XCTAssertEqual(try render("{{#a}}{{b.c}}|{{c}}{{/a}}", data), "deep|outer", "unknown names climb the stack")
        XCTAssertEqual(
            try render("{{#a}}[{{b.nope}}]{{/a}}", data), "[]", "a dotted name does not climb after its first part")
    }

    func testSectionsIterateTestAndPush() throws {
        let data: [String: MustacheValue] = [
            "items": .list([.dictionary(["n": "1"]), .dictionary(["n": "2"])]), "yes": true, "no": false,
            "empty": .list([]), "word": "w", "blank": "",
        ]
        XCTAssertEqual(try render("{{#items}}<{{n}}>{{/items}}", data), "<1><2>")
        XCTAssertEqual(
            try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#nothing}}X{{/nothing}}", data), "Y")
        XCTAssertEqual(
            try render("{{#word}}({{.}}){{/word}}{{#blank}}[{{.}}]{{/blank}}", data), "(w)[]", "strings are truthy")
        XCTAssertEqual(
            try render(
                "{{^no}}a{{/no}}{{^empty}}b{{/empty}}{{^nothing}}c{{/nothing}}{{^yes}}d{{/yes}}{{^items}}e{{/items}}",
                data), "abc")
        XCTAssertEqual(try render("{{#items}}{{.}}{{/items}}", ["items": .list(["x", "y"])]), "xy")
    }

    func testObjectsAreAskedOnlyForWhatTemplatesUse() throws {
        final class Counter: MustacheObject, @unchecked Sendable {
            var asked: [String] = []
            func value(forKey key: String) -> MustacheValue? {
                asked.append(key)
                return key == "name" ? "n" : nil
            }
        }
        let counter = Counter()
        XCTAssertEqual(try render("{{site.name}}", ["site": .object(counter)]), "n")
        XCTAssertEqual(counter.asked, ["name"])
    }

    func testStandaloneTagLinesDisappear() throws {
        let template = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n  {{! a comment }}\n</ul>\n"
        XCTAssertEqual(try render(template, ["items": .list(["a", "b"])]), "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        XCTAssertEqual(try render("{{#t}}\r\nx\r\n{{/t}}\r\n", ["t": true]), "x\r\n", "CRLF lines too")
        XCTAssertEqual(
            try render("x\n  {{#t}}\n  {{/t}}  ", ["t": true]), "x\n", "a standalone tag at the end of the file")
        XCTAssertEqual(try render("a {{#t}}\nb{{/t}} c\n", ["t": true]), "a \nb c\n", "a tag sharing its line stays")
        XCTAssertEqual(try render("{{!\nmulti\nline\n}}\nx\n", [:]), "x\n")
    }

    func testStandalonePartialsIndentEveryLineOfTheirTemplate() throws {
        let out = try render(
            "<div>\n  {{> inner}}\n</div>\n", ["v": "one\ntwo"],
            partials: ["inner": "<p>\n{{{v}}}\n</p>\n  {{> leaf}}\n", "leaf": "<i>\n</i>\n"])
        XCTAssertEqual(out, "<div>\n  <p>\n  one\ntwo\n  </p>\n    <i>\n    </i>\n</div>\n")
        XCTAssertEqual(
            try render("a {{> inner}} b\n", ["v": "x"], partials: ["inner": "[\n{{v}}]"]), "a [\nx] b\n",
            "an inline partial is not indented")
    }

    func testRecursivePartialsStopAtTheirData() throws {
        let tree: MustacheValue = .list([
            .dictionary(["name": "a", "kids": .list([.dictionary(["name": "b", "kids": .list([])])])])
        ])
        let out = try render(
            "{{#tree}}{{> node}}{{/tree}}", ["tree": tree],
            partials: ["node": "({{name}}{{#kids}}{{> node}}{{/kids}})"])
        XCTAssertEqual(out, "(a(b))")
        XCTAssertEqual(
            try render("{{> loop}}", [:], partials: ["loop": "x{{> loop}}"]).count, 100, "runaway recursion stops")
    }

    func testSetDelimiters() throws {
        XCTAssertEqual(try render("{{=<% %>=}}<% x %> {{x}} <%={{ }}=%>{{x}}", ["x": "v"]), "v {{x}} v")
    }
}
