import Foundation

/// Reads the `<loc>` URLs of a sitemaps.org file (a `<urlset>` or a
/// `<sitemapindex>`) with the line and column of each.
///
/// Not a general XML parser: a sitemap is a fixed, flat format, and
/// Foundation's `XMLParser` would make the binary depend on libxml2 at run
/// time. The scanner knows what a sitemap can hold: the XML declaration,
/// comments, a doctype, CDATA, the five named entities and numeric character
/// references, namespace prefixes (`<sm:loc>`), attributes with `>` inside
/// quotes. Only a `loc` directly inside `url` or `sitemap` counts, so image
/// and video extensions' `<image:loc>` are not pages.
struct SitemapScanner {
    enum Kind: Equatable { case urlset, index }

    struct Location: Equatable {
        var text: String
        var line: Int
        var column: Int
    }

    struct Failure: Error, Equatable {
        var message: String
        var line: Int
    }

    private(set) var kind: Kind?
    private(set) var locations: [Location] = []

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var columnCursor = (offset: 0, column: 1)

    static func scan(_ bytes: [UInt8]) -> Result<SitemapScanner, Failure> {
        var scanner = SitemapScanner(bytes: bytes)
        do {
            try scanner.run()
            return .success(scanner)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)", line: scanner.line))
        }
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        offset = ByteOrderMark.length(in: bytes)
        lineStart = offset
    }

    private mutating func run() throws {
        var open: [String] = []  // local names of the open elements
        var text: [UInt8] = []
        var textStart: (line: Int, column: Int)?
        while offset < bytes.count {
            if bytes[offset] != UInt8(ascii: "<") {
                if open.last == "loc", open.count >= 2, ["url", "sitemap"].contains(open[open.count - 2]) {
                    if textStart == nil, !Self.isSpace(bytes[offset]) { textStart = position }
                    if bytes[offset] == UInt8(ascii: "&") {
                        text += try entity()
                        continue
                    }
                    text.append(bytes[offset])
                }
                advance()
                continue
            }
            if starts(with: "<!--") {
                try skip(past: "-->", what: "comment")
            } else if starts(with: "<![CDATA[") {
                let start = position
                skip(count: 9)
                let from = offset
                try skip(past: "]]>", what: "CDATA section")
                if open.last == "loc", open.count >= 2, ["url", "sitemap"].contains(open[open.count - 2]) {
                    if textStart == nil { textStart = start }
                    text += bytes[from..<(offset - 3)]
                }
            } else if starts(with: "<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if starts(with: "<!") {
                try skipDeclaration()
            } else if starts(with: "</") {
                let name = try tagName(skipping: 2)
                try skipTag()
                guard open.last == name else {
                    throw Failure(message: "`</\(name)>` does not close `<\(open.last ?? "")>`", line: line)
                }
                if name == "loc", let start = textStart {
                    let value = String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                    if !value.isEmpty {
                        locations.append(Location(text: value, line: start.line, column: start.column))
                    }
                }
                if name == "loc" {
                    text = []
                    textStart = nil
                }
                open.removeLast()
            } else {
                let name = try tagName(skipping: 1)
                if open.isEmpty {
                    guard kind == nil else { throw Failure(message: "a second root element `<\(name)>`", line: line) }
                    switch name {
                    case "urlset": kind = .urlset
                    case "sitemapindex": kind = .index
                    default:
                        throw Failure(
                            message:
                                "not a sitemap: the root element is `<\(name)>`, not `<urlset>` or `<sitemapindex>`",
                            line: line)
                    }
                }
                if try !skipTag() { open.append(name) }
            }
        }
        guard kind != nil else {
            throw Failure(message: "not a sitemap: no `<urlset>` or `<sitemapindex>`", line: line)
        }
        guard open.isEmpty else { throw Failure(message: "`<\(open.last!)>` is never closed", line: line) }
    }

    /// The line and character column at `offset`, counted on from the last
    /// position asked on the same line: a sitemap written on one line of
    /// megabytes costs one pass, not one per URL.
    private var position: (line: Int, column: Int) {
        mutating get {
            if columnCursor.offset < lineStart { columnCursor = (lineStart, 1) }
            let counted = bytes[columnCursor.offset..<offset].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            columnCursor = (offset, columnCursor.column + counted)
            return (line, columnCursor.column)
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private func starts(with prefix: String) -> Bool {
        bytes[offset...].starts(with: prefix.utf8)
    }

    /// One byte on, counting lines (`\n`, `\r\n` or a lone `\r`).
    private mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == 0x0A || (byte == 0x0D && (offset == bytes.count || bytes[offset] != 0x0A)) {
            line += 1
            lineStart = offset
        }
    }

    private mutating func skip(count: Int) { for _ in 0..<count where offset < bytes.count { advance() } }

    private mutating func skip(past end: String, what: String) throws {
        let startLine = line
        while offset < bytes.count {
            if starts(with: end) {
                skip(count: end.utf8.count)
                return
            }
            advance()
        }
        throw Failure(message: "unterminated \(what)", line: startLine)
    }

    /// `<!DOCTYPE …>`, with an internal subset in brackets.
    private mutating func skipDeclaration() throws {
        let startLine = line
        var depth = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            advance()
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") { depth -= 1 }
            if byte == UInt8(ascii: ">"), depth <= 0 { return }
        }
        throw Failure(message: "unterminated declaration", line: startLine)
    }

    /// The local name of the tag at `offset + prefix` (`loc` for `<sm:loc>`).
    private mutating func tagName(skipping prefix: Int) throws -> String {
        skip(count: prefix)
        let start = offset
        while offset < bytes.count, !Self.isSpace(bytes[offset]), bytes[offset] != UInt8(ascii: ">"),
            bytes[offset] != UInt8(ascii: "/")
        {
            advance()
        }
        let name = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard !name.isEmpty else { throw Failure(message: "a `<` that starts no tag", line: line) }
        return name.split(separator: ":").last.map(String.init) ?? name
    }

    /// Past the tag's `>`; true when it was `/>` (an empty element).
    @discardableResult
    private mutating func skipTag() throws -> Bool {
        let startLine = line
        var quote: UInt8?
        var previous: UInt8 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            advance()
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return previous == UInt8(ascii: "/")
            }
            previous = byte
        }
        throw Failure(message: "unterminated tag", line: startLine)
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#38;`, `&#x26;`, as UTF-8.
    private mutating func entity() throws -> [UInt8] {
        guard let end = bytes[offset...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
            throw Failure(message: "a `&` that starts no entity (write `&amp;`)", line: line)
        }
        let name = String(decoding: bytes[(offset + 1)..<end], as: UTF8.self)
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        var value: String?
        if let plain = named[name] {
            value = plain
        } else if name.hasPrefix("#x") || name.hasPrefix("#X") {
            value = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        } else if name.hasPrefix("#") {
            value = UInt32(name.dropFirst(1)).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        guard let value else { throw Failure(message: "unknown entity `&\(name);`", line: line) }
        skip(count: end - offset + 1)
        return Array(value.utf8)
    }
}
