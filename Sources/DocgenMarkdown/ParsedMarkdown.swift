/// Everything docgen needs from one Markdown file, as plain Swift values: no
/// cmark pointer outlives `MarkdownParser.parse`.
public struct ParsedMarkdown: Sendable {
    public var headings: [MarkdownHeading]
    public var links: [MarkdownLink]
    public var syntaxProblems: [LinkSyntaxProblem]
    /// `[words]` left as text with no definition (`shortcutReference`):
    /// candidates the checker reports when their words read like link text.
    public var bracketedText: [LinkSyntaxProblem] = []
    /// Ids and names declared in published raw HTML (`id="…"`, `<a name="…">`).
    public var htmlAnchors: [String]
    /// Where the first raw HTML is, when the page has any.
    public var firstRawHTML: SourcePosition?
    /// Problems of the Markdown dialect: tables, callouts, footnotes, heading ids.
    public var problems: [MarkdownProblem]
    /// Ids the extensions write that links may name: footnotes (`fn1`) and
    /// their references (`fnref1`).
    public var extensionAnchors: [String]
    public var html: RenderedHTML

    public init(
        headings: [MarkdownHeading], links: [MarkdownLink], syntaxProblems: [LinkSyntaxProblem],
        htmlAnchors: [String], firstRawHTML: SourcePosition?, problems: [MarkdownProblem] = [],
        extensionAnchors: [String] = [], html: RenderedHTML
    ) {
        self.headings = headings
        self.links = links
        self.syntaxProblems = syntaxProblems
        self.htmlAnchors = htmlAnchors
        self.firstRawHTML = firstRawHTML
        self.problems = problems
        self.extensionAnchors = extensionAnchors
        self.html = html
    }
}
