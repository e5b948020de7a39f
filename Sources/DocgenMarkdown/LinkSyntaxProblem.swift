/// Link-shaped text that cmark left as plain text, found by scanning the source.
public struct LinkSyntaxProblem: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// `[text}(url)`, `[text](url` with no `)`, `[text] (url)`, `[text](a b)`.
        case malformedLink
        /// `[text][label]` or `[text][]` whose label has no definition.
        case undefinedReference
        /// `[words]` with no definition, published with its brackets: a
        /// shortcut reference meant as a link when its words read like
        /// link text (the checker decides; `target` is the text).
        case shortcutReference
    }

    /// Which defect a `malformedLink` is, for the hint that says how to fix it.
    public enum Shape: String, Sendable {
        /// `[text}(url)`, `[text](url`, `[text] (url)`, `[text](a b)`: cmark made no link.
        case unlinked
        /// `[text](url))`: a `)` after a link, with no `(` open before it.
        case strayParenthesis
        /// `[text](url)]`: a `]` after a link, with no `[` open before it.
        case strayBracket
        /// `[RFC 7518 (https://…)]`, `[text https://…]`: the URL inside the brackets.
        case urlInBrackets
        /// `(text)[url]`: parentheses and brackets swapped.
        case reversed
        /// `[a](b "title)`: a title whose quote never closes.
        case unterminatedTitle
    }

    public var kind: Kind
    public var position: SourcePosition
    /// The URL inside the parentheses, or the reference label (on one line:
    /// each run of whitespace in it as one space).
    public var target: String
    /// The source text of the defect, for the message (one line at most).
    public var excerpt: String
    public var shape: Shape

    public init(kind: Kind, position: SourcePosition, target: String, excerpt: String, shape: Shape = .unlinked) {
        self.kind = kind
        self.position = position
        self.target = target
        self.excerpt = excerpt
        self.shape = shape
    }
}
