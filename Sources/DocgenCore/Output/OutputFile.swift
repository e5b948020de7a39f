import Foundation

/// One file of the built site: where it goes (relative to the output folder,
/// `/`-separated) and where its bytes come from.
struct OutputFile: Sendable {
    enum Contents: Sendable {
        case bytes([UInt8])
        case copy(of: URL)
        /// Produced while writing, on the writer's workers, so that rendered
        /// pages are never all in memory at once; nil when it cannot be.
        case generated(@Sendable () -> [UInt8]?)
    }

    var path: String
    var contents: Contents

    /// The bytes to write, or nil when a file to copy cannot be read or a page not rendered.
    func bytes() -> [UInt8]? {
        switch contents {
        case .bytes(let bytes): return bytes
        case .copy(let source): return FileBytes.read(source.path)
        case .generated(let produce): return produce()
        }
    }

    /// False for a path that is empty, absolute or has `.` or `..` segments:
    /// it could land outside the output folder.
    var staysInside: Bool {
        !path.isEmpty && !path.hasPrefix("/")
            && !path.split(separator: "/", omittingEmptySubsequences: false).contains {
                $0.isEmpty || $0 == "." || $0 == ".."
            }
    }
}
