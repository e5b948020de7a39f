import CCmark
import Foundation

/// Small edits of a cmark tree that the extensions make: new custom nodes
/// whose HTML is fixed text, text nodes, and moving runs of siblings.
///
/// Every node is made with the page's arena allocator, so nodes move freely
/// between the page's tree and the trees parsed for table cells: the arena
/// frees them all together.
struct CmarkNodes {
    let memory: UnsafeMutablePointer<cmark_mem>

    /// A block that cmark renders as `enter`, its children, then `exit`, each
    /// on lines of their own.
    func customBlock(enter: String, exit: String) -> OpaquePointer {
        let node = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory)!
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// An inline that cmark renders as `enter`, its children, then `exit`.
    func customInline(enter: String, exit: String = "") -> OpaquePointer {
        let node = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, memory)!
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    func text(_ literal: String) -> OpaquePointer {
        let node = cmark_node_new_with_mem(CMARK_NODE_TEXT, memory)!
        cmark_node_set_literal(node, literal)
        return node
    }

    func paragraph(text literal: String) -> OpaquePointer {
        let node = cmark_node_new_with_mem(CMARK_NODE_PARAGRAPH, memory)!
        cmark_node_append_child(node, text(literal))
        return node
    }

    /// Moves the siblings after `first` up to (not including) `end`, or to
    /// the last sibling when `end` is nil, into `container`.
    static func moveSiblings(after first: OpaquePointer, until end: OpaquePointer?, into container: OpaquePointer) {
        var next = cmark_node_next(first)
        while let node = next, node != end {
            next = cmark_node_next(node)
            cmark_node_append_child(container, node)
        }
    }

    /// Moves every child of `source` to the end of `destination`.
    static func moveChildren(of source: OpaquePointer, to destination: OpaquePointer) {
        while let child = cmark_node_first_child(source) { cmark_node_append_child(destination, child) }
    }

    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }
}
