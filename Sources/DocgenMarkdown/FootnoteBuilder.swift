import CCmark
import Foundation

/// Footnotes as cmark-gfm 0.29 writes them (with an `aria-label` on the
/// section): each `[^label]` with a definition
/// becomes a numbered superscript link (numbered by first reference, in
/// document order), and the definitions that are used move to a
/// `<section class="footnotes">` at the end of the page, each with a link
/// back to its references. A definition nothing uses is not published
/// (`unused-footnote`); a reference with no definition stays text
/// (`undefined-footnote`).
///
/// Definitions reach the tree as list items (see `BlockRewrites`); `collect`
/// takes them out of their lists and leaves each where it was written, as a
/// block, so the tree walker reads them in document order, as cmark-gfm
/// numbers them. `finish` moves the used ones to the end.
struct FootnoteBuilder {
    struct Definition {
        var label: String
        var node: OpaquePointer
        var position: SourcePosition
        /// 1-based, once referenced.
        var number: Int?
        var references = 0
    }

    let nodes: CmarkNodes
    private(set) var definitions: [Definition] = []
    private var indexByKey: [String: Int] = [:]
    private var numbered: [Int] = []
    private(set) var problems: [MarkdownProblem] = []

    init(nodes: CmarkNodes) { self.nodes = nodes }

    /// Labels match as link labels do: case-insensitively.
    static func key(_ label: String) -> String { label.lowercased() }

    mutating func collect(in root: OpaquePointer, rewrites: BlockRewrites) {
        for list in CmarkNodes.children(of: root) where cmark_node_get_type(list) == CMARK_NODE_LIST {
            var insertionPoint = list
            for item in CmarkNodes.children(of: list) {
                guard let rewrite = rewrites.marker(atLine: Int(cmark_node_get_start_line(item))),
                    case .footnote(let label) = rewrite.marker
                else { continue }
                let block = nodes.customBlock(enter: "", exit: "")
                // `+   ` or `10.`: its text and its indented lines start at column 5.
                NodeTag.setItemContentColumn(block, 5)
                CmarkNodes.moveChildren(of: item, to: block)
                cmark_node_unlink(item)
                cmark_node_insert_after(insertionPoint, block)
                insertionPoint = block
                let key = Self.key(label)
                if let first = indexByKey[key] {
                    problems.append(
                        MarkdownProblem(
                            kind: .unusedFootnote, position: rewrite.position,
                            message: "footnote `[^\(label)]` is defined twice; this definition is not used",
                            notes: ["the first definition is at line \(definitions[first].position.line)"],
                            target: label))
                    cmark_node_unlink(block)
                    continue
                }
                indexByKey[key] = definitions.count
                definitions.append(Definition(label: label, node: block, position: rewrite.position))
            }
            if cmark_node_first_child(list) == nil { cmark_node_unlink(list) }
        }
    }

    /// A reference to `label` in document order: the HTML that replaces it, or
    /// nil when there is no such definition.
    mutating func reference(_ label: String) -> String? {
        guard let index = indexByKey[Self.key(label)] else { return nil }
        if definitions[index].number == nil {
            numbered.append(index)
            definitions[index].number = numbered.count
        }
        definitions[index].references += 1
        let number = definitions[index].number!
        let count = definitions[index].references
        let id = count == 1 ? "fnref\(number)" : "fnref\(number)-\(count)"
        return "<sup class=\"footnote-ref\"><a href=\"#fn\(number)\" id=\"\(id)\">\(number)</a></sup>"
    }

    /// The ids a `#fragment` may name: each published footnote and its references.
    var anchors: [String] {
        numbered.flatMap { index -> [String] in
            let number = definitions[index].number!
            return ["fn\(number)", "fnref\(number)"]
                + (1..<max(1, definitions[index].references)).map { "fnref\(number)-\($0 + 1)" }
        }
    }

    /// Moves the used definitions, in number order, to a footnotes section at
    /// the end of the page, drops the unused ones, and reports them.
    mutating func finish(in root: OpaquePointer) {
        for definition in definitions where definition.number == nil {
            problems.append(
                MarkdownProblem(
                    kind: .unusedFootnote, position: definition.position,
                    message:
                        "footnote `[^\(definition.label)]` is defined but never referenced, so it is not published",
                    notes: ["reference it as `[^\(definition.label)]` or remove the definition"],
                    target: definition.label))
            cmark_node_unlink(definition.node)
        }
        guard !numbered.isEmpty else { return }
        // cmark-gfm 0.29's section, named for assistive technology as github.com
        // names it (a section without a heading or label is unnamed).
        let section = nodes.customBlock(
            enter: "<section class=\"footnotes\" aria-label=\"Footnotes\">\n<ol>", exit: "</ol>\n</section>")
        for index in numbered {
            let definition = definitions[index]
            let number = definition.number!
            let item = nodes.customBlock(enter: "<li id=\"fn\(number)\">", exit: "</li>")
            CmarkNodes.moveChildren(of: definition.node, to: item)
            cmark_node_unlink(definition.node)
            addBackReferences(to: item, number: number, count: definition.references)
            cmark_node_append_child(section, item)
        }
        cmark_node_append_child(root, section)
    }

    /// cmark-gfm puts the back-link at the end of the definition's last
    /// paragraph, or on a line of its own after any other last block.
    private func addBackReferences(to item: OpaquePointer, number: Int, count: Int) {
        var html = ""
        for reference in 1...max(1, count) {
            let id = reference == 1 ? "fnref\(number)" : "fnref\(number)-\(reference)"
            let mark = reference == 1 ? "↩" : "↩<sup class=\"footnote-ref\">\(reference)</sup>"
            html += " <a href=\"#\(id)\" class=\"footnote-backref\">\(mark)</a>"
        }
        if let last = cmark_node_last_child(item), cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH {
            cmark_node_append_child(last, nodes.customInline(enter: html))
        } else {
            cmark_node_append_child(item, nodes.customBlock(enter: String(html.dropFirst()), exit: ""))
        }
    }
}
