import CCmark
import Foundation

/// Adjacent text nodes whose literals are exactly the block's text at their
/// place: no backslash escape, entity or stripped blank in between. Indexes
/// in the block's text then say where in the nodes the extensions cut.
struct TextRun {
    private(set) var nodes: [OpaquePointer] = []
    private(set) var range: Range<Int> = 0..<0

    var isEmpty: Bool { nodes.isEmpty }

    /// Adds a text node that starts at `index` of `block`'s text, if its
    /// literal is the text there and it continues the run; false otherwise.
    mutating func extend(with node: OpaquePointer, at index: Int, in block: BlockText) -> Bool {
        guard let literal = cmark_node_get_literal(node) else { return false }
        let count = strlen(literal)
        guard count > 0, index >= 0, index + count <= block.text.count, nodes.isEmpty || range.upperBound == index
        else { return false }
        let matches = block.text.withUnsafeBufferPointer { text in
            memcmp(text.baseAddress! + index, literal, count) == 0
        }
        guard matches else { return false }
        if nodes.isEmpty { range = index..<index }
        nodes.append(node)
        range = range.lowerBound..<(index + count)
        return true
    }
}
