import Foundation
import XCTest

/// Runs the built `docgen` binary as a subprocess, the way users and CI do.
///
/// The binary is found next to the test bundle, in SwiftPM's products folder
/// (`.build/debug`, or whatever `--scratch-path` chose): Package.swift makes
/// this test target depend on the `docgen` executable, so it is built first.
enum DocgenProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private final class Marker {}

    /// SwiftPM's products folder: the test bundle's folder (macOS `.xctest`
    /// bundle) or the folder of the test executable (Linux).
    static var productsFolder: URL {
        let bundle = Bundle(for: Marker.self).bundleURL
        return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    }

    static func executable() throws -> URL {
        let candidates = [
            productsFolder.appendingPathComponent("docgen"),
            // Fallback for runners that load the bundle from elsewhere: the default scratch path.
            Repository.root.appendingPathComponent(".build/debug/docgen"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("no built docgen binary at \(candidates.map(\.path)); run `swift build` first")
        }
        return found
    }

    /// Runs `docgen arguments…` in `directory`; output goes through files, so a
    /// large output can never block the child on a full pipe.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let stdoutURL = outputs.appendingPathComponent("stdout")
        let stderrURL = outputs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        return Result(
            status: process.terminationStatus, stdout: try Self.text(of: stdoutURL),
            stderr: try Self.text(of: stderrURL))
    }

    /// Through a `FileHandle`: swift-foundation's `Data(contentsOf:)` (and
    /// `FileManager.contents(atPath:)`) leaks a 4 KB buffer for an empty
    /// file, which LeakSanitizer reports (Tests/sanitizers/run.sh).
    private static func text(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
    }
}

/// The repository this test file lives in, found from `#filePath` so the
/// tests work in any clone.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
}
