/// Splits a Markdown file into YAML front matter and body, and reads the keys.
///
/// The body keeps the file's line numbers: front-matter lines are blanked,
/// not removed, so cmark's positions are the file's.
public struct FrontMatterParser: Sendable {
    public struct Result: Sendable {
        public var frontMatter: FrontMatter
        /// The whole file with front-matter lines left empty.
        public var body: String
        public var problems: [(message: String, line: Int)]
    }

    public init() {}

    public func parse(_ text: String) -> Result {
        var frontMatter = FrontMatter()
        // Work on UTF-8 bytes and stop at the closing fence: the body is never split.
        let bytes = text.utf8
        var lines: [Range<String.Index>] = []
        var lineStart = bytes.startIndex
        var closing: Int?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                lines.append(lineStart..<index)
                lineStart = bytes.index(after: index)
                if lines.count == 1, !Self.isFence(text[lines[0]], closing: false) { break }
                if lines.count > 1, Self.isFence(text[lines[lines.count - 1]], closing: true) {
                    closing = lines.count - 1
                    break
                }
            }
            index = bytes.index(after: index)
        }
        // A closing fence on the last line, with no newline after it.
        let last = lineStart..<bytes.endIndex
        if closing == nil, lines.count >= 1, Self.isFence(text[lines[0]], closing: false),
            Self.isFence(text[last], closing: true)
        {
            lines.append(last)
            closing = lines.count - 1
            lineStart = bytes.endIndex
        }
        let opens =
            lines.first.map { Self.isFence(text[$0], closing: false) }
            ?? Self.isFence(text[...], closing: false)
        guard opens else { return Result(frontMatter: frontMatter, body: text, problems: []) }
        guard let closing else {
            return Result(
                frontMatter: frontMatter, body: text,
                problems: [("front matter opened on line 1 is never closed: add a line `---` after it", 1)])
        }
        frontMatter.endLine = closing + 1
        let yaml = closing > 1 ? String(text[lines[1].lowerBound..<lines[closing - 1].upperBound]) : ""
        let body = String(repeating: "\n", count: closing + 1) + text[lineStart...]
        var problems: [(String, Int)] = []
        do throws(YAMLValues.Problem) {
            try read(yaml, into: &frontMatter)
        } catch {
            problems.append((error.message, error.line ?? 1))
        }
        return Result(frontMatter: frontMatter, body: body, problems: problems)
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var trimmed = line.utf8[...]
        while let last = trimmed.last, last == 0x0D || last == 0x20 || last == 0x09 { trimmed.removeLast() }
        return trimmed.elementsEqual("---".utf8) || (closing && trimmed.elementsEqual("...".utf8))
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
                frontMatter.url = try values.string(value, key: key)
                frontMatter.keyLines["url"] = line
            case "aliases": frontMatter.aliases = try values.strings(value, key: key)
            case "template": frontMatter.template = try values.string(value, key: key)
            default:
                if let plain = values.plain(value), let converted = TemplateValue(plain: plain) {
                    frontMatter.params[key] = converted
                }
            }
        }
    }
}
