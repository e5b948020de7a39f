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
        /// A chain (see `chainLinks`).
        var chain: Int32
    }

    public private(set) var files: [File]
    var lines: [Line] = []
    /// The include lines that brought a line in, outermost (the page's) first; chain 0 is the page's own text.
    /// Chain k (k ≥ 1) is `chainLinks[k - 1]`: the include line that brought
    /// the text in, after the chain of the file that line is in. Chain 0 is
    /// the page's own text. A tree, so that a page of 100,000 includes adds
    /// each in constant time.
    var chainLinks: [ChainLink] = []
    private var chainIndex: [ChainLink: Int] = [:]

    struct ChainLink: Hashable, Sendable {
        var parent: Int
        var site: IncludeSite
    }

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
            chain: sites(ofChain: Int(entry.chain)).map { (files[$0.file].display, $0.line) })
    }

    mutating func index(of file: File) -> Int {
        if let known = files.firstIndex(of: file) { return known }
        files.append(file)
        return files.count - 1
    }

    /// The chain of `site` in a file whose own text has chain `parent`.
    mutating func chain(extending parent: Int, with site: IncludeSite) -> Int {
        let link = ChainLink(parent: parent, site: site)
        if let known = chainIndex[link] { return known }
        chainLinks.append(link)
        chainIndex[link] = chainLinks.count
        return chainLinks.count
    }

    /// The include lines of chain `index`, the page's first.
    func sites(ofChain index: Int) -> [IncludeSite] {
        var sites: [IncludeSite] = []
        var current = index
        while current > 0 {
            let link = chainLinks[current - 1]
            sites.append(link.site)
            current = link.parent
        }
        return sites.reversed()
    }
}
