import Foundation

@testable import DocgenCore

/// A throwaway site folder under the temporary directory, written from Swift
/// code and removed when the value goes away.
final class FixtureSite {
    let root: URL

    /// `files` maps site-relative paths (`content/a.md`, `docgen.yml`) to text.
    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("docgen-core-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws { try write(path, bytes: Array(text.utf8)) }

    func write(_ path: String, bytes: [UInt8]) throws {
        let file = url(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    func remove(_ path: String) throws { try FileManager.default.removeItem(at: url(path)) }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: url(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// Every regular file under `folder` (site-relative), as sorted paths relative to it.
    func files(under folder: String) -> [String] {
        let base = url(folder).standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { found.append(path) }
        }
        return found.sorted()
    }

    /// The names directly inside `folder` (site-relative; "" for the root), sorted.
    func entries(of folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []).sorted()
    }

    /// The built-in theme's static files (`docgen.css`, …): a site theme
    /// overrides the built-in one file by file, so they are published with
    /// `addMinimalTheme` too.
    static let builtInStaticFiles = Theme.builtInNames.filter { $0.hasPrefix("static/") }.map {
        String($0.dropFirst("static/".count))
    }

    /// A small theme of the site's own, so tests do not depend on the repo's
    /// templates or on the built-in theme's pages. Page bodies and section
    /// listings only.
    func addMinimalTheme() throws {
        try write("templates/layout.mustache", "<title>{{page.title}}</title>\n{{{content}}}\n")
        try write("templates/page.mustache", "{{{page.content}}}")
        try write(
            "templates/section.mustache",
            "{{{page.content}}}{{#page.pages}}<a class=\"listed\" href=\"{{url}}\">{{title}}</a>\n{{/page.pages}}")
        try write("templates/static/site.css", "body { margin: 0 }\n")
    }
}
