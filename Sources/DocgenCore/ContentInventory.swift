import Foundation

/// What the content folder holds: Markdown pages, assets and folders, as
/// sorted `/`-separated paths relative to it. Hidden files are skipped, and so
/// are `_`-prefixed Markdown files (partials).
public struct ContentInventory: Sendable {
    public var markdownFiles: [String] = []
    public var assets: [String] = []
    public var folders: [String] = [""]

    public static func scan(_ root: URL, excluding excluded: URL? = nil) throws(SetupError) -> ContentInventory {
        var inventory = ContentInventory()
        let rootPath = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
        else {
            throw SetupError(code: .config, message: "cannot read the content folder \(root.path)")
        }
        let excludedPath = excluded?.standardizedFileURL.path
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            if let excludedPath, path == excludedPath {
                enumerator.skipDescendants()
                continue
            }
            guard path.hasPrefix(rootPath + "/") else { continue }
            let relative = String(path.dropFirst(rootPath.count + 1))
            let isFolder = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            if isFolder {
                inventory.folders.append(relative)
            } else if relative.hasSuffix(".md") {
                if !url.lastPathComponent.hasPrefix("_") { inventory.markdownFiles.append(relative) }
            } else {
                inventory.assets.append(relative)
            }
        }
        inventory.markdownFiles.sort()
        inventory.assets.sort()
        inventory.folders.sort()
        return inventory
    }
}
