import Foundation

/// The URLs a previous output folder serves: each file at its path, a
/// folder's `index.html` at the folder's URL (`a/index.html` → `/a/`).
/// Hidden entries (`.git`, `.nojekyll`, docgen's staging folders) are not
/// part of the site.
enum PreviousOutputFolder {
    static func urls(in folder: URL, display: String) -> [PreviousURL] {
        FolderListing(folder.path).files.sorted().map { file in
            let path: String
            if file == "index.html" {
                path = "/"
            } else if file.hasSuffix("/index.html") {
                path = "/" + file.dropLast("index.html".count)
            } else {
                path = "/" + file
            }
            let html = file.hasSuffix(".html") ? folder.appendingPathComponent(file).path : nil
            return PreviousURL(
                written: URLPathEncoder.encode(path: path), path: path, file: display + "/" + file, htmlFile: html)
        }
    }
}
