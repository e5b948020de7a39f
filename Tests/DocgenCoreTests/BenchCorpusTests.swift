import Foundation
import XCTest

@testable import DocgenCore

/// The benchmark's corpus (`bench/gen_site.py`) records every defect it plants
/// in `expected.json`: `docgen check` must report exactly those, at their
/// file, line and column, and nothing else (no warning either).
final class BenchCorpusTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private struct Expected: Decodable {
        struct Defect: Decodable {
            var file: String
            var line: Int
            var column: Int
            var kind: String
        }
        var defects: [Defect]
    }

    func testEveryPlantedDefectOfTheBenchCorpusAndNothingElse() throws {
        guard
            let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else {
            throw XCTSkip("no python3 to run bench/gen_site.py")
        }
        let site = try FixtureSite()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            repository.appendingPathComponent("bench/gen_site.py").path, "--pages", "300", "--seed", "7", "--out",
            site.root.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)

        let data = try Data(contentsOf: site.url("expected.json"))
        let expected = Set(
            try JSONDecoder().decode(Expected.self, from: data).defects.map {
                "\($0.file):\($0.line):\($0.column) \($0.kind)"
            })
        XCTAssertGreaterThan(expected.count, 20, "the generator plants enough defects to mean something")
        let reported = Set(try site.check().locations)
        XCTAssertEqual(reported.subtracting(expected).sorted(), [], "false positives")
        XCTAssertEqual(expected.subtracting(reported).sorted(), [], "missed defects")
    }
}
