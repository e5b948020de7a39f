/// A parsed template. Parsing happens once per build; rendering walks the
/// nodes with no further string work on tag names.
public struct MustacheTemplate: Sendable {
    let nodes: [MustacheNode]
    /// `{{> name}}` tags with their 1-based lines, to check that partials exist.
    public let partials: [(name: String, line: Int)]

    public init(_ text: String) throws(MustacheSyntaxError) {
        (nodes, partials) = try MustacheParser.parse(text)
    }
}
