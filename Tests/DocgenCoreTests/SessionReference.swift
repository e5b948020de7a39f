import Foundation
import XCTest

@testable import DocgenCore

/// The reference a `SiteSession` is compared with: a fresh `docgen build` of
/// the same files, through `SiteBuilder.run` into a folder outside the site.
struct SessionReference {
    var files: [String: [UInt8]] = [:]
    var diagnostics: [Diagnostic] = []
    var setupError: SetupError?

    static func build(_ options: BuildOptions) -> SessionReference {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "docgen-session-reference-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var buildOptions = options
        buildOptions.output = output
        buildOptions.reusesUnchangedBuild = false
        var reference = SessionReference()
        do throws(SetupError) {
            reference.diagnostics = try SiteBuilder.run(buildOptions).diagnostics
        } catch {
            reference.setupError = error
            reference.diagnostics = error.diagnostics
            return reference
        }
        let base = output.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue {
                reference.files[path] = Array(FileManager.default.contents(atPath: base + "/" + path) ?? Data())
            }
        }
        return reference
    }

    /// The first difference between the session's site and this one, or nil.
    /// `assetsMayBeGone`: while a setup error keeps the last good site, an
    /// asset moved or deleted meanwhile cannot be served (assets are read
    /// from disk, as Hugo's server reads static files); only a nil for such
    /// a file is forgiven, never different bytes.
    func difference(from session: SiteSession, diagnostics: [Diagnostic], assetsMayBeGone: Bool = false) -> String? {
        if diagnostics != self.diagnostics {
            let extra = diagnostics.filter { !self.diagnostics.contains($0) }.map { "\($0)" }
            let missing = self.diagnostics.filter { !diagnostics.contains($0) }.map { "\($0)" }
            return "diagnostics differ; session only: \(extra); build only: \(missing)"
        }
        guard setupError == nil else { return nil }
        let paths = session.outputPaths
        if paths != files.keys.sorted() {
            let extra = Set(paths).subtracting(files.keys).sorted()
            let missing = Set(files.keys).subtracting(paths).sorted()
            return "files differ; session only: \(extra); build only: \(missing)"
        }
        for path in paths where session.file(at: path) != files[path] {
            if assetsMayBeGone, session.file(at: path) == nil, session.hasFile(at: path) { continue }
            let mine = session.file(at: path).map { String(decoding: $0, as: UTF8.self) } ?? "nil"
            let theirs = String(decoding: files[path]!, as: UTF8.self)
            return "bytes of \(path) differ:\n--- session\n\(mine)\n--- build\n\(theirs)"
        }
        return nil
    }
}

extension XCTestCase {
    /// Fails when `session` (after `build`) differs from a fresh `docgen build` of `site`.
    func assertEqualsBuild(
        _ session: SiteSession, _ build: SessionBuild, _ site: FixtureSite, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        let reference = SessionReference.build(BuildOptions(siteRoot: site.root))
        if let difference = reference.difference(from: session, diagnostics: build.diagnostics) {
            XCTFail(difference, file: file, line: line)
        }
    }
}
