import DocgenMarkdown
import Foundation

/// Turns one Markdown file into a `Page`: reads it, checks its encoding,
/// splits the front matter, parses the body and gives it its URL. Every
/// problem becomes a diagnostic; only an unreadable or non-UTF-8 file yields no page.
struct PageLoader: Sendable {
    let contentRoot: URL
    /// The content folder's path relative to the site root, for diagnostics (`content`).
    let contentPrefix: String
    let parser: MarkdownParser

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
        guard let data = FileManager.default.contents(atPath: contentRoot.appendingPathComponent(sourcePath).path)
        else {
            report(.invalidEncoding, "cannot read the file")
            return Loaded(page: nil, diagnostics: diagnostics)
        }
        guard let text = String(validatingUTF8Data: data) else {
            let (line, column) = Self.firstInvalidUTF8(data)
            report(
                .invalidEncoding, "the file is not valid UTF-8 (first bad byte on this line); save it as UTF-8",
                line: line, column: column)
            return Loaded(page: nil, diagnostics: diagnostics)
        }
        if text.allSatisfy(\.isWhitespace) {
            report(.emptyFile, "the file is empty; it is published as an empty page titled by its file name")
        }
        let split = FrontMatterParser().parse(text)
        for problem in split.problems { report(.frontMatter, problem.message, line: problem.line) }
        let frontMatter = split.frontMatter
        let markdown = parser.parse(split.body)

        var url = PageURL.defaultURL(forSourcePath: sourcePath)
        if let slug = frontMatter.slug {
            if let slugged = PageURL.applying(slug: slug, to: url) {
                url = slugged
            } else {
                report(
                    .unsafeURL, "slug `\(slug)` must be one path segment, without `/`, `..` or `:`",
                    line: frontMatter.keyLines["slug"])
            }
        }
        if let explicit = frontMatter.url {
            if let normalized = PageURL.normalize(explicit: explicit) {
                url = normalized
            } else {
                report(
                    .unsafeURL, "url `\(explicit)` would escape the output folder or is not a site path",
                    line: frontMatter.keyLines["url"])
            }
        }
        let stem = (sourcePath as NSString).lastPathComponent.replacingOccurrences(of: ".md", with: "")
        let title = frontMatter.title ?? markdown.headings.first(where: { $0.level == 1 })?.text ?? stem
        let folder = (sourcePath as NSString).deletingLastPathComponent
        let page = Page(
            sourcePath: sourcePath, file: file, url: url, title: title, frontMatter: frontMatter, markdown: markdown,
            folder: folder, isSection: (sourcePath as NSString).lastPathComponent == "index.md")
        return Loaded(page: page, diagnostics: diagnostics)
    }

    /// The line and column (in characters) of the first byte that is not UTF-8.
    static func firstInvalidUTF8(_ data: Data) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let bytes = [UInt8](data)
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
                let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
                return (line, column)
            }
            if byte == 0x0A {
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
