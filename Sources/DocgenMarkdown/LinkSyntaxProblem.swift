/// Link-shaped text that cmark left as plain text, found by scanning the source.
public struct LinkSyntaxProblem: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// `[text}(url)`, `[text](url` with no `)`, `[text] (url)`, `[text](a b)`.
        case malformedLink
        /// `[text][label]` or `[text][]` whose label has no definition.
        case undefinedReference
    }

    public var kind: Kind
    public var position: SourcePosition
    /// The URL inside the parentheses, or the reference label (on one line:
    /// each run of whitespace in it as one space).
    public var target: String
    /// The source text of the defect, for the message (one line at most).
    public var excerpt: String

    public init(kind: Kind, position: SourcePosition, target: String, excerpt: String) {
        self.kind = kind
        self.position = position
        self.target = target
        self.excerpt = excerpt
    }
}
