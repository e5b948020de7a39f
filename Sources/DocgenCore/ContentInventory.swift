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
        guard FileManager.default.fileExists(atPath: rootPath) else {
            throw SetupError(code: .config, message: "cannot read the content folder \(rootPath)")
        }
        inventory.walk(rootPath, relative: "", excluding: excluded?.standardizedFileURL.path)
        inventory.markdownFiles.sort()
        inventory.assets.sort()
        inventory.folders.sort()
        return inventory
    }

    /// A plain `readdir` walk: FileManager's enumerator with resource values
    /// costs more than parsing on a large site.
    private mutating func walk(_ path: String, relative: String, excluding excluded: String?) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        var entries: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard !name.hasPrefix(".") else { continue }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                var status = stat()
                isFolder = stat(path + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            }
            entries.append((name, isFolder))
        }
        for (name, isFolder) in entries {
            let child = relative.isEmpty ? name : relative + "/" + name
            let childPath = path + "/" + name
            if isFolder {
                guard childPath != excluded else { continue }
                folders.append(child)
                walk(childPath, relative: child, excluding: excluded)
            } else if name.hasSuffix(".md") {
                if !name.hasPrefix("_") { markdownFiles.append(child) }
            } else {
                assets.append(child)
            }
        }
    }
}
