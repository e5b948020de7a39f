/// What the server answers to one request path.
enum SiteRoute: Equatable {
    /// The file at this output-relative path (`index.html`, `a/b/index.html`, `docgen.css`).
    case file(String)
    /// A redirect to this location (already percent-encoded).
    case redirect(String, permanent: Bool)
    /// The theme's 404 page, with status 404.
    case notFound
    /// The server-sent events stream, `/__docgen/events`.
    case events
    /// The live-reload script, `/__docgen/live.js`.
    case liveScript
}
