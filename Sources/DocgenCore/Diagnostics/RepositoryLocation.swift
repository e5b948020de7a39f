import Foundation

/// Where the site folder is in its git work tree, so SARIF and job-summary
/// links name files as the repository does (`docs/content/a.md` for a site in
/// `docs/`). Outside a work tree, paths stay relative to the site folder.
public struct RepositoryLocation: Sendable, Equatable {
    /// The site folder relative to the work tree's root, with a trailing `/`
    /// ("" at the root, or outside a work tree).
    public var sitePrefix: String

    public init(sitePrefix: String) { self.sitePrefix = sitePrefix }

    /// Walks up from the site folder (symlinks resolved) to the first folder
    /// holding `.git` (a folder, or the file a linked worktree or submodule has).
    public init(siteRoot: URL) {
        let site = siteRoot.standardizedFileURL.resolvingSymlinksInPath().path
        var folder = site
        while true {
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(".git")) {
                let relative = folder == "/" ? String(site.dropFirst()) : String(site.dropFirst(folder.count + 1))
                sitePrefix = relative.isEmpty ? "" : relative + "/"
                return
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { break }
            folder = parent
        }
        sitePrefix = ""
    }

    /// A diagnostic's file (relative to the site folder) relative to the work
    /// tree root, `..` segments resolved while they stay inside it.
    public func path(of file: String) -> String {
        var segments: [Substring] = []
        for segment in (sitePrefix + file).split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == "..", let last = segments.last, last != ".." {
                segments.removeLast()
            } else {
                segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
