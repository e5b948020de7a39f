/// Which file events are worth a rebuild.
///
/// Editors surround a save with files of their own: vim's `4913` probe and
/// `name~` backup, swap files, emacs' `#name#` auto-saves and `.#name`
/// locks, JetBrains' `___jb_tmp___`. Hidden entries (`.git`, `.name.swp`)
/// are never part of a site (`FolderWalk` skips them), so their events are
/// dropped. The other editor files could be published as assets if they
/// stayed, so they are not dropped but deferred: they never start a rebuild
/// on their own, and go along with the next real change.
enum ChangeFilter {
    enum Kind: Equatable {
        /// Never part of the site.
        case ignored
        /// An editor's own file: wait for a real change.
        case deferred
        /// A change to rebuild for.
        case relevant
    }

    /// `path` is absolute; `roots` are the watched folders and files, so that a
    /// hidden folder holding the whole site (`/home/me/.sites/docs`) is not
    /// taken for a hidden entry.
    static func kind(of path: String, under roots: [String]) -> Kind {
        let inside = relativePart(of: path, under: roots)
        if inside.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { return .ignored }
        let name = inside.split(separator: "/").last.map(String.init) ?? inside
        return isEditorFile(name) ? .deferred : .relevant
    }

    static func isEditorFile(_ name: String) -> Bool {
        if name.hasSuffix("~") { return true }
        if name.count > 2, name.hasPrefix("#"), name.hasSuffix("#") { return true }
        for suffix in [".swp", ".swx", ".swo", ".swn", "___jb_tmp___", "___jb_old___", ".crswap", ".kate-swp"]
        where name.hasSuffix(suffix) { return true }
        // vim checks that it may write a folder with a file named 4913,
        // or 4913 + 123·k when that name is taken.
        if let number = Int(name), number >= 4913, (number - 4913) % 123 == 0, name.allSatisfy(\.isASCII) {
            return true
        }
        return false
    }

    private static func relativePart(of path: String, under roots: [String]) -> String {
        for root in roots.sorted(by: { $0.count > $1.count }) {
            if path == root { return "" }
            let folder = root.hasSuffix("/") ? root : root + "/"
            if path.hasPrefix(folder) { return String(path.dropFirst(folder.count)) }
        }
        // A watched file's folder (docgen.yml's): only the name counts.
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}
