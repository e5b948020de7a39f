import XCTest
@testable import DocgenMarkdown

final class ZZScratch: XCTestCase {
    func testScratch() throws {
        let path = ProcessInfo.processInfo.environment["SCRATCH"] ?? "/tmp/scratch.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let parsed = MarkdownParser(extensions: .all).parse(text)
        print("HTML>>>\n" + parsed.html.htmlAsWritten + "<<<")
        for link in parsed.links { print("LINK", link.kind, link.destination, link.position, link.slot as Any) }
        for p in parsed.problems { print("PROBLEM", p.kind, p.position, p.message) }
        for p in parsed.syntaxProblems { print("SYNTAX", p.kind, p.position, p.target) }
        for h in parsed.headings { print("HEADING", h.level, h.text, h.id, h.position) }
        print("ANCHORS", parsed.extensionAnchors)
    }
}
