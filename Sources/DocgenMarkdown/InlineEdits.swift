import CCmark
import Foundation

/// The changes the extensions make to runs of text nodes, gathered while the
/// tree walker reads the page (when every node's place in the file is known)
/// and made after it, so that no position is read from a node made here.
///
/// A run is a sequence of adjacent text nodes whose literals are exactly the
/// file's text (no escapes, no entities), so an index in the block's text
/// says where to cut. Each run with cuts is rebuilt: text between the cuts,
/// and for each cut a link, an HTML inline, nothing, or a placeholder for a
/// tilde run; then each pair of tilde placeholders becomes `<del>…</del>`
/// around the siblings between them.
struct InlineEdits {
    enum Replacement {
        case tilde(id: Int)
        /// A link whose `href` is `nodeURL` (a URL marker when the site rewrites it).
        case link(nodeURL: String, label: String)
        case html(String)
        case remove
    }

    struct Cut {
        var range: Range<Int>
        var replacement: Replacement
    }

    private struct RunEdit {
        var nodes: [OpaquePointer]
        var text: [UInt8]
        var range: Range<Int>
        var cuts: [Cut]
    }

    private var runs: [RunEdit] = []
    private var tildePairs: [(open: Int, close: Int)] = []
    private(set) var tildeCount = 0

    mutating func newTildeID() -> Int {
        tildeCount += 1
        return tildeCount - 1
    }

    mutating func pairTildes(open: Int, close: Int) { tildePairs.append((open, close)) }

    /// Records cuts (in any order, not overlapping) in the run of `nodes`
    /// whose literals, joined, are `text[range]`.
    mutating func add(cuts: [Cut], nodes: [OpaquePointer], text: [UInt8], range: Range<Int>) {
        guard !cuts.isEmpty else { return }
        runs.append(
            RunEdit(
                nodes: nodes, text: text, range: range, cuts: cuts.sorted { $0.range.lowerBound < $1.range.lowerBound })
        )
    }

    func apply(nodes factory: CmarkNodes) {
        var placeholders = [OpaquePointer?](repeating: nil, count: tildeCount)
        for run in runs {
            guard let first = run.nodes.first else { continue }
            var cursor = run.range.lowerBound
            func insertText(upTo end: Int) {
                guard end > cursor else { return }
                let text = factory.text(String(decoding: run.text[cursor..<end], as: UTF8.self))
                cmark_node_insert_before(first, text)
            }
            for cut in run.cuts where cut.range.lowerBound >= cursor {
                insertText(upTo: cut.range.lowerBound)
                let bytes = run.text[cut.range]
                switch cut.replacement {
                case .tilde(let id):
                    let placeholder = factory.text(String(decoding: bytes, as: UTF8.self))
                    placeholders[id] = placeholder
                    cmark_node_insert_before(first, placeholder)
                case .link(let nodeURL, let label):
                    let link = cmark_node_new_with_mem(CMARK_NODE_LINK, factory.memory)!
                    cmark_node_set_url(link, nodeURL)
                    cmark_node_append_child(link, factory.text(label))
                    cmark_node_insert_before(first, link)
                case .html(let html):
                    cmark_node_insert_before(first, factory.customInline(enter: html))
                case .remove:
                    break
                }
                cursor = cut.range.upperBound
            }
            insertText(upTo: run.range.upperBound)
            for node in run.nodes { cmark_node_unlink(node) }
        }
        for pair in tildePairs {
            guard let open = placeholders[pair.open], let close = placeholders[pair.close],
                cmark_node_parent(open) == cmark_node_parent(close)
            else { continue }
            let strikethrough = factory.customInline(enter: "<del>", exit: "</del>")
            cmark_node_insert_before(open, strikethrough)
            CmarkNodes.moveSiblings(after: open, until: close, into: strikethrough)
            cmark_node_unlink(open)
            cmark_node_unlink(close)
        }
    }
}
