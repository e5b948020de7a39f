import Foundation

/// A throwaway site folder under the temporary directory, removed when the
/// value goes away.
final class ScratchSite {
    let root: URL

    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("docgen-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    /// A copy of this repository's own site: `content/`, `docgen.yml` and `templates/`.
    static func copyOfRepository() throws -> ScratchSite {
        let site = try ScratchSite()
        for item in ["content", "docgen.yml", "templates"] {
            try FileManager.default.copyItem(
                at: Repository.root.appendingPathComponent(item), to: site.root.appendingPathComponent(item))
        }
        return site
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws {
        let file = url(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: url(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file and folder under `folder` ("" for the site root), as sorted relative paths.
    func tree(_ folder: String = "") -> [String] {
        let base = folder.isEmpty ? root : url(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.sorted()
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> DocgenProcess.Result {
        try DocgenProcess.run(arguments, in: root, environment: environment)
    }
}
