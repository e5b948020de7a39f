import DocgenMustache
import XCTest

/// Inheritance beyond the spec's examples: what a site template that extends
/// a layout needs, and the inputs a fuzzer or a careless edit would write.
final class MustacheInheritanceTests: XCTestCase {
    private func render(_ templates: [String: String], _ name: String, _ data: MustacheValue = .null) throws -> String {
        var parsed: [String: MustacheTemplate] = [:]
        for (key, text) in templates { parsed[key] = try MustacheTemplate(text) }
        return MustacheLibrary(parsed).renderString(data, template: name)
    }

    private let layout = """
        <html>
          <head>
            <title>{{title}}</title>
            {{$head}}
            {{/head}}
          </head>
          <body>
            {{$main}}
            <p>default</p>
            {{/main}}
          </body>
        </html>

        """

    func testUnreplacedBlocksRenderAsIfTheyWereNotThere() throws {
        XCTAssertEqual(
            try render(["layout": layout], "layout", .dictionary(["title": "T"])),
            "<html>\n  <head>\n    <title>T</title>\n  </head>\n  <body>\n    <p>default</p>\n  </body>\n</html>\n")
    }

    func testAChildReplacesOneBlockAtTheBlocksDepth() throws {
        let child = """
            {{<layout}}
            {{$head}}
            <link rel="stylesheet" href="brand.css">
            <meta name="x" content="{{title}}">
            {{/head}}
            {{/layout}}

            """
        XCTAssertEqual(
            try render(["layout": layout, "child": child], "child", .dictionary(["title": "T"])),
            """
            <html>
              <head>
                <title>T</title>
                <link rel="stylesheet" href="brand.css">
                <meta name="x" content="T">
              </head>
              <body>
                <p>default</p>
              </body>
            </html>

            """)
    }

    func testNestedLinesKeepTheirRelativeIndentation() throws {
        let parent = "<div>\n  {{$list}}\n  {{/list}}\n</div>\n"
        let child = "{{<parent}}\n{{$list}}\n      <ul>\n        <li>a</li>\n      </ul>\n{{/list}}\n{{/parent}}\n"
        XCTAssertEqual(
            try render(["parent": parent, "child": child], "child"),
            "<div>\n  <ul>\n    <li>a</li>\n  </ul>\n</div>\n")
    }

    func testABlockReplacedByItselfEndsAtTheDepthBound() throws {
        let started = Date()
        let output = try render(
            ["parent": "{{$a}}{{/a}}", "child": "{{<parent}}{{$a}}x{{$a}}{{/a}}{{$a}}{{/a}}{{/a}}{{/parent}}"], "child")
        XCTAssertTrue(output.allSatisfy { $0 == "x" } && !output.isEmpty, output)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
    }

    func testAMissingParentRendersNothing() throws {
        XCTAssertEqual(try render(["child": "a{{<nope}}{{$x}}y{{/x}}{{/nope}}b"], "child"), "ab")
    }
}
