import CCmark
import Foundation

/// The lines of a page that cmark must read differently for two extensions
/// whose syntax CommonMark gives another meaning:
/// - a `:::type Title` or `:::` fence line of a callout is paragraph text to
///   cmark, which would run the callout's first paragraph into it; it becomes
///   an HTML comment, an HTML block of its own line that ends any paragraph,
///   and `CalloutBuilder` later turns each pair of them into a callout;
/// - a footnote definition `[^label]: text` is a link reference definition
///   to cmark; its marker becomes a list item marker with the same content
///   indent (4), so the definition's indented paragraphs and code stay in it,
///   and `FootnoteBuilder` takes that item out of its list.
///
/// Only lines the first parse shows to be paragraph text (fences) or top-level
/// text outside code and HTML blocks (definitions) are touched, so a fence in
/// a code block stays code. Every rewrite keeps the line count, so cmark's
/// line numbers stay the file's; a changed line's column shift is recorded.
struct BlockRewrites {
    enum Marker: Equatable {
        case calloutOpen(colons: Int, type: String, title: String?)
        case calloutClose(colons: Int)
        case footnote(label: String)
    }

    struct Rewrite {
        var line: Int
        /// The bytes of the original line that are replaced.
        var range: Range<Int>
        var replacement: [UInt8]
        var marker: Marker
        /// Where the fence or definition starts in the file.
        var position: SourcePosition
        /// Characters to add to a column of the rewritten line.
        var columnShift: Int
    }

    var rewrites: [Rewrite] = []

    var isEmpty: Bool { rewrites.isEmpty }

    static let calloutMarker = Array("<!-- docgen:callout -->".utf8)

    /// No rewrite.
    init() {}

    /// Finds the lines to rewrite from the first parse of the page.
    init(root: OpaquePointer, source: SourceBuffer, extensions: MarkdownExtensions) {
        if extensions.contains(.callouts), BytePair.contains(source.bytes, UInt8(ascii: ":"), UInt8(ascii: ":")) {
            findFences(in: root, source: source, quoteDepth: 0)
        }
        if extensions.contains(.footnotes), BytePair.contains(source.bytes, UInt8(ascii: "["), UInt8(ascii: "^")) {
            findFootnoteDefinitions(root: root, source: source)
        }
        rewrites.sort { $0.line < $1.line }
    }

