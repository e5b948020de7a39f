import DocgenMarkdown

/// A position in a page's expanded text, placed in the file it came from.
public struct SourceOrigin: Sendable {
    public var file: SourceMap.File
    public var position: SourcePosition
    /// The `{{#include}}` lines that brought the text in, the page's first: (file, line).
    public var chain: [(file: String, line: Int)]

    public var isIncluded: Bool { !chain.isEmpty }

    /// The note a diagnostic in included text carries, naming the including
    /// page and line (and the partials in between). `IncludedDiagnostics`
    /// recognises it by its start.
    public var note: String? {
        guard let first = chain.first else { return nil }
        var text = "\(Self.notePrefix)\(first.file):\(first.line)"
        if chain.count > 1 {
            text += " (through " + chain.dropFirst().map { "\($0.file):\($0.line)" }.joined(separator: ", ") + ")"
        }
        return text
    }

    static let notePrefix = "included from "
}
