import Foundation

/// The files and folders under a folder, as `/`-separated relative paths,
/// hidden entries listed apart and not descended into. A plain `readdir`
/// walk, for the same reason as `ContentInventory`'s.
struct FolderListing {
    var files: [String] = []
    var folders: [String] = []
    /// Hidden files and folders (`.git`, `guide/.keep`), as paths.
    var hidden: [String] = []

    init(_ root: String) { walk(root, relative: "") }

    private mutating func walk(_ path: String, relative: String) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard name != ".", name != ".." else { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            if name.hasPrefix(".") {
                hidden.append(child)
                continue
            }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var status = stat()
                isFolder = lstat(path + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                folders.append(child)
                walk(path + "/" + name, relative: child)
            } else {
                files.append(child)
            }
        }
    }
}