    /// The page's bytes with every rewrite applied.
    func apply(to bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + rewrites.count * 24)
        var copied = 0
        for rewrite in rewrites {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<rewrite.range.lowerBound]))
            output.append(contentsOf: rewrite.replacement)
            copied = rewrite.range.upperBound
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        return output
    }

    var columnShifts: [Int: Int] {
        var shifts: [Int: Int] = [:]
        for rewrite in rewrites where rewrite.columnShift != 0 { shifts[rewrite.line] = rewrite.columnShift }
        return shifts
    }

    /// The rewrite of `line`, found by bisection (the rewrites are in line order).
    func marker(atLine line: Int) -> Rewrite? {
        var low = 0
        var high = rewrites.count
        while low < high {
            let middle = (low + high) / 2
            if rewrites[middle].line < line { low = middle + 1 } else { high = middle }
        }
        return low < rewrites.count && rewrites[low].line == line ? rewrites[low] : nil
    }

    // MARK: - Callout fences

    private mutating func findFences(in node: OpaquePointer, source: SourceBuffer, quoteDepth: Int) {
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_PARAGRAPH:
                findFences(inParagraph: current, source: source, quoteDepth: quoteDepth)
            case CMARK_NODE_BLOCK_QUOTE:
                findFences(in: current, source: source, quoteDepth: quoteDepth + 1)
            case CMARK_NODE_LIST, CMARK_NODE_ITEM:
                findFences(in: current, source: source, quoteDepth: quoteDepth)
            default:
                break
            }
            child = cmark_node_next(current)
        }
    }

    private mutating func findFences(inParagraph paragraph: OpaquePointer, source: SourceBuffer, quoteDepth: Int) {
        let first = Int(cmark_node_get_start_line(paragraph))
        let last = max(first, Int(cmark_node_get_end_line(paragraph)))
        var paragraphColumn = 0
        for line in first...last {
            let range = source.lines.contentRange(ofLine: line, in: source.bytes)
            let start =
                line == first
                ? min(range.lowerBound + Int(cmark_node_get_start_column(paragraph)) - 1, range.upperBound)
                : source.contentStart(in: range, quoteDepth: quoteDepth)
            let column = Self.visualColumn(of: start, lineStart: range.lowerBound, source: source)
            if line == first {
                paragraphColumn = column
            } else if column >= paragraphColumn + 4 {
                // Indented 4 columns past the paragraph, its marker would be
                // paragraph text too (inline HTML), not a block: the line stays text.
                continue
            }
            if let rewrite = Self.fenceRewrite(line: line, from: start, to: range.upperBound, source: source) {
                rewrites.append(rewrite)
            }
        }
    }

    /// The 0-based column of `offset` as cmark counts indentation: a tab
    /// goes to the next multiple of 4, a character is one column.
    private static func visualColumn(of offset: Int, lineStart: Int, source: SourceBuffer) -> Int {
        var column = 0
        for byte in source.bytes[lineStart..<offset] where byte & 0xC0 != 0x80 {
            column = byte == 0x09 ? (column / 4 + 1) * 4 : column + 1
        }
        return column
    }

    /// The rewrite of a callout fence whose text runs from `start` to `end`, if it is one.
    static func fenceRewrite(line: Int, from start: Int, to end: Int, source: SourceBuffer) -> Rewrite? {
        guard let fence = CalloutFence(UnsafeBufferPointer(rebasing: source.bytes[start..<end])) else { return nil }
        let marker: Marker =
            fence.type.map { .calloutOpen(colons: fence.colons, type: $0, title: fence.title) }
            ?? .calloutClose(colons: fence.colons)
        return Rewrite(
            line: line, range: start..<end, replacement: calloutMarker, marker: marker,
            position: source.position(ofOffset: start), columnShift: 0)
    }

    // MARK: - Footnote definitions

    private mutating func findFootnoteDefinitions(root: OpaquePointer, source: SourceBuffer) {
        // Lines inside top-level blocks other than paragraphs (code, HTML,
        // lists, quotes) are not top-level definitions.
        var covered: [ClosedRange<Int>] = []
        var child = cmark_node_first_child(root)
        while let current = child {
            if cmark_node_get_type(current) != CMARK_NODE_PARAGRAPH {
                let start = Int(cmark_node_get_start_line(current))
                covered.append(start...max(start, Int(cmark_node_get_end_line(current))))
            }
            child = cmark_node_next(current)
        }
        var coveredIndex = 0
        for line in 1...max(1, source.lines.lineCount) {
            while coveredIndex < covered.count, covered[coveredIndex].upperBound < line { coveredIndex += 1 }
            if coveredIndex < covered.count, covered[coveredIndex].contains(line) { continue }
            if let rewrite = Self.footnoteRewrite(line: line, source: source) { rewrites.append(rewrite) }
        }
    }

    /// The rewrite of a footnote definition's first line, if `line` is one.
    static func footnoteRewrite(line: Int, source: SourceBuffer) -> Rewrite? {
        let range = source.lines.contentRange(ofLine: line, in: source.bytes)
        guard let definition = FootnoteDefinitionLine(UnsafeBufferPointer(rebasing: source.bytes[range])) else {
            return nil
        }
        let restStart = range.lowerBound + definition.contentOffset
        let isEmpty = restStart == range.upperBound
        // `+` and three spaces: content indent 4, as a definition's. A
        // definition with nothing on its first line starts an item with
        // a blank line, whose content indent is its marker's width + 1.
        let replacement = Array((isEmpty ? "10." : "+   ").utf8)
        let removedCharacters = source.bytes[range.lowerBound..<restStart].reduce(0) {
            $1 & 0xC0 == 0x80 ? $0 : $0 + 1
        }
        return Rewrite(
            line: line, range: range.lowerBound..<restStart, replacement: replacement,
            marker: .footnote(label: definition.label),
            position: source.position(ofOffset: range.lowerBound + definition.markerOffset),
            columnShift: removedCharacters - replacement.count)
    }
}
