import DocgenCore
import XCTest

@testable import DocgenServe

/// The script tag's place in a page, the event's JSON, content types.
final class LiveReloadTests: XCTestCase {
    private func inject(_ page: String) -> String {
        String(decoding: ScriptInjector.inject(Array("<S>".utf8), into: Array(page.utf8)), as: UTF8.self)
    }

    func testTheScriptGoesBeforeTheLastBodyEndTagOnly() {
        XCTAssertEqual(inject("<p>a</p></body></html>"), "<p>a</p><S></body></html>")
        XCTAssertEqual(inject("<pre>&lt;/body&gt;</pre>x</BODY >\n"), "<pre>&lt;/body&gt;</pre>x<S></BODY >\n")
        XCTAssertEqual(inject("<p>`</body>` in text</p></body>"), "<p>`</body>` in text</p><S></body>")
        XCTAssertEqual(inject("<p>no end tag"), "<p>no end tag<S>")
        XCTAssertEqual(inject("</bodyx>"), "</bodyx><S>")
        XCTAssertEqual(inject(""), "<S>")
    }

    func testTheTagCarriesTheBuildAndAnEscapedMoveTarget() {
        let tag = String(decoding: LiveScript.tag(build: 7, notFound: true, movedTo: "/a\"b/"), as: UTF8.self)
        XCTAssertEqual(
            tag,
            "<script src=\"/__docgen/live.js\" data-docgen-build=\"7\" data-docgen-not-found"
                + " data-docgen-moved=\"/a&quot;b/\"></script>")
    }

    func testTheBuildEventHoldsTheDiagnosticsAsTheJSONFormatPrintsThem() throws {
        let diagnostic = Diagnostic(
            .error, code: "missing-page", message: "`x` matches \"no\" page\n", file: "content/a.md", line: 3,
            column: 5, target: "x", notes: ["did you mean `/b/`?"])
        let event = BuildEvent(
            build: 4, changed: ["/a/", "/docgen.css"], removed: ["/old/"], moved: ["/old/": "/new/"],
            cssOnly: false, diagnostics: [diagnostic],
            sources: [BuildEvent.SourceLine(text: "See [x](x).", caret: 4)])
        let json = event.json()
        XCTAssertTrue(json.hasPrefix(#"{"version":1,"build":4,"changed":["/a/","/docgen.css"],"css_only":false,"#))
        var printer = DiagnosticPrinter(format: .json, siteRoot: URL(fileURLWithPath: "/"), usesColor: false)
        let printed = printer.render([diagnostic], summary: nil)
        XCTAssertTrue(printed.contains("    " + DiagnosticPrinter.jsonObject(diagnostic) + "\n"), printed)
        XCTAssertTrue(json.contains(#""diagnostics":["# + DiagnosticPrinter.jsonObject(diagnostic) + "]"))
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(parsed["moved"] as? [String: String], ["/old/": "/new/"])
        XCTAssertEqual(parsed["removed"] as? [String], ["/old/"])
        let first = try XCTUnwrap((parsed["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["message"] as? String, "`x` matches \"no\" page\n")
        XCTAssertEqual(first["column"] as? Int, 5)
        XCTAssertEqual((parsed["sources"] as? [[String: Any]])?.first?["caret"] as? Int, 4)
        let message = String(decoding: event.message(named: "build"), as: UTF8.self)
        XCTAssertTrue(message.hasPrefix("event: build\ndata: {"))
        XCTAssertTrue(message.hasSuffix("}\n\n"))
        XCTAssertEqual(message.filter { $0 == "\n" }.count, 3, "one data line: the JSON holds no raw line break")
    }

    func testContentTypes() {
        XCTAssertEqual(ContentType.of("a/index.html"), "text/html; charset=utf-8")
        XCTAssertEqual(ContentType.of("docgen.css"), "text/css; charset=utf-8")
        XCTAssertEqual(ContentType.of("search.js"), "text/javascript; charset=utf-8")
        XCTAssertEqual(ContentType.of("search-index.json"), "application/json")
        XCTAssertEqual(ContentType.of("sitemap.xml"), "application/xml")
        XCTAssertEqual(ContentType.of("robots.txt"), "text/plain; charset=utf-8")
        XCTAssertEqual(ContentType.of("img/Logo.PNG"), "image/png")
        XCTAssertEqual(ContentType.of("img/a.svg"), "image/svg+xml")
        XCTAssertEqual(ContentType.of("files/data.bin"), "application/octet-stream")
        XCTAssertEqual(ContentType.of("files/.hidden"), "application/octet-stream")
        XCTAssertEqual(ContentType.of("files/noext"), "application/octet-stream")
    }

    func testQuotedSourceLinesAreReadAgainOnlyForChangedFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-encoder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("content/a.md")
        try Data("first line\n".utf8).write(to: file)
        let diagnostic = Diagnostic(
            .error, code: "missing-page", message: "m", file: "content/a.md", line: 1, column: 3)
        let build = SessionBuild(
            number: 2, changedURLs: [], removedURLs: [], movedURLs: [:], cssOnly: false, diagnostics: [diagnostic],
            setupError: nil, renderedPages: 1, seconds: 0.01)
        let encoder = EventEncoder(siteRoot: root)
        XCTAssertEqual(encoder.event(for: build, changed: []).sources.first??.text, "first line")
        try Data("second line\n".utf8).write(to: file)
        XCTAssertEqual(
            encoder.event(for: build, changed: [root.appendingPathComponent("content/b.md").path]).sources.first??.text,
            "first line")
        XCTAssertEqual(encoder.event(for: build, changed: [file.path]).sources.first??.text, "second line")
        try Data("third line\n".utf8).write(to: file)
        XCTAssertEqual(
            encoder.event(for: build, changed: [root.appendingPathComponent("content").path]).sources.first??.text,
            "third line", "a changed folder")
        XCTAssertEqual(
            encoder.event(for: build, changed: []).json(),
            BuildEvent(
                build: 2, changed: [], cssOnly: false, diagnostics: [diagnostic],
                sources: [BuildEvent.SourceLine(text: "third line", caret: 2)], pages: 1, milliseconds: 10
            ).json())
    }
}
