import CCmark

/// How deep a page's Markdown may nest: blocks in blocks, inlines in inlines,
/// `:::` callouts in callouts. The tree walks after the parse recurse once per
/// level, so a hostile page (10,000 nested list markers, 50,000 `[`) would
/// grow the stack with the input; past this depth a page is refused instead
/// (`nesting-too-deep`). Real docs nest a dozen levels; 100 leaves them
/// far room and keeps every walk's stack small, sanitizers included.
public enum NestingLimit {
    public static let maximumDepth = 100

    /// The first node, in document order, deeper than `maximumDepth` levels
    /// below the document (plus the callouts that may wrap it), or nil. An
    /// iterator, not recursion: its cost does not grow the stack.
    static func firstTooDeep(in root: OpaquePointer, calloutNesting: Int = 0) -> OpaquePointer? {
        guard let iterator = cmark_iter_new(root) else { return nil }
        defer { cmark_iter_free(iterator) }
        var depth = calloutNesting
        while true {
            switch cmark_iter_next(iterator) {
            case CMARK_EVENT_ENTER:
                guard let node = cmark_iter_get_node(iterator) else { continue }
                if depth + 1 > maximumDepth { return node }
                if !isLeaf(node) { depth += 1 }
            case CMARK_EVENT_EXIT:
                depth -= 1
            default:
                return nil
            }
        }
    }

    /// How deep the `:::` fences of `rewrites` can nest callouts, as the
    /// line of the first fence to open each level: fences paired as
    /// `CalloutBuilder` pairs them, ignoring containers (which can only part
    /// them), so never fewer levels than the real nesting.
    static func calloutLevels(_ rewrites: BlockRewrites) -> [Int] {
        var open: [Int] = []
        var levels: [Int] = []
        for rewrite in rewrites.rewrites {
            switch rewrite.marker {
            case .calloutOpen(let colons, _, _):
                open.append(colons)
                if open.count > levels.count { levels.append(rewrite.line) }
            case .calloutClose(let colons):
                if let last = open.last, last <= colons { open.removeLast() }
            case .footnote:
                continue
            }
        }
        return levels
    }

    /// The node's line, or its nearest ancestor's when cmark gave it none
    /// (most inlines).
    static func line(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let node = current {
            let line = Int(cmark_node_get_start_line(node))
            if line > 0 { return line }
            current = cmark_node_parent(node)
        }
        return 1
    }

    /// cmark's iterator gives these an enter event only.
    private static func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
            CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }
}
