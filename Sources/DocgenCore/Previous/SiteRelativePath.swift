import Foundation

/// How diagnostics name a file given on the command line: relative to the
/// site folder, as every diagnostic's `file` is, with `../` segments when it
/// is outside (`../../tmp/sitemap.xml`), so the terminal printer can still
/// quote its lines.
enum SiteRelativePath {
    static func of(_ location: URL, siteRoot: URL) -> String {
        let target = location.standardizedFileURL.pathComponents
        let site = siteRoot.standardizedFileURL.pathComponents
        var common = 0
        while common < target.count, common < site.count, target[common] == site[common] { common += 1 }
        let parts = Array(repeating: "..", count: site.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
