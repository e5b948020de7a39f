import Foundation

/// The writer stage for a site kept in memory (a `SiteSession`), beside
/// `OutputWriter` for the output folder on disk. Both get every file's bytes
/// the same way (`OutputFile.bytes()`, on all cores), so a site in memory is
/// byte for byte the site on disk; a file that cannot be produced fails the
/// write as it fails a build.
enum MemoryOutput {
    /// Every file's bytes passed through `keeping` on the worker that made
    /// them (so that all of them need not be in memory at once), in the
    /// files' order. A file that cannot be produced is a setup error, worded
    /// as the disk writer words it.
    static func store<Kept: Sendable>(
        _ files: [OutputFile], keeping: @Sendable (OutputFile, [UInt8]) -> Kept
    ) throws(SetupError) -> [(path: String, kept: Kept)] {
        if let outside = files.first(where: { !$0.staysInside }) {
            throw SetupError(code: .output, message: "`\(outside.path)` would be written outside the output folder")
        }
        let kept = Parallel.map(files) { file in file.bytes().map { keeping(file, $0) } }
        var produced: [(path: String, kept: Kept)] = []
        produced.reserveCapacity(files.count)
        for (file, kept) in zip(files, kept) {
            guard let kept else {
                throw SetupError(code: .output, message: "cannot produce \(file.path): its source could not be read")
            }
            produced.append((file.path, kept))
        }
        return produced
    }
}
