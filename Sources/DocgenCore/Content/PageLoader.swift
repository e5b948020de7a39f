import DocgenMarkdown
import Foundation

/// Turns one Markdown file into a `Page`: reads it, checks its encoding,
/// splits the front matter, parses the body and gives it its URL. Every
/// problem becomes a diagnostic; only an unreadable or non-UTF-8 file yields no page.
struct PageLoader: Sendable {
    /// The content folder's path, worked out once rather than by `URL` per page.
    let contentPath: String
    /// The content folder's path relative to the site root, for diagnostics (`content`).
    let contentPrefix: String
    let parser: MarkdownParser
    /// Pages that are symlinks into the site, read from their real paths
    /// (`ContentInventory.symlinkedFiles`).
    let symlinkedFiles: [String: String]
    /// Expands `{{#include}}` lines; nil when the site folder is not known.
    let includes: IncludeExpander?

    /// `siteRoot` is the folder include paths may reach; without it, the
    /// folder that holds the content folder when `contentPrefix` names it.
    init(
        contentRoot: URL, contentPrefix: String, parser: MarkdownParser, symlinkedFiles: [String: String] = [:],
        siteRoot: URL? = nil
    ) {
        self.contentPath = contentRoot.path
        self.contentPrefix = contentPrefix
        self.parser = parser
        self.symlinkedFiles = symlinkedFiles
        var site = siteRoot?.standardizedFileURL.path
        if site == nil, !contentPrefix.isEmpty, contentRoot.path.hasSuffix("/" + contentPrefix) {
            site = String(contentRoot.path.dropLast(contentPrefix.count + 1))
        }
        self.includes = site.map {
            IncludeExpander(
                store: IncludeFileStore(siteRoot: $0, contentRoot: contentRoot.path), contentPrefix: contentPrefix)
        }
    }

    struct Loaded: Sendable {
        var page: Page?
        var diagnostics: [Diagnostic]
    }

    func load(_ sourcePath: String) -> Loaded {
        let file = contentPrefix.isEmpty ? sourcePath : contentPrefix + "/" + sourcePath
        var diagnostics: [Diagnostic] = []
        func report(_ code: DiagnosticCode, _ message: String, line: Int? = nil, column: Int? = nil) {
            diagnostics.append(
                Diagnostic(
                    code.defaultSeverity, code: code.rawValue, message: message, file: file, line: line, column: column)
            )
        }
        // The scan checked the file's type and where a symlink leads; opening
        // it without following links and without blocking keeps that true
        // if the file was swapped for a link or a FIFO since.
        let location = symlinkedFiles[sourcePath] ?? contentPath + "/" + sourcePath
        var bytes: [UInt8]
        switch FileBytes.load(location, followingSymlinks: false) {
        case .success(let read): bytes = read
        case .failure(let problem):
            report(problem.code, problem.message)
            return Loaded(page: nil, diagnostics: diagnostics)
        }
        guard Self.isValidUTF8(bytes) else {
            let (line, column) = Self.firstInvalidUTF8(bytes)
            report(
                .invalidEncoding, "the file is not valid UTF-8 (first bad byte on this line); save it as UTF-8",
                line: line, column: column)
            return Loaded(page: nil, diagnostics: diagnostics)
        }
        if Self.isBlank(bytes) {
            report(.emptyFile, "the file is empty; it is published as an empty page titled by its file name")
        }
        // The front matter is read from the file's bytes, which then become
        // the body in place: cmark parses them with no String made of the page.
        let (split, markdown, expansion) = bytes.withUnsafeMutableBufferPointer {
            buffer -> (FrontMatterParser.Split, ParsedMarkdown, IncludeExpansion?) in
            let split = FrontMatterParser().parse(blankingIn: buffer)
            let body = UnsafeBufferPointer(rebasing: buffer[split.bodyStart...])
            // `{{#include}}` lines are replaced before cmark reads the text.
            if let expansion = includes?.expand(body, file: file) {
                let parsed = expansion.bytes.withUnsafeBufferPointer { parser.parse(utf8: $0) }
                return (split, parsed, expansion)
            }
            return (split, parser.parse(utf8: body), nil)
        }
        for problem in split.problems { diagnostics.append(Self.diagnostic(problem, file: file)) }
        if let expansion { diagnostics += expansion.diagnostics }
        let frontMatter = split.frontMatter

        let url = Self.url(of: sourcePath, frontMatter: frontMatter) { report(.unsafeURL, $0, line: $1) }
        // Inventory paths are `/`-separated and clean: no NSString path rules needed.
        let slash = sourcePath.utf8.lastIndex(of: UInt8(ascii: "/"))
        let fileName = slash.map { String(sourcePath[sourcePath.index(after: $0)...]) } ?? sourcePath
        let title = frontMatter.title ?? markdown.headings.first(where: { $0.level == 1 })?.text ?? Self.stem(fileName)
        let folder = slash.map { String(sourcePath[..<$0]) } ?? ""
        var page = Page(
            sourcePath: sourcePath, file: file, url: url, title: title, frontMatter: frontMatter, markdown: markdown,
            folder: folder, isSection: fileName == "index.md")
        if let expansion {
            page.includedFiles = expansion.includedFiles
            page.sourceMap = expansion.sourceMap
        }
        return Loaded(page: page, diagnostics: diagnostics)
    }

