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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, Self.isFence(first, closing: false) else {
            return Result(frontMatter: frontMatter, body: text, problems: [])
        }
        guard let closing = lines.indices.dropFirst().first(where: { Self.isFence(lines[$0], closing: true) }) else {
            return Result(
                frontMatter: frontMatter, body: text,
                problems: [("front matter opened on line 1 is never closed: add a line `---` after it", 1)])
        }
        frontMatter.endLine = closing + 1
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = String(repeating: "\n", count: closing + 1) + lines[(closing + 1)...].joined(separator: "\n")
        var problems: [(String, Int)] = []
        do throws(YAMLValues.Problem) {
            try read(yaml, into: &frontMatter)
        } catch {
            problems.append((error.message, error.line ?? 1))
        }
        return Result(frontMatter: frontMatter, body: body, problems: problems)
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == "\r" || last == " " || last == "\t" { trimmed.removeLast() }
        return trimmed == "---" || (closing && trimmed == "...")
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
