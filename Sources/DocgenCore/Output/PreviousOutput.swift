import Foundation

/// The output folder a build is about to replace (a `FolderListing`): the
/// visible files and folders (the previous site) and the hidden entries
/// (`.git`, `.nojekyll`, `guide/.keep`), which belong to the user and are
/// carried into every new site as they are.
struct PreviousOutput {
    var files: [String] = []
    var folders: [String] = []
    /// Hidden files and folders, as paths; hidden folders are not descended into.
    var hidden: [String] = []

    init(_ root: String) {
        let listing = FolderListing(root)
        files = listing.files
        folders = listing.folders
        hidden = listing.hidden
    }

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
}
