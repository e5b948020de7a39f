import DocgenMarkdown

/// One page of the site: a Markdown file (or a generated section listing)
/// with its URL, front matter and parsed body.
public struct Page: Sendable {
    /// Path relative to the content folder (`tokens/access_token.md`); for a
    /// generated section page, the folder (`tokens`).
    public var sourcePath: String
    /// Path relative to the site root, as diagnostics print it; nil for generated pages.
    public var file: String?
    public var url: String
    public var title: String
    public var frontMatter: FrontMatter
    public var markdown: ParsedMarkdown?
    /// Where the body HTML went when the build spooled it (`markdown.html` is then empty).
    var spooledHTML: HTMLSpool.Entry?
    /// Content-relative paths of every file an include read or looked for in vain, transitively,
    /// sorted: the page must be built again when one of them changes.
    public var includedFiles: [String] = []
    /// Where the lines of the parsed text came from, when includes brought
    /// in other files' lines; nil when the text is the file's own.
    public var sourceMap: SourceMap?
    /// The content folder whose section this page belongs to (`tokens`, or "" for the root).
    public var folder: String
    /// An `index.md` or a generated page: the page of a section folder.
    public var isSection: Bool

    public var isDraft: Bool { frontMatter.draft }

    /// The folder of the Markdown file, against which file-relative links
    /// resolve (a generated section page's own folder).
    public var sourceFolder: String {
        guard !isGenerated else { return sourcePath }
        guard let slash = sourcePath.lastIndex(of: "/") else { return "" }
        return String(sourcePath[..<slash])
    }
    public var isGenerated: Bool { file == nil }

    /// Who the page is from one build to the next, whatever its URL or
    /// position: its source path, or `/` + the folder of a generated section
    /// page (no source path starts with `/`).
    var identity: String { isGenerated ? "/" + sourcePath : sourcePath }

    /// Heading ids, raw-HTML ids and the ids the extensions write (footnotes
    /// and their references) that a `#fragment` may name.
    public var anchors: Set<String> {
        guard let markdown else { return [] }
        return Set(markdown.headings.map(\.id)).union(markdown.htmlAnchors).union(markdown.extensionAnchors)
    }

    /// Weight first (pages without one last), then title, then URL: the order of
    /// the navigation, section lists and previous/next links.
    static func navigationOrder(_ lhs: Page, _ rhs: Page) -> Bool {
        (lhs.frontMatter.weight ?? Int.max, lhs.title, lhs.url) < (
            rhs.frontMatter.weight ?? Int.max, rhs.title, rhs.url
        )
    }
}
