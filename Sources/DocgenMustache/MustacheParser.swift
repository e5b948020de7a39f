/// Turns tokens into nested nodes: applies Mustache's standalone rule (a
/// line holding only whitespace and one section, comment or partial tag
/// disappears from the output, its whitespace becoming a partial's
/// indentation) and matches sections with their closing tags.
enum MustacheParser {
    static func parse(_ text: String) throws(MustacheSyntaxError) -> (
        nodes: [MustacheNode], partials: [(name: String, line: Int)]
    ) {
        var tokenizer = MustacheTokenizer(Array(text.utf8))
        let tokens = MustacheStandaloneLines.resolve(try tokenizer.tokens())

        struct OpenSection {
            var placed: MustachePlacedToken
            var tag: MustacheToken.Tag
            var nodes: [MustacheNode]
        }
        var open: [OpenSection] = []
        var nodes: [MustacheNode] = []
        var partials: [(String, Int)] = []
        for placed in tokens {
            switch placed.token {
            case .text(let bytes):
                nodes.append(.text(Array(bytes)))
            case .tag(let tag):
                switch tag.kind {
                case .variable, .raw:
                    nodes.append(.variable(path: path(tag.name), escaped: tag.kind == .variable))
                case .section, .inverted, .parent, .block:
                    open.append(OpenSection(placed: placed, tag: tag, nodes: nodes))
                    nodes = []
                    if tag.kind == .parent { partials.append((tag.name, tag.line)) }
                case .close:
                    guard let section = open.popLast() else {
                        throw MustacheSyntaxError(
                            message: "`{{/\(tag.name)}}` closes no open section", line: tag.line, column: tag.column)
                    }
                    guard section.tag.name == tag.name else {
                        throw MustacheSyntaxError(
                            message:
                                "`{{/\(tag.name)}}` does not close `{{\(section.tag.kind.sigil)\(section.tag.name)}}` (line \(section.tag.line))",
                            line: tag.line, column: tag.column)
                    }
                    let body = nodes
                    nodes = section.nodes
                    nodes.append(closed(section.tag, placed: section.placed, body: body))
                case .partial:
                    nodes.append(
                        .partial(name: tag.name, indentation: placed.indentation, standalone: placed.standalone))
                    partials.append((tag.name, tag.line))
                case .comment, .delimiters:
                    break
                }
            }
        }
        if let section = open.last {
            throw MustacheSyntaxError(
                message: "section `\(section.tag.name)` is never closed (no `{{/\(section.tag.name)}}`)",
                line: section.tag.line, column: section.tag.column)
        }
        return (nodes, partials)
    }

    /// The node of a section, parent or block tag and its body.
    private static func closed(_ tag: MustacheToken.Tag, placed: MustachePlacedToken, body: [MustacheNode])
        -> MustacheNode
    {
        switch tag.kind {
        case .parent:
            var overrides: [String: [MustacheNode]] = [:]
            for case .block(let name, let blockBody, _, _, _) in body where overrides[name] == nil {
                overrides[name] = blockBody
            }
            return .parent(
                name: tag.name, overrides: overrides, indentation: placed.indentation, standalone: placed.standalone)
        case .block:
            // A block whose opening tag ends its line has the indentation of
            // its first line: taken out of its lines here, put back (or the
            // indentation of the block it replaces) where it is rendered.
            if placed.endsLine, let intrinsic = MustacheBlockIndentation.intrinsic(of: body) {
                return .block(
                    name: tag.name, body: MustacheBlockIndentation.dedent(body, by: intrinsic), indentation: intrinsic,
                    standalone: placed.standalone, dedented: true)
            }
            return .block(
                name: tag.name, body: body, indentation: placed.indentation, standalone: placed.standalone,
                dedented: false)
        default:
            return .section(path: path(tag.name), inverted: tag.kind == .inverted, body: body)
        }
    }

    /// `a.b.c` → ["a", "b", "c"]; `.` stays whole (the current value).
    private static func path(_ name: String) -> [String] {
        name == "." ? ["."] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
