/// A link, image, autolink or raw-HTML `href`/`src` found in a page, with the
/// destination as cmark resolved it (reference definitions applied, escapes and
/// entities decoded) and the position of its first character in the file.
public struct MarkdownLink: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case link, image, autolink
        /// `href` of an `<a>` in raw HTML (only read when raw HTML is published).
        case htmlHref
        /// `src` of an `<img>` in raw HTML (only read when raw HTML is published).
        case htmlSource
    }

    public var kind: Kind
    public var destination: String
    public var position: SourcePosition
    /// The index of this link's URL slot in `RenderedHTML`, when the renderer left
    /// its URL for the site to rewrite.
    public var slot: Int?

    public init(kind: Kind, destination: String, position: SourcePosition, slot: Int? = nil) {
        self.kind = kind
        self.destination = destination
        self.position = position
        self.slot = slot
    }

    /// Images and `<img src>` name files, not pages.
    public var isImage: Bool { kind == .image || kind == .htmlSource }
}
