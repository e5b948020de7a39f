import CCmark
import Foundation

/// A second document that cmark parses for the inline text cmark could not
/// see as blocks of their own: table cells, and the paragraph lines before a
/// table that shared its paragraph. GFM parses each cell's inlines on their
/// own, with the page's link reference definitions, which is what this does.
///
/// Each block is written as `x` and a continuation line per text line,
/// indented by four spaces: a line indented that far can start no block, so
/// cmark reads the text as inlines whatever it begins with (`#`, `-`, `>`,
/// `1.`, `[a]:`), and the `x` and its line break are removed after parsing.
/// The page's link reference definitions follow the blocks. Each block keeps
/// a `BlockText` that maps its text back to the file.
struct SyntheticText {
    private(set) var bytes: [UInt8] = []
    private(set) var blocks: [BlockText] = []
    private var nextLine = 1

    /// Adds a block of one or more lines, each given as its bytes and where they
    /// start in the file; returns the block's index. A table cell's
    /// `\\|` is written `|`, as cmark-gfm reads it, code spans included.
    mutating func add(lines: [(bytes: ArraySlice<UInt8>, sourceStart: Int)], isCell: Bool = false) -> Int {
        var text: [UInt8] = []
        text.reserveCapacity(1 + lines.reduce(0) { $0 + $1.bytes.count + 1 })
        text.append(UInt8(ascii: "x"))
        var textLines = [BlockText.Line(textStart: 0, sourceStart: lines.first?.sourceStart ?? 0, length: 0)]
        var removed: [Int] = []
        bytes.append(contentsOf: "x\n".utf8)
        for line in lines {
            text.append(0x0A)
            let start = text.count
            if isCell, line.bytes.contains(UInt8(ascii: "\\")) {
                var index = line.bytes.startIndex
                while index < line.bytes.endIndex {
                    let byte = line.bytes[index]
                    if byte == UInt8(ascii: "\\"), index + 1 < line.bytes.endIndex,
                        line.bytes[index + 1] == UInt8(ascii: "|")
                    {
                        removed.append(text.count)
                    } else {
                        text.append(byte)
                    }
                    index += 1
                }
            } else {
                text.append(contentsOf: line.bytes)
            }
            textLines.append(
                BlockText.Line(textStart: start, sourceStart: line.sourceStart, length: text.count - start))
            bytes.append(contentsOf: "    ".utf8)
            bytes.append(contentsOf: text[start...])
            bytes.append(0x0A)
        }
        bytes.append(0x0A)
        blocks.append(
            BlockText(text: text, lines: textLines, firstLine: nextLine, firstColumn: 1, removedBytes: removed))
        nextLine += lines.count + 2
        return blocks.count - 1
    }

    /// Appends the page's link reference definitions, so that `[text][ref]` and
    /// `[ref]` in a cell resolve as they do in the page.
    mutating func addDefinitions(from source: SourceBuffer) {
        for line in 1...max(1, source.lines.lineCount) {
            let range = source.lines.contentRange(ofLine: line, in: source.bytes)
            var start = range.lowerBound
            while start < range.upperBound, [0x20, 0x09, UInt8(ascii: ">")].contains(source.bytes[start]) {
                start += 1
            }
            guard start < range.upperBound, source.bytes[start] == UInt8(ascii: "["),
                let close = source.bytes[start..<range.upperBound].firstIndex(of: UInt8(ascii: "]")),
                close + 1 < range.upperBound, source.bytes[close + 1] == UInt8(ascii: ":")
            else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source.bytes[start..<range.upperBound]))
            bytes.append(contentsOf: "\n\n".utf8)
        }
    }

    /// Parses the document into the page's arena and returns, for each block,
    /// the paragraph that holds its inlines (the `x` line removed), or nil if
    /// cmark did not read the document as one paragraph per block.
    func parse(memory: UnsafeMutablePointer<cmark_mem>) -> [OpaquePointer]? {
        let root: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            let parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, memory)
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count)
            let root = cmark_parser_finish(parser)
            cmark_parser_free(parser)
            return root
        }
        guard let root else { return nil }
        var paragraphs: [OpaquePointer] = []
        var child = cmark_node_first_child(root)
        for block in blocks {
            guard let paragraph = child, cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                Int(cmark_node_get_start_line(paragraph)) == block.firstLine,
                let guardText = cmark_node_first_child(paragraph),
                let lineBreak = cmark_node_next(guardText),
                cmark_node_get_type(lineBreak) == CMARK_NODE_SOFTBREAK
            else { return nil }
            cmark_node_unlink(guardText)
            cmark_node_unlink(lineBreak)
            paragraphs.append(paragraph)
            child = cmark_node_next(paragraph)
        }
        return paragraphs
    }
}
