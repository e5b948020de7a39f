/// A heading of a page: its level, plain text, the id written into the HTML,
/// and where it starts in the file.
public struct MarkdownHeading: Hashable, Sendable {
    public var level: Int
    public var text: String
    public var id: String
    public var position: SourcePosition

    public init(level: Int, text: String, id: String, position: SourcePosition) {
        self.level = level
        self.text = text
        self.id = id
        self.position = position
    }
}
