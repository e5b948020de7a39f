/// Renders nodes into a byte buffer against a stack of values.
struct MustacheRenderer {
    let templates: [String: MustacheTemplate]
    private(set) var output: [UInt8] = []
    private var stack: [MustacheValue]
    /// The indentation of the standalone partials being rendered, added at
    /// the start of each of their lines.
    private var indentation: [UInt8] = []
    private var partialDepth = 0
    /// The blocks that parent tags replace, by name: the outermost parent's
    /// win ("top-level substitutions take precedence").
    private var overrides: [String: [MustacheNode]] = [:]
    /// Set when partials first nest past `maximumPartialDepth`: from then on
    /// no partial is expanded. A template that includes itself twice would
    /// otherwise expand 2¹⁰⁰ partials before every branch met the bound.
    private var isRunaway = false

    /// Deeper partial nesting is taken for runaway recursion: the rest of the
    /// render expands no partial.
    static let maximumPartialDepth = 100

    init(templates: [String: MustacheTemplate], root: MustacheValue) {
        self.templates = templates
        stack = [root]
        output.reserveCapacity(16 * 1024)
    }

    mutating func render(_ nodes: [MustacheNode]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                append(bytes)
            case .variable(let path, let escaped):
                guard let value = lookup(path) else { continue }
                let text = value.interpolated
                if escaped { appendEscaped(text) } else { append(text.utf8) }
            case .section(let path, let inverted, let body):
                let value = lookup(path) ?? .null
                if inverted {
                    if value.isFalsy { render(body) }
                    continue
                }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(body)
                        stack.removeLast()
                    }
                case .bool(let isTrue):
                    if isTrue { render(body) }
                case .null:
                    break
                default:
                    stack.append(value)
                    render(body)
                    stack.removeLast()
                }
            case .partial(let name, let extra, _):
                guard let template = templates[name] else { continue }
                expand(template.nodes, indentedBy: extra)
            case .parent(let name, let given, let extra, _):
                guard let template = templates[name] else { continue }
                let saved = overrides
                overrides.merge(given) { outer, _ in outer }
                expand(template.nodes, indentedBy: extra)
                overrides = saved
            case .block(let name, let body, let extra, _, _):
                if let replacement = overrides[name] {
                    expand(replacement, indentedBy: extra)
                } else {
                    let saved = indentation
                    indentation += extra
                    render(body)
                    indentation = saved
                }
            }
        }
    }

    /// Renders a partial, a parent or a replaced block, whose lines get
    /// `extra` indentation. Each counts towards the depth bound: a block may
    /// be replaced by content that holds the same block.
    private mutating func expand(_ nodes: [MustacheNode], indentedBy extra: [UInt8]) {
        guard !isRunaway else { return }
        guard partialDepth < Self.maximumPartialDepth else {
            isRunaway = true
            return
        }
        let saved = indentation
        indentation += extra
        partialDepth += 1
        render(nodes)
        partialDepth -= 1
        indentation = saved
    }

    /// The value `path` names: its first name is looked up from the innermost
    /// value outwards, the rest inside what was found.
    private func lookup(_ path: [String]) -> MustacheValue? {
        if path.count == 1, path[0] == "." { return stack.last }
        for scope in stack.reversed() {
            guard var value = scope.member(path[0]) else { continue }
            for key in path.dropFirst() {
                guard let next = value.member(key) else { return nil }
                value = next
            }
            return value
        }
        return nil
    }

    /// Starts a line of an indented partial with its indentation.
    private mutating func beginWriting() {
        if !indentation.isEmpty, output.isEmpty || output.last == UInt8(ascii: "\n") {
            output.append(contentsOf: indentation)
        }
    }

    private mutating func append<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        guard !bytes.isEmpty else { return }
        beginWriting()
        output.append(contentsOf: bytes)
    }

    /// HTML escaping as `{{name}}` requires: `&`, `<`, `>`, `"` and `'`.
    /// Runs between those bytes are copied whole: titles and URLs rarely hold
    /// one, and byte-by-byte appends were 3% of a build.
    private mutating func appendEscaped(_ text: String) {
        guard !text.isEmpty else { return }
        beginWriting()
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let entity: String
                switch bytes[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: entity.utf8)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
