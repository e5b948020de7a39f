/// One URL the previous site served, where it was read from.
public struct PreviousURL: Sendable, Equatable {
    /// As written in the sitemap or list (`https://auth0.com/docs/a/`), or
    /// `/a/` for a file of a previous output folder.
    public var written: String
    /// The site path it names: base path stripped, percent-escapes decoded,
    /// no query or fragment (`/a/`, `/img/logo.png`).
    public var path: String
    /// Where it was read, relative to the site folder (`../` when outside it):
    /// the sitemap, the list, or the file in the previous output folder.
    public var file: String
    public var line: Int?
    public var column: Int?
    /// For a previous output folder, the HTML file the URL served: its title
    /// and text help find the page's new home.
    public var htmlFile: String?

    public init(
        written: String, path: String, file: String, line: Int? = nil, column: Int? = nil, htmlFile: String? = nil
    ) {
        self.written = written
        self.path = path
        self.file = file
        self.line = line
        self.column = column
        self.htmlFile = htmlFile
    }
}
