/// A problem in a page's Markdown dialect (not in a link): a table that is not
/// one, a callout never closed, a footnote with no definition or no reference,
/// a heading id given twice.
public struct MarkdownProblem: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// Lines that look like a table but are not one, published as text (warning).
        case malformedTable = "malformed-table"
        /// A `:::` container with no closing `:::` line (error).
        case unclosedCallout = "unclosed-callout"
        /// `[^x]` with no `[^x]:` definition (error).
        case undefinedFootnote = "undefined-footnote"
        /// A `[^x]:` definition that no reference uses (warning).
        case unusedFootnote = "unused-footnote"
        /// Two headings of one page with the same explicit `{#id}` (error).
        case duplicateID = "duplicate-id"
        /// Blocks or inlines nested deeper than `NestingLimit` allows (error).
        case nestingTooDeep = "nesting-too-deep"
    }

    public var kind: Kind
    public var position: SourcePosition
    public var message: String
    public var notes: [String]
    /// What the problem names: the footnote label, the id; nil otherwise.
    public var target: String?

    public init(kind: Kind, position: SourcePosition, message: String, notes: [String] = [], target: String? = nil) {
        self.kind = kind
        self.position = position
        self.message = message
        self.notes = notes
        self.target = target
    }
}
