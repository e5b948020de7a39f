import XCTest

@testable import DocgenCore

/// The built-in theme (used when a site has no `templates/`) must be the
/// repository's `templates/` folder, byte for byte. Re-record the embedded copy
/// with `DOCGEN_RECORD_THEME=1 swift test --filter DefaultThemeTests`.
final class DefaultThemeTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private func templatesOnDisk() throws -> [String: String] {
        let folder = repository.appendingPathComponent("templates")
        var files: [String: String] = [:]
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            let path = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files[path] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    func testEmbeddedThemeEqualsTemplatesFolder() throws {
        let onDisk = try templatesOnDisk()
        if ProcessInfo.processInfo.environment["DOCGEN_RECORD_THEME"] == "1" {
            try DefaultThemeSource.swift(for: onDisk).write(
                to: repository.appendingPathComponent("Sources/DocgenCore/Render/DefaultTheme.swift"), atomically: true,
                encoding: .utf8)
            return
        }
        XCTAssertEqual(
            DefaultTheme.files, onDisk,
            "templates/ changed: run DOCGEN_RECORD_THEME=1 swift test --filter DefaultThemeTests")
    }

    func testSiteWithoutTemplatesBuildsWithTheBuiltInTheme() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        try "# Hello\n\nWorld.\n".write(
            to: site.appendingPathComponent("content/index.md"), atomically: true, encoding: .utf8)
        let report = try SiteBuilder.run(BuildOptions(siteRoot: site))
        XCTAssertEqual(report.errorCount, 0)
        let home = try String(contentsOf: site.appendingPathComponent("public/index.html"), encoding: .utf8)
        XCTAssertTrue(home.contains("<h1 id=\"hello\">Hello</h1>"))
        XCTAssertTrue(home.contains("docgen.css"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/docgen.css").path))
    }
}

/// Writes `DefaultTheme.swift` from the theme files.
private enum DefaultThemeSource {
    static func swift(for files: [String: String]) -> String {
        var text = """
            // Generated from templates/ by DefaultThemeTests; do not edit by hand.
            // Re-record: DOCGEN_RECORD_THEME=1 swift test --filter DefaultThemeTests

            /// The built-in theme: the repository's `templates/` folder, embedded so an
            /// installed `docgen` builds a site that has no `templates/` of its own.
            enum DefaultTheme {
                static let files: [String: String] = [

            """
        for path in files.keys.sorted() {
            text += "        \"\(path)\": ####\"\"\"\n\(files[path]!)\n\"\"\"####,\n"
        }
        return text + "    ]\n}\n"
    }
}
