import Foundation

/// The output folder a build is about to replace, in one `readdir` walk: the
/// visible files and folders (the previous site) and the hidden entries
/// (`.git`, `.nojekyll`, `guide/.keep`), which belong to the user and are
/// carried into every new site as they are.
struct PreviousOutput {
    var files: [String] = []
    var folders: [String] = []
    /// Hidden files and folders, as paths; hidden folders are not descended into.
    var hidden: [String] = []

    init(_ root: String) { walk(root, relative: "") }

    /// The visible folders a site made of `needed` folders would drop, other
    /// than those kept because they hold hidden entries.
    func foldersDropped(keeping needed: Set<String>) -> [String] {
        var holdingHidden = Set<String>()
        for entry in hidden {
            var folder = Substring(entry)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard holdingHidden.insert(String(folder)).inserted else { break }
            }
        }
        return folders.filter { !needed.contains($0) && !holdingHidden.contains($0) }
    }

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
