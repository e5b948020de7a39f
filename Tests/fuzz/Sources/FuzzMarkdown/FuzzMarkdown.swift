import DocgenMarkdown
import FuzzSupport

/// A page body through `MarkdownParser` with every extension, as a site with
/// the defaults reads it: cmark's parse, the extension rewrites, the link
/// scanner and the position corrections. The input's length picks raw HTML
/// on or off and rendering on or off, so each corpus entry keeps its meaning.
/// Asserts that nothing crashes, that every position (heading, link, link
/// syntax problem, problem, first raw HTML) lies on a line and column of the
/// file, and that the rendered HTML's holes match the links that use them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: input, as: UTF8.self) else { return -1 }
    let parser = MarkdownParser(
        allowsRawHTML: size & 1 == 0, ownSiteURL: "https://example.com/docs", rendersHTML: size & 2 == 0,
        extensions: .all)
    let parsed = parser.parse(utf8: input)

    let lines = SourceLines(text)
    func check(_ position: SourcePosition, _ what: @autoclosure () -> String) {
        if !lines.contains(line: position.line, column: position.column) {
            SourceLines.fail("\(what()) at \(position), outside the file's \(lines.count) lines")
        }
    }
    for heading in parsed.headings { check(heading.position, "heading \(heading.text)") }
    for link in parsed.links { check(link.position, "link to \(link.destination)") }
    for problem in parsed.syntaxProblems { check(problem.position, "\(problem.kind) \(problem.excerpt)") }
    for problem in parsed.problems { check(problem.position, "\(problem.kind) \(problem.message)") }
    if let raw = parsed.firstRawHTML { check(raw, "first raw HTML") }

    let html = parsed.html
    if html.pieces.count != html.slots.count + 1 {
        SourceLines.fail("\(html.pieces.count) HTML pieces around \(html.slots.count) holes")
    }
    var filled = Set<Int>()
    for link in parsed.links where parser.rendersHTML {
        guard let slot = link.slot else { continue }
        if !html.slots.indices.contains(slot) { SourceLines.fail("link slot \(slot) of \(html.slots.count)") }
        if !filled.insert(slot).inserted { SourceLines.fail("two links share slot \(slot)") }
    }
    _ = html.htmlAsWritten
    return 0
}