    /// A front-matter problem as a `front-matter` diagnostic.
    static func diagnostic(_ problem: FrontMatterProblem, file: String) -> Diagnostic {
        let code = DiagnosticCode.frontMatter
        return Diagnostic(
            code.defaultSeverity, code: code.rawValue, message: problem.message, file: file, line: problem.line,
            column: problem.column, notes: problem.notes)
    }

    /// The file name without `.md`, for a page with no title: every `.md` goes,
    /// as `replacingOccurrences` removes them (which an ASCII name needs no
    /// Foundation for).
    static func stem(_ fileName: String) -> String {
        guard fileName.utf8.allSatisfy({ $0 < 0x80 }) else {
            return fileName.replacingOccurrences(of: ".md", with: "")
        }
        var stem: [UInt8] = []
        var bytes = fileName.utf8[...]
        while let byte = bytes.first {
            if bytes.starts(with: ".md".utf8) {
                bytes = bytes.dropFirst(3)
            } else {
                stem.append(byte)
                bytes = bytes.dropFirst()
            }
        }
        return String(decoding: stem, as: UTF8.self)
    }

    /// Whether the bytes are UTF-8. Nearly every page is ASCII, which a word
    /// at a time shows; any other page is validated by the standard library.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            isASCII(buffer) || String(validating: buffer, as: UTF8.self) != nil
        }
    }

    private static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let words = buffer.count / 8
        var mask: UInt64 = 0
        for word in 0..<words { mask |= UnsafeRawPointer(base + word * 8).loadUnaligned(as: UInt64.self) }
        for index in (words * 8)..<buffer.count { mask |= UInt64(buffer[index]) }
        return mask & 0x8080_8080_8080_8080 == 0
    }

    /// Whether the file is all whitespace (`Character.isWhitespace`) and byte order marks: the
    /// first ASCII byte that is no whitespace answers it for nearly every page.
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        for byte in bytes {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x80...:
                // A byte order mark alone is an empty file too.
                return String(decoding: bytes, as: UTF8.self).allSatisfy { $0.isWhitespace || $0 == "\u{FEFF}" }
            default: return false
            }
        }
        return true
    }

    /// The line and column (in characters) of the first byte that is not UTF-8;
    /// a byte order mark is no column.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = ByteOrderMark.length(in: bytes)
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            let length: Int
            switch byte {
            case 0x00..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: length = 0
            }
            let valid =
                length > 0 && offset + length <= bytes.count
                && bytes[(offset + 1)..<(offset + length)].allSatisfy { $0 & 0xC0 == 0x80 }
                && String(validating: bytes[offset..<(offset + length)], as: UTF8.self) != nil
            if !valid {
                let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
                return (line, column)
            }
            // Lines end as CommonMark's do: `\n`, `\r\n` or a lone `\r`.
            if byte == 0x0A || (byte == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A)) {
                line += 1
                lineStart = offset + 1
            }
            offset += length
        }
        return (line, 1)
    }
}

extension String {
    /// Decodes UTF-8, or nil when the bytes are not valid UTF-8 (no replacement characters).
    init?(validatingUTF8Data data: Data) {
        guard let string = String(validating: data, as: UTF8.self) else { return nil }
        self = string
    }
}
