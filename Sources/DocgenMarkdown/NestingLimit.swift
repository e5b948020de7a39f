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
    /// (the document is level 1, and the callouts that may wrap a node count
    /// too), or nil. A loop over child, sibling and parent links, not
    /// recursion: it never grows the stack; and it asks cmark nothing but
    /// those links, as it runs on every page.
    static func firstTooDeep(in root: OpaquePointer, calloutNesting: Int = 0) -> OpaquePointer? {
        var depth = calloutNesting + 2
        var current = cmark_node_first_child(root)
        while let node = current {
            if depth > maximumDepth { return node }
            if let child = cmark_node_first_child(node) {
                current = child
                depth += 1
                continue
            }
            // The next node in document order: a sibling here or of an ancestor.
            current = nil
            var climbing = node
            while climbing != root {
                if let next = cmark_node_next(climbing) {
                    current = next
                    break
                }
                guard let parent = cmark_node_parent(climbing) else { break }
                climbing = parent
                depth -= 1
            }
        }
        return nil
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
}
