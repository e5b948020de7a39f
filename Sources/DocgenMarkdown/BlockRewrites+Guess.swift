import CCmark
import Foundation

/// The rewrites guessed from the lines alone, so that a page with callouts
/// or footnotes is usually parsed once, not twice (once to find the lines,
/// once rewritten). The guess takes every `:::` line and every top-level
/// `[^label]:` line that follows a blank line, outside fenced code. The parse
/// of the guessed page confirms it: each guessed line must have become its
/// marker (not part of a code or HTML block), and the exact search on that
/// tree must find nothing more. Otherwise `MarkdownParser` falls back to the
/// exact way, so the guess changes how fast a page is read, never how.
extension BlockRewrites {
    init(guessingFrom source: SourceBuffer, extensions: MarkdownExtensions) {
        let readsFences =
            extensions.contains(.callouts)
            && BytePair.contains(source.bytes, UInt8(ascii: ":"), UInt8(ascii: ":"))
        let readsDefinitions =
            extensions.contains(.footnotes)
            && BytePair.contains(source.bytes, UInt8(ascii: "["), UInt8(ascii: "^"))
        guard readsFences || readsDefinitions else { return }
        var codeFence: (byte: UInt8, count: Int)?
        var previousIsBlank = true
        for line in 1...max(1, source.lines.lineCount) {
            let range = source.lines.contentRange(ofLine: line, in: source.bytes)
            var start = range.lowerBound
            while start < range.upperBound,
                [0x20, 0x09, UInt8(ascii: ">")].contains(source.bytes[start])
            {
                start += 1
            }
            defer { previousIsBlank = start == range.upperBound }
            let text = source.bytes[start..<range.upperBound]
            let first = text.first
            if first == UInt8(ascii: "`") || first == UInt8(ascii: "~") {
                let count = text.prefix { $0 == first }.count
                if let fence = codeFence {
                    if first == fence.byte, count >= fence.count, text.dropFirst(count).allSatisfy({ $0 == 0x20 }) {
                        codeFence = nil
                    }
                } else if count >= 3 {
                    codeFence = (first!, count)
                }
                continue
            }
            guard codeFence == nil else { continue }
            if readsFences, first == UInt8(ascii: ":"),
                let rewrite = Self.fenceRewrite(line: line, from: start, to: range.upperBound, source: source)
            {
                rewrites.append(rewrite)
            } else if readsDefinitions, previousIsBlank || rewrites.last?.line == line - 1,
                let rewrite = Self.footnoteRewrite(line: line, source: source)
            {
                rewrites.append(rewrite)
            }
        }
    }

    /// Whether the parse of the page with these rewrites (`root`, `source`)
    /// shows them to be exactly the ones the exact way would make.
    func isConfirmed(by root: OpaquePointer, source: SourceBuffer, extensions: MarkdownExtensions) -> Bool {
        var markers = Set<Int>()
        Self.collectMarkerLines(in: root, into: &markers)
        var child = cmark_node_first_child(root)
        while let current = child {
            if cmark_node_get_type(current) == CMARK_NODE_LIST {
                var item = cmark_node_first_child(current)
                while let node = item {
                    markers.insert(Int(cmark_node_get_start_line(node)))
                    item = cmark_node_next(node)
                }
            }
            child = cmark_node_next(current)
        }
        guard rewrites.allSatisfy({ markers.contains($0.line) }) else { return false }
        return BlockRewrites(root: root, source: source, extensions: extensions).isEmpty
    }

    /// The lines where an HTML block of the callout marker starts.
    private static func collectMarkerLines(in node: OpaquePointer, into lines: inout Set<Int>) {
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_HTML_BLOCK:
                if let literal = cmark_node_get_literal(current),
                    strncmp(literal, "<!-- docgen:callout -->", calloutMarker.count) == 0
                {
                    lines.insert(Int(cmark_node_get_start_line(current)))
                }
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM:
                collectMarkerLines(in: current, into: &lines)
            default:
                break
            }
            child = cmark_node_next(current)
        }
    }
}
