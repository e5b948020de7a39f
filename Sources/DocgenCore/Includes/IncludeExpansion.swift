/// A page's text with its `{{#include}}` lines replaced by what they include.
struct IncludeExpansion: Sendable {
    var bytes: [UInt8]
    var sourceMap: SourceMap
    /// Content-relative paths of every file an include read, sorted.
    var includedFiles: [String]
    /// Missing files, cycles, bad ranges and anchors, each at its directive.
    var diagnostics: [Diagnostic]
}
