import CCmark

/// What the extensions tell the tree walker about a node they made, in the
/// node's `user_data`: a callout made from a block quote (its lines still
/// start with `>`), or an inline container parsed from a table cell or a
/// paragraph split by a table (its positions are in a second document).
enum NodeTag {
    /// A custom block whose lines carry one more level of `>` markers.
    static let quoteContainer = 1
    /// Tags from this one on are `synthetic + index` into the page's `SyntheticText.blocks`.
    static let synthetic = 16

    /// A custom block made from a list item whose content starts at
    /// `column` (a footnote definition), for `LazyLine`.
    static func setItemContentColumn(_ node: OpaquePointer, _ column: Int) { set(node, -column) }

    static func itemContentColumn(_ node: OpaquePointer) -> Int? {
        let tag = get(node)
        return tag < 0 ? -tag : nil
    }

    static func set(_ node: OpaquePointer, _ tag: Int) {
        cmark_node_set_user_data(node, UnsafeMutableRawPointer(bitPattern: tag))
    }

    static func get(_ node: OpaquePointer) -> Int {
        guard let data = cmark_node_get_user_data(node) else { return 0 }
        return Int(bitPattern: data)
    }

    /// The index of the synthetic block a node's inlines were parsed in, if any.
    static func syntheticIndex(_ node: OpaquePointer) -> Int? {
        let tag = get(node)
        return tag >= synthetic ? tag - synthetic : nil
    }
}
