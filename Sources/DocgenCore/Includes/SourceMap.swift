import DocgenMarkdown

/// Where each line of a page's expanded text came from, so that a position
/// the parser reports in that text is shown at its own file, line and
/// column. Includes work on whole lines, so one entry per line says it all:
/// the file and line, the container prefix the include added in front of it
/// (its columns are not the file's), and the chain of `{{#include}}` lines
/// that brought it in.
public struct SourceMap: Sendable {
    /// A file the expanded text holds lines of; the page itself is the first.
    public struct File: Sendable, Hashable {
        /// Relative to the site folder, as diagnostics print it (`content/_snippets/auth.md`).
        public var display: String
        /// Relative to the content folder (`_snippets/auth.md`; `../src/main.swift`
        /// for a file outside it), against whose folder its file links resolve.
        public var contentPath: String

        /// The folder of `contentPath` ("" for the content folder itself).
        public var contentFolder: String {
            guard let slash = contentPath.lastIndex(of: "/") else { return "" }
            return String(contentPath[..<slash])
        }
    }

    /// One `{{#include}}` line: the file (an index into `files`) and its 1-based line.
    public struct IncludeSite: Sendable, Hashable {
        public var file: Int
        public var line: Int
    }

    struct Line: Sendable {
        var file: Int32
        var line: Int32
        /// Bytes (ASCII) the include put before the file's own text.
        var added: Int32
        /// The offset in the file's line of a `\` dropped from `\{{#include …}}`, or -1.
        var droppedBackslash: Int32
        /// An index into `chains`.
        var chain: Int32
    }

    public private(set) var files: [File]
    var lines: [Line] = []
    /// The include lines that brought a line in, outermost (the page's) first; chain 0 is the page's own text.
    var chains: [[IncludeSite]] = [[]]

    init(page: File) { files = [page] }

    /// Where the expanded text's `position` is in its own file.
    public func origin(of position: SourcePosition) -> SourceOrigin {
        guard position.line >= 1, position.line <= lines.count else {
            return SourceOrigin(file: files[0], position: position, chain: [])
        }
        let entry = lines[position.line - 1]
        let added = Int(entry.added)
        var column = max(1, position.column - added)
        if entry.droppedBackslash >= 0, position.column > added + Int(entry.droppedBackslash) { column += 1 }
        return SourceOrigin(
            file: files[Int(entry.file)], position: SourcePosition(line: Int(entry.line), column: column),
            chain: chains[Int(entry.chain)].map { (files[$0.file].display, $0.line) })
    }

    mutating func index(of file: File) -> Int {
        if let known = files.firstIndex(of: file) { return known }
        files.append(file)
        return files.count - 1
    }

    mutating func chain(_ sites: [IncludeSite]) -> Int {
        if let known = chains.firstIndex(of: sites) { return known }
        chains.append(sites)
        return chains.count - 1
    }
}
