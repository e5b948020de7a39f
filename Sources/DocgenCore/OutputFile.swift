import Foundation

/// One file of the built site: where it goes (relative to the output folder,
/// `/`-separated) and either its bytes or the file to copy.
struct OutputFile: Sendable {
    enum Contents: Sendable {
        case bytes(Data)
        case copy(of: URL)
    }

    var path: String
    var contents: Contents
}
