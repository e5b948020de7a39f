/// Splits a Markdown file into YAML front matter and body, and reads the keys.
///
/// The body keeps the file's line numbers: front-matter lines are blanked,
/// not removed, so cmark's positions are the file's. Lines end at `\n`,
/// `\r\n` or a lone `\r`, as CommonMark's (and YAML's) do. A UTF-8 byte
/// order mark before the file's first line is skipped: it is neither part of
/// the opening `---` nor a column of the body's line 1.
public struct FrontMatterParser: Sendable {
    public struct Result: Sendable {
        public var frontMatter: FrontMatter
        /// The whole file with front-matter lines left empty.
        public var body: String
        public var problems: [FrontMatterProblem]
    }

    /// What `parse(blankingIn:)` found; the body is the bytes from `bodyStart` on.
    struct Split {
        var frontMatter = FrontMatter()
        var problems: [FrontMatterProblem] = []
        var bodyStart = 0
    }

    public init() {}

    public func parse(_ text: String) -> Result {
        var bytes = Array(text.utf8)
        let split = bytes.withUnsafeMutableBufferPointer { parse(blankingIn: $0) }
        let body = split.bodyStart == 0 ? text : String(decoding: bytes[split.bodyStart...], as: UTF8.self)
        return Result(frontMatter: split.frontMatter, body: body, problems: split.problems)
    }

    /// Reads the front matter of a file's (valid UTF-8) bytes and turns them
    /// into the body in place: the bytes before the body's own first line
    /// become one `\n` per front-matter line, so the body starts at
    /// `bodyStart` without a copy of the file. A front-matter line holds at
    /// least its `\n` (the closing fence, three bytes, may have none), so
    /// there is always room.
    func parse(blankingIn bytes: UnsafeMutableBufferPointer<UInt8>) -> Split {
        var split = Split()
        // Line ranges without their `\n`, up to the closing fence: the body is never split.
        var lines: [Range<Int>] = []
        let byteOrderMark = ByteOrderMark.length(in: bytes)
        split.bodyStart = byteOrderMark
        var lineStart = byteOrderMark
        var closing: Int?
        var index = byteOrderMark
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(lineStart..<index)
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 1
                }
                lineStart = index + 1
                if lines.count == 1, !Self.isFence(bytes, lines[0], closing: false) { break }
                if lines.count > 1, Self.isFence(bytes, lines[lines.count - 1], closing: true) {
                    closing = lines.count - 1
                    break
                }
            }
            index += 1
        }
        // A closing fence on the last line, with no newline after it.
        let last = lineStart..<bytes.count
        if closing == nil, lines.count >= 1, Self.isFence(bytes, lines[0], closing: false),
            Self.isFence(bytes, last, closing: true)
        {
            lines.append(last)
            closing = lines.count - 1
            lineStart = bytes.count
        }
        let opens = Self.isFence(bytes, lines.first ?? byteOrderMark..<bytes.count, closing: false)
        guard opens else { return split }
        guard let closing else {
            split.problems = [
                FrontMatterProblem(
                    message: "front matter opened on line 1 is never closed: add a line `---` after it", line: 1)
            ]
            return split
        }
        let yaml =
            closing > 1
            ? UnsafeBufferPointer(rebasing: bytes[lines[1].lowerBound..<lines[closing - 1].upperBound])
            : UnsafeBufferPointer(rebasing: bytes[0..<0])
        (split.frontMatter, split.problems) = readYAML(yaml)
        split.frontMatter.endLine = closing + 1
        split.bodyStart = lineStart - (closing + 1)
        for offset in split.bodyStart..<lineStart { bytes[offset] = UInt8(ascii: "\n") }
        return split
    }

    private static func isFence(_ bytes: UnsafeMutableBufferPointer<UInt8>, _ line: Range<Int>, closing: Bool) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
            end -= 1
        }
        guard end - line.lowerBound == 3 else { return false }
        let fence = bytes[line.lowerBound]
        guard fence == UInt8(ascii: "-") || (closing && fence == UInt8(ascii: ".")) else { return false }
        return bytes[line.lowerBound + 1] == fence && bytes[line.lowerBound + 2] == fence
    }

    /// Reads the YAML between the fences. Most front matter is a few plain
    /// keys, which libyaml's events give at a fraction of the cost of
    /// composing Yams nodes (`FrontMatter(quickYAML:)`); anything else,
    /// every error included, is read by Yams.
    func readYAML(_ yaml: UnsafeBufferPointer<UInt8>) -> (FrontMatter, [FrontMatterProblem]) {
        if let frontMatter = FrontMatter(quickYAML: yaml) { return (frontMatter, []) }
        return readWithYams(String(decoding: yaml, as: UTF8.self))
    }

    /// The Yams reading, which reports problems: what was read before the
    /// first one is kept.
    func readWithYams(_ yaml: String) -> (FrontMatter, [FrontMatterProblem]) {
        var frontMatter = FrontMatter()
        do throws(YAMLValues.Problem) {
            try read(yaml, into: &frontMatter)
            return (frontMatter, [])
        } catch {
            let problem = FrontMatterProblem(
                message: error.message, line: error.line ?? 1, column: error.column, notes: error.notes)
            return (frontMatter, [problem])
        }
    }

    private func read(_ yaml: String, into frontMatter: inout FrontMatter) throws(YAMLValues.Problem) {
        let values = YAMLValues(lineOffset: 1)
        for (key, value, line) in try values.mapping(yaml, what: "front matter") {
            if let line { frontMatter.keyLines[key] = line }
            if value.null != nil { continue }
            switch key {
            case "title": frontMatter.title = try values.string(value, key: key)
            case "description": frontMatter.description = try values.string(value, key: key)
            case "draft": frontMatter.draft = try values.bool(value, key: key)
            case "weight": frontMatter.weight = try values.int(value, key: key)
            case "slug": frontMatter.slug = try values.string(value, key: key)
            case "url", "permalink":
                frontMatter.url = try values.urlPath(value, key: key)
                frontMatter.keyLines["url"] = line
            case "aliases": frontMatter.aliases = try values.urlPaths(value, key: key)
            case "template": frontMatter.template = try values.string(value, key: key)
            default:
                if let plain = YAMLValues.plain(value), let converted = TemplateValue(plain: plain) {
                    frontMatter.params[key] = converted
                }
            }
        }
    }
}
