import CCmark
import Foundation

/// Turns the two callout syntaxes into the theme's callout component:
/// - pairs of `:::` fence markers (see `BlockRewrites`) among the children of
///   one container, the longer fence outside, into a callout holding the
///   blocks between them; a fence never closed is an `unclosed-callout`
///   error and its callout runs to the end of its container;
/// - a block quote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
///   `[!WARNING]` or `[!CAUTION]` (GitHub alerts).
struct CalloutBuilder {
    let nodes: CmarkNodes
    let rewrites: BlockRewrites
    let source: SourceBuffer
    let readsFences: Bool
    private(set) var problems: [MarkdownProblem] = []

    init(nodes: CmarkNodes, rewrites: BlockRewrites, source: SourceBuffer) {
        self.nodes = nodes
        self.rewrites = rewrites
        self.source = source
        self.readsFences = rewrites.rewrites.contains {
            if case .footnote = $0.marker { return false }
            return true
        }
    }

    mutating func build(in container: OpaquePointer) {
        for child in CmarkNodes.children(of: container) {
            switch cmark_node_get_type(child) {
            case CMARK_NODE_BLOCK_QUOTE:
                build(in: child)
                convertAlert(child)
            case CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_CUSTOM_BLOCK:
                build(in: child)
            default:
                break
            }
        }
        if readsFences { pairFences(in: container) }
    }

    // MARK: - `:::` containers

    private struct OpenFence {
        var marker: OpaquePointer
        var colons: Int
        var type: String
        var title: String?
        var position: SourcePosition
    }

    private mutating func pairFences(in container: OpaquePointer) {
        var open: [OpenFence] = []
        for child in CmarkNodes.children(of: container) where cmark_node_get_type(child) == CMARK_NODE_HTML_BLOCK {
            guard let rewrite = rewrites.marker(atLine: Int(cmark_node_get_start_line(child))) else { continue }
            switch rewrite.marker {
            case .calloutOpen(let colons, let type, let title):
                open.append(
                    OpenFence(marker: child, colons: colons, type: type, title: title, position: rewrite.position))
            case .calloutClose(let colons):
                if let last = open.last, last.colons <= colons {
                    wrap(open.removeLast(), until: child)
                } else {
                    // A stray fence is text, as the reader typed it.
                    cmark_node_replace(child, nodes.paragraph(text: String(repeating: ":", count: colons)))
                }
            case .footnote:
                continue
            }
        }
        while let fence = open.popLast() {
            problems.append(
                MarkdownProblem(
                    kind: .unclosedCallout, position: fence.position,
                    message:
                        "the `\(String(repeating: ":", count: fence.colons))\(fence.type)` callout is never closed",
                    notes: [
                        "close it with a line of `\(String(repeating: ":", count: fence.colons))`; "
                            + "until then it runs to the end of its container"
                    ], target: fence.type))
            wrap(fence, until: nil)
        }
    }

    private func wrap(_ fence: OpenFence, until closer: OpaquePointer?) {
        let callout = nodes.customBlock(
            enter: CalloutStyle.openingHTML(type: fence.type, title: fence.title), exit: CalloutStyle.closingHTML)
        cmark_node_insert_before(fence.marker, callout)
        CmarkNodes.moveSiblings(after: fence.marker, until: closer, into: callout)
        cmark_node_unlink(fence.marker)
        if let closer { cmark_node_unlink(closer) }
    }

    // MARK: - GitHub alerts

    private static let alertTypes = ["note", "tip", "important", "warning", "caution"]

    private func convertAlert(_ quote: OpaquePointer) {
        guard let paragraph = cmark_node_first_child(quote), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
            let type = alertType(of: paragraph)
        else { return }
        // The marker's inlines, up to the end of its line.
        while let inline = cmark_node_first_child(paragraph) {
            let type = cmark_node_get_type(inline)
            cmark_node_unlink(inline)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { break }
        }
        if cmark_node_first_child(paragraph) == nil { cmark_node_unlink(paragraph) }
        let callout = nodes.customBlock(
            enter: CalloutStyle.openingHTML(type: type, title: nil), exit: CalloutStyle.closingHTML)
        NodeTag.set(callout, NodeTag.quoteContainer)
        cmark_node_insert_before(quote, callout)
        CmarkNodes.moveChildren(of: quote, to: callout)
        cmark_node_unlink(quote)
    }

    /// `note` for a paragraph whose first line is `[!NOTE]` alone.
    private func alertType(of paragraph: OpaquePointer) -> String? {
        let line = Int(cmark_node_get_start_line(paragraph))
        let range = source.lines.contentRange(ofLine: line, in: source.bytes)
        let start = min(range.lowerBound + Int(cmark_node_get_start_column(paragraph)) - 1, range.upperBound)
        var text = String(
            decoding: UnsafeBufferPointer(rebasing: source.bytes[start..<range.upperBound]), as: UTF8.self)
        while text.last == " " || text.last == "\t" { text.removeLast() }
        guard text.hasPrefix("[!"), text.hasSuffix("]") else { return nil }
        let type = text.dropFirst(2).dropLast().lowercased()
        return Self.alertTypes.contains(type) ? type : nil
    }
}
