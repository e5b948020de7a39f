import CCmark

/// What the tree walker knows about the paragraph, heading or cell whose
/// inlines it is reading, for the extensions that look at runs of text.
struct InlineContext {
    let block: BlockText
    /// The paragraph, heading or cell itself.
    let container: OpaquePointer
    let isHeading: Bool
    /// Whether any extension reads runs of text at all.
    var readsRuns = false
    /// The first paragraph of a list item, which may start with `[ ]`.
    var isTaskCandidate = false
    /// Where the block's own text starts in `block` (past the guard line of
    /// a synthetic block).
    var textStart = 0
    /// How many links hold the inlines being read: no autolink inside a link.
    var linkDepth = 0
    /// A heading's `{#id}`, once found.
    var explicitID: ExplicitID?

    init(block: BlockText, container: OpaquePointer, isHeading: Bool) {
        self.block = block
        self.container = container
        self.isHeading = isHeading
    }
}

/// A heading's explicit `{#id}`: the id, how many bytes of the heading's
/// text it and the blanks before it take, and where it is.
struct ExplicitID {
    var id: String
    var removedBytes: Int
    var position: SourcePosition
}

/// A heading read, waiting for its id until every heading is known.
struct PendingHeading {
    var level: Int
    var text: String
    var explicitID: ExplicitID?
    var position: SourcePosition
}
