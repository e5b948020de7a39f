/// Turns tokens into nested nodes: applies Mustache's standalone rule (a
/// line holding only whitespace and one section, comment or partial tag
/// disappears from the output, its whitespace becoming a partial's
/// indentation) and matches sections with their closing tags.
enum MustacheParser {
    static func parse(_ text: String) throws(MustacheSyntaxError) -> (
        nodes: [MustacheNode], partials: [(name: String, line: Int)]
    ) {
        var tokenizer = MustacheTokenizer(Array(text.utf8))
        let tokens = standalone(try tokenizer.tokens())

        struct OpenSection {
            var tag: MustacheToken.Tag
            var nodes: [MustacheNode]
        }
        var open: [OpenSection] = []
        var nodes: [MustacheNode] = []
        var partials: [(String, Int)] = []
        for (token, indentation) in tokens {
            switch token {
            case .text(let bytes):
                nodes.append(.text(Array(bytes)))
            case .tag(let tag):
                switch tag.kind {
                case .variable, .raw:
                    nodes.append(.variable(path: path(tag.name), escaped: tag.kind == .variable))
                case .section, .inverted:
                    open.append(OpenSection(tag: tag, nodes: nodes))
                    nodes = []
                case .close:
                    guard let section = open.popLast() else {
                        throw MustacheSyntaxError(
                            message: "`{{/\(tag.name)}}` closes no open section", line: tag.line, column: tag.column)
                    }
                    guard section.tag.name == tag.name else {
                        throw MustacheSyntaxError(
                            message:
                                "`{{/\(tag.name)}}` does not close `{{\(section.tag.kind == .section ? "#" : "^")\(section.tag.name)}}` (line \(section.tag.line))",
                            line: tag.line, column: tag.column)
                    }
                    let body = nodes
                    nodes = section.nodes
                    nodes.append(.section(path: path(tag.name), inverted: section.tag.kind == .inverted, body: body))
                case .partial:
                    nodes.append(.partial(name: tag.name, indentation: indentation))
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

    /// `a.b.c` → ["a", "b", "c"]; `.` stays whole (the current value).
    private static func path(_ name: String) -> [String] {
        name == "." ? ["."] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// The tokens with standalone lines reduced to their tag, each paired with
    /// the indentation a standalone partial keeps.
    private static func standalone(_ tokens: [MustacheToken]) -> [(MustacheToken, [UInt8])] {
        var result: [(MustacheToken, [UInt8])] = []
        var line: [MustacheToken] = []
        func flush() {
            defer { line.removeAll(keepingCapacity: true) }
            let tags = line.compactMap { token -> MustacheToken.Tag? in
                if case .tag(let tag) = token { return tag }
                return nil
            }
            let blank = line.allSatisfy { token in
                guard case .text(let bytes) = token else { return true }
                return bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            }
            guard tags.count == 1, tags[0].kind.canStandAlone, blank else {
                result += line.map { ($0, []) }
                return
            }
            var indentation: [UInt8] = []
            if case .text(let bytes) = line[0] { indentation = Array(bytes) }
            result.append((.tag(tags[0]), tags[0].kind == .partial ? indentation : []))
        }
        for token in tokens {
            line.append(token)
            if case .text(let bytes) = token, bytes.last == UInt8(ascii: "\n") { flush() }
        }
        flush()
        return result
    }
}
