/// Maps a request's raw (percent-encoded) path to what the site holds, the
/// way a static host serves the folder `docgen build` writes: `/a/` is
/// `a/index.html`, `/a` is redirected to `/a/` when that is a folder, and the
/// site lives under `base_url`'s path (`/` redirects there).
///
/// It only ever looks names up in the built site (`exists`), never in the
/// file system, and `RequestPath` refuses `..`, `%2e%2e` and encoded slashes
/// first: no request reaches anything outside the site.
struct SiteRouter {
    /// Where docgen's own endpoints live, outside any base path.
    static let eventsPath = ["__docgen", "events"]
    static let scriptPath = ["__docgen", "live.js"]

    /// The path part of `base_url`, percent-encoded as in the site's links
    /// (`/docs`), or "".
    var basePath: String
    /// Whether the site has a file at this output-relative path.
    var exists: (String) -> Bool

    func route(rawPath: String, rawQuery: String) -> SiteRoute {
        guard let path = RequestPath(raw: rawPath) else { return .notFound }
        if path.segments == Self.eventsPath { return .events }
        if path.segments == Self.scriptPath { return .liveScript }
        let base = RequestPath(raw: basePath + "/")?.segments ?? []
        guard path.segments.starts(with: base) else {
            return path.segments.isEmpty ? .redirect(basePath + "/", permanent: false) : .notFound
        }
        let inside = path.segments.dropFirst(base.count).joined(separator: "/")
        if path.namesFolder {
            let index = inside.isEmpty ? "index.html" : inside + "/index.html"
            return exists(index) ? .file(index) : .notFound
        }
        if !inside.isEmpty, exists(inside) { return .file(inside) }
        if inside.isEmpty || exists(inside + "/index.html") {
            let query = rawQuery.isEmpty ? "" : "?" + rawQuery
            return .redirect(rawPath + "/" + query, permanent: true)
        }
        return .notFound
    }
}
