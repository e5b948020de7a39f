import Foundation
import XCTest

/// The reference implementation for the GFM tests: Debian's `cmark-gfm`
/// executable (0.29.0.gfm.6), run as a subprocess.
struct CmarkGFM {
    var executable: URL
    var version: String

    /// The `-e` names matching docgen's tables, strikethrough, tasklists and autolinks.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// The `cmark-gfm` on `PATH`, or a skip saying how to install it.
    static func installed() throws -> CmarkGFM {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent("cmark-gfm")
            if FileManager.default.isExecutableFile(atPath: url.path) {
                var found = CmarkGFM(executable: url, version: "")
                found.version = (try? found.run(arguments: ["--version"], input: "")) ?? ""
                return found
            }
        }
        throw XCTSkip("cmark-gfm is not installed (apt-get install cmark-gfm); the GFM reference comparisons need it")
    }

    /// cmark-gfm's HTML for each document, in order: one process per document,
    /// several at a time. Input and output go through files, so no pipe can
    /// fill up and block either side.
    func render(_ documents: [String], extensions: [String] = extensionNames, unsafe: Bool = false) throws -> [String] {
        let arguments = (unsafe ? ["--unsafe"] : []) + extensions.flatMap { ["-e", $0] }
        let results = Results(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            do {
                results.set(index, .success(try run(arguments: arguments, input: documents[index])))
            } catch {
                results.set(index, .failure(error))
            }
        }
        return try results.values.map { try $0!.get() }
    }

    /// One run: `input` as stdin, stdout returned, a failure on a nonzero exit.
    func run(arguments: [String], input: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "docgen-cmark-gfm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputURL = folder.appendingPathComponent("in.md")
        let outputURL = folder.appendingPathComponent("out.html")
        try Data(input.utf8).write(to: inputURL)
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        let stdin = try FileHandle(forReadingFrom: inputURL)
        let stdout = try FileHandle(forWritingTo: outputURL)
        defer {
            try? stdin.close()
            try? stdout.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(
                .executableLoad,
                userInfo: [NSLocalizedDescriptionKey: "cmark-gfm exited with \(process.terminationStatus)"])
        }
        return String(decoding: try Data(contentsOf: outputURL), as: UTF8.self)
    }

    /// The results of the concurrent runs, written under a lock.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Result<String, Error>?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result<String, Error>) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }
}
