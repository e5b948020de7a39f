/// The Markdown that docgen reads beyond CommonMark: GitHub Flavored Markdown's
/// extensions, the callouts of GitHub and of docs generators, footnotes and
/// explicit heading ids. Each can be turned off in `docgen.yml`
/// (`markdown: {extensions: [...]}`); with none, a page's HTML is cmark's own.
public struct MarkdownExtensions: OptionSet, Hashable, Sendable {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    /// GFM pipe tables.
    public static let tables = MarkdownExtensions(rawValue: 1 << 0)
    /// `~~deleted~~` and `~deleted~`.
    public static let strikethrough = MarkdownExtensions(rawValue: 1 << 1)
    /// `- [ ]` and `- [x]` list items.
    public static let tasklists = MarkdownExtensions(rawValue: 1 << 2)
    /// `www.…`, `http://…`, `https://…` and e-mail addresses in text.
    public static let autolinks = MarkdownExtensions(rawValue: 1 << 3)
    /// `[^label]` references and `[^label]: text` definitions.
    public static let footnotes = MarkdownExtensions(rawValue: 1 << 4)
    /// GitHub alerts (`> [!NOTE]`) and `:::type` containers.
    public static let callouts = MarkdownExtensions(rawValue: 1 << 5)
    /// `## Title {#custom-id}`.
    public static let headingIDs = MarkdownExtensions(rawValue: 1 << 6)

    public static let all: MarkdownExtensions = [
        .tables, .strikethrough, .tasklists, .autolinks, .footnotes, .callouts, .headingIDs,
    ]

    /// The names `docgen.yml` uses, in the order the README lists them.
    public static let names: [(name: String, extensions: MarkdownExtensions)] = [
        ("tables", .tables), ("strikethrough", .strikethrough), ("tasklists", .tasklists),
        ("autolinks", .autolinks), ("footnotes", .footnotes), ("callouts", .callouts),
        ("heading_ids", .headingIDs),
    ]

    /// The extension `docgen.yml` calls `name`, or nil.
    public init?(name: String) {
        guard let entry = Self.names.first(where: { $0.name == name }) else { return nil }
        self = entry.extensions
    }
}
