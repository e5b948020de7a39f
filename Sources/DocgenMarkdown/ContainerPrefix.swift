import CCmark

/// What the containers around a block put before each of its lines: the
/// `>` markers of its block quotes, and the content columns of the list items
/// inside its innermost quote (an item's indentation is whitespace after the
/// quote's marker). The tree walker and the table finder both descend with it.
struct ContainerPrefix {
    var quoteDepth = 0
    var itemColumns: [Int] = []

    /// The prefix of the children of `node`, a container in a block with this prefix.
    func entering(_ node: OpaquePointer, source: SourceBuffer) -> ContainerPrefix {
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_BLOCK_QUOTE
            || (type == CMARK_NODE_CUSTOM_BLOCK && NodeTag.get(node) == NodeTag.quoteContainer)
        {
            return ContainerPrefix(quoteDepth: quoteDepth + 1, itemColumns: [])
        }
        var inner = self
        if type == CMARK_NODE_ITEM {
            inner.itemColumns.append(
                LazyLine.contentColumn(
                    ofItemAt: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)),
                    source: source))
        } else if let column = NodeTag.itemContentColumn(node) {
            inner.itemColumns.append(column)
        }
        return inner
    }
}
