import Foundation
import XCTest

/// Builds `GoldenSite` with the `docgen` binary and compares the whole output
/// tree, byte for byte, with `Golden/small-site/`. After an intended change,
/// re-record with `DOCGEN_RECORD_GOLDEN=1 swift test --filter GoldenSiteTests`
/// and review the diff of the golden files before keeping it.
final class GoldenSiteTests: XCTestCase {
    private let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/small-site")

    private func files(under folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.path + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = FileManager.default.contents(atPath: folder.path + "/" + path) }
        }
        return files
    }

    func testSmallSiteMatchesGoldenFiles() throws {
        let site = try ScratchSite(GoldenSite.files)
        let result = try site.run(["build"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(result.stdout, "", "a clean build prints no diagnostics")
        var built = files(under: site.url("public"))
        // The site's theme overrides the built-in one file by file, so the
        // built-in static files it does not override are published too: they
        // are the repository's templates/static/ files, not golden ones.
        for (path, bytes) in files(under: Repository.root.appendingPathComponent("templates/static"))
        where GoldenSite.files["templates/static/" + path] == nil {
            XCTAssertEqual(built.removeValue(forKey: path), bytes, "the built-in \(path)")
        }

        if ProcessInfo.processInfo.environment["DOCGEN_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: golden)
            try FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: site.url("public"), to: golden)
            for path in files(under: golden).keys where built[path] == nil {
                try FileManager.default.removeItem(at: golden.appendingPathComponent(path))
            }
            print("recorded \(built.count) golden files in \(golden.path): review them before keeping them")
            return
        }

        let expected = files(under: golden)
        XCTAssertFalse(expected.isEmpty, "no golden files at \(golden.path): record them with DOCGEN_RECORD_GOLDEN=1")
        XCTAssertEqual(built.keys.sorted(), expected.keys.sorted(), "the set of files written changed")
        for path in built.keys.sorted() where expected[path] != nil && built[path] != expected[path] {
            XCTFail(
                """
                public/\(path) differs from Golden/small-site/\(path) (re-record with DOCGEN_RECORD_GOLDEN=1 if intended):
                --- built
                \(String(decoding: built[path]!, as: UTF8.self))
                """)
        }
    }
}
