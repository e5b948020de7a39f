/// The front-matter keys docgen knows, with the line of each key that can be
/// wrong later (a `url:` that collides, a `template:` that does not exist).
public struct FrontMatter: Sendable {
    public var title: String?
    public var description: String?
    public var draft = false
    public var weight: Int?
    public var slug: String?
    public var url: String?
    public var aliases: [String] = []
    public var template: String?
    /// Every other key, for templates as `page.params`.
    public var params: [String: TemplateValue] = [:]
    /// Line of each known key in the file, for diagnostics.
    public var keyLines: [String: Int] = [:]
    /// The last line of the front matter (its closing `---`), 0 when there is none.
    public var endLine = 0

    public init() {}
}
