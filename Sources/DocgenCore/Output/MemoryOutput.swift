import Foundation

/// An output sink that keeps the site's files in memory, by output path:
/// what `docgen serve` serves. Files are produced on all cores, as the disk
/// writer produces them; one that cannot be produced fails the write as it
/// fails a build, and the files held before stay as they were.
final class MemoryOutput: OutputSink {
    private(set) var files: [String: [UInt8]] = [:]

    init() {}

    @discardableResult
    func write(_ files: [OutputFile]) throws(SetupError) -> OutputWriter.Summary {
        let produced = try Self.produce(files)
        var summary = OutputWriter.Summary()
        var next: [String: [UInt8]] = [:]
        next.reserveCapacity(produced.count)
        for (path, bytes) in produced {
            if self.files[path] == bytes { summary.unchanged += 1 } else { summary.written += 1 }
            next[path] = bytes
        }
        summary.removed = self.files.keys.count { next[$0] == nil }
        self.files = next
        return summary
    }

    /// Every file's bytes, in the files' order; a file that cannot be produced
    /// is a setup error, worded as the disk writer words it.
    static func produce(_ files: [OutputFile]) throws(SetupError) -> [(path: String, bytes: [UInt8])] {
        if let outside = files.first(where: { !$0.staysInside }) {
            throw SetupError(code: .output, message: "`\(outside.path)` would be written outside the output folder")
        }
        let bytes = Parallel.map(files) { $0.bytes() }
        var produced: [(path: String, bytes: [UInt8])] = []
        produced.reserveCapacity(files.count)
        for (file, bytes) in zip(files, bytes) {
            guard let bytes else {
                throw SetupError(code: .output, message: "cannot produce \(file.path): its source could not be read")
            }
            produced.append((file.path, bytes))
        }
        return produced
    }
}
