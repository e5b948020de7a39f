import Foundation

/// Turns a URL of the previous site (absolute, root-relative, or a path as
/// a list writes it) into a path of this site: scheme and host dropped, the
/// path of `base_url` stripped, query and fragment dropped, each segment's
/// percent-escapes decoded.
struct SitePath {
    /// The path of `base_url` without a trailing slash (`/docs`), or "".
    var basePath: String

    enum Failure: Error, Equatable {
        case otherScheme
        case outsideBase(path: String)
    }

    func path(of written: String) -> Result<String, Failure> {
        var text = Substring(written)
        if let cut = text.firstIndex(where: { $0 == "#" || $0 == "?" }) { text = text[..<cut] }
        var path: Substring
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || text.hasPrefix("//") {
            let afterScheme = text[text.range(of: "//")!.upperBound...]
            path = afterScheme.firstIndex(of: "/").map { afterScheme[$0...] } ?? "/"
            if !basePath.isEmpty {
                guard path == basePath || path.hasPrefix(basePath + "/") else {
                    return .failure(.outsideBase(path: String(path)))
                }
                path = path.dropFirst(basePath.count)
            }
        } else if LinkResolver.hasScheme(String(text)) {
            return .failure(.otherScheme)
        } else {
            path = text.hasPrefix("/") ? text : "/" + text
            // A list may hold the paths as the browser shows them, under base_url's path.
            if !basePath.isEmpty, path == basePath || path.hasPrefix(basePath + "/") {
                path = path.dropFirst(basePath.count)
            }
        }
        if path.isEmpty { path = "/" }
        let decoded = path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            String(segment).removingPercentEncoding ?? String(segment)
        }
        return .success(decoded.joined(separator: "/"))
    }
}
