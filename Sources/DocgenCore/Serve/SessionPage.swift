/// One Markdown file as a session keeps it between rebuilds: what reading
/// and parsing it gave, and its page's anchors (made once, for indexing).
final class SessionPage: Sendable {
    let page: Page?
    let diagnostics: [Diagnostic]
    let anchors: Set<String>

    init(_ loaded: PageLoader.Loaded, anchors: Set<String>) {
        page = loaded.page
        diagnostics = loaded.diagnostics
        self.anchors = anchors
    }
}
