import XCTest

/// Compares positioned entries (`"12:7 link /x"`) in order and, on a
/// mismatch, names each missing and unexpected entry with its source line
/// (and, when given, the construct each expected entry was written in), so a
/// failure of the generated-position tests reads as a bug report.
func assertSame(
    _ actual: [String], _ expected: [String], constructs: [String] = [], _ what: String, _ context: String,
    _ markdown: String, file: StaticString = #filePath, line: UInt = #line
) {
    guard actual != expected else { return }
    let sourceLines = markdown.split(
        omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    func show(_ entry: String) -> String {
        let lineNumber = Int(entry.prefix { $0 != ":" }) ?? 0
        let text = lineNumber >= 1 && lineNumber <= sourceLines.count ? String(sourceLines[lineNumber - 1]) : "?"
        return "\(entry)    | \(text.debugDescription)"
    }
    let missing = expected.enumerated().filter { !actual.contains($0.element) }
    let unexpected = actual.filter { !expected.contains($0) }
    var message = "\(context): \(what) differ\n"
    message += missing.prefix(15).map { entry in
        let construct = constructs.indices.contains(entry.offset) ? "  [\(constructs[entry.offset])]" : ""
        return "  missing    \(show(entry.element))\(construct)"
    }.joined(separator: "\n")
    if !missing.isEmpty { message += "\n" }
    message += unexpected.prefix(15).map { "  unexpected " + show($0) }.joined(separator: "\n")
    if missing.isEmpty && unexpected.isEmpty { message += "  same entries, different order" }
    XCTFail(message, file: file, line: line)
}
