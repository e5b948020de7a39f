import Foundation

/// The paths a rebuild was told about, sorted by what they can touch: the
/// whole site (`docgen.yml`, the theme, the content folder itself, a path
/// docgen cannot place) or content files and folders, relative to the
/// content folder. Hidden entries (`.x.swp`, `.git/…`) are dropped: no build
/// reads them.
struct SessionChanges {
    var everything = false
    var content: Set<String> = []

    /// `paths` are absolute or relative to the site root. `symlinkedFiles`
    /// are the content files that are symlinks (relative path → real path):
    /// a change to a real path is a change to its link.
    init(_ paths: Set<String>, setup: SiteSetup, symlinkedFiles: [String: String]) {
        let root = setup.root.path
        let contentRoot = setup.contentRoot.path
        let templates = setup.templatesFolder.standardizedFileURL.path
        let output = setup.output.path
        var linkOfTarget: [String: String] = [:]
        for (link, target) in symlinkedFiles { linkOfTarget[target] = link }
        for path in paths {
            let absolute =
                (path.hasPrefix("/")
                ? URL(fileURLWithPath: path) : setup.root.appendingPathComponent(path)).standardizedFileURL.path
            if let relative = Self.relative(absolute, under: templates) {
                if !Self.isHidden(relative) { everything = true }
            } else if absolute == output || absolute.hasPrefix(output + "/") {
                continue  // never read: the build leaves its output folder out
            } else if let relative = Self.relative(absolute, under: contentRoot), !relative.isEmpty {
                if !Self.isHidden(relative) { content.insert(relative) }
            } else if let link = linkOfTarget[absolute] {
                content.insert(link)
            } else if let relative = Self.relative(absolute, under: root), !relative.isEmpty, Self.isHidden(relative) {
                continue  // `.docgen-cache`, `.git`: no build reads them
            } else {
                // docgen.yml, the content folder or a folder holding it, or
                // a path no part of the site is known to read: build it all.
                everything = true
            }
        }
    }

    /// `path` relative to `folder` ("" for the folder itself), or nil when outside it.
    private static func relative(_ path: String, under folder: String) -> String? {
        if path == folder { return "" }
        guard path.hasPrefix(folder + "/") else { return nil }
        return String(path.dropFirst(folder.count + 1))
    }

    /// A path with a segment that starts with `.`: no folder walk reads it.
    private static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") }
    }
}
