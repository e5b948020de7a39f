import FuzzSupport

@testable import DocgenCore

/// Front matter as `PageLoader` reads it: the file's bytes (valid UTF-8, as
/// the loader checks first) are split in place into front matter and body.
/// Asserts that nothing crashes, that the body keeps the file's lines (its
/// lines after the front matter are the file's own, byte for byte), and that
/// every key line and problem names a line inside the front matter.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: input, as: UTF8.self) else { return -1 }
    var bytes = Array(input)
    let split = bytes.withUnsafeMutableBufferPointer { FrontMatterParser().parse(blankingIn: $0) }
    let body = String(decoding: bytes[split.bodyStart...], as: UTF8.self)

    let frontMatter = split.frontMatter
    let fileLines = SourceLines(text)
    let bodyLines = SourceLines(body)
    // A closing fence with no line end after it is blanked to a `\n`, which
    // adds an empty last line: nothing can be reported on it.
    let closesAtEnd = frontMatter.endLine == fileLines.count
    if bodyLines.count != fileLines.count, !(closesAtEnd && bodyLines.count == fileLines.count + 1) {
        SourceLines.fail("body has \(bodyLines.count) lines, the file \(fileLines.count)")
    }
    if frontMatter.endLine > 0 {
        // Past the front matter the body is the file, byte for byte.
        let tail = bytes[split.bodyStart...].drop { $0 == UInt8(ascii: "\n") }
        if !input.suffix(tail.count).elementsEqual(tail) { SourceLines.fail("body differs from the file") }
        if bytes[split.bodyStart..<(split.bodyStart + frontMatter.endLine)].contains(where: { $0 != 0x0A }) {
            SourceLines.fail("a front-matter line is not blanked")
        }
    }
    for (key, line) in frontMatter.keyLines where line < 2 || line >= max(frontMatter.endLine, 2) {
        SourceLines.fail("key `\(key)` on line \(line), outside the front matter (ends \(frontMatter.endLine))")
    }
    for problem in split.problems {
        if !fileLines.contains(line: problem.line, column: problem.column ?? 1) {
            SourceLines.fail("problem at \(problem.line):\(problem.column ?? 0) outside the file: \(problem.message)")
        }
    }
    // The public entry point, which copies: the same front matter.
    let result = FrontMatterParser().parse(text)
    if result.frontMatter.endLine != frontMatter.endLine || result.problems != split.problems {
        SourceLines.fail(
            "parse(_:) and parse(blankingIn:) disagree: \(result.frontMatter.endLine) \(result.problems)"
                + " vs \(frontMatter.endLine) \(split.problems)")
    }
    return 0
}
