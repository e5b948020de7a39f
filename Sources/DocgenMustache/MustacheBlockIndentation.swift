/// Block indentation as the inheritance spec has it: a block whose opening
/// tag ends its line has the indentation of its first line ("intrinsic"). It
/// is removed from the block's lines where the block is written, and the
/// indentation of the place where it is rendered is added there, so a block
/// written at any depth lands at the depth of the block it replaces.
///
/// Both walk the nodes in source order, knowing whether each starts a line
/// (after a newline, or after a line that was standalone and is gone).
enum MustacheBlockIndentation {
    /// The whitespace that starts the first line of `nodes` holding
    /// something; nil when no line does.
    static func intrinsic(of nodes: [MustacheNode]) -> [UInt8]? {
        var atLineStart = true
        return first(in: nodes, atLineStart: &atLineStart)
    }

    /// `nodes` with `prefix` (or as much of it as is there) taken from the
    /// start of each line, and from the indentation of tags that start one.
    static func dedent(_ nodes: [MustacheNode], by prefix: [UInt8]) -> [MustacheNode] {
        guard !prefix.isEmpty else { return nodes }
        var atLineStart = true
        return dedent(nodes, by: prefix, atLineStart: &atLineStart)
    }

    private static func first(in nodes: [MustacheNode], atLineStart: inout Bool) -> [UInt8]? {
        for node in nodes {
            switch node {
            case .text(let bytes):
                if atLineStart {
                    let spaces = bytes.prefix { $0 == 0x20 || $0 == 0x09 }
                    let rest = bytes.dropFirst(spaces.count)
                    // A line of only whitespace holds nothing; whitespace
                    // followed by a tag (no newline) starts a line that does.
                    if let next = rest.first, next != 0x0A, next != 0x0D { return Array(spaces) }
                    if rest.isEmpty { return Array(spaces) }
                }
                atLineStart = bytes.last == 0x0A
            case .variable:
                if atLineStart { return [] }
            case .section(_, _, let body):
                if let found = first(in: body, atLineStart: &atLineStart) { return found }
            case .partial(_, let indentation, _), .parent(_, _, let indentation, _),
                .block(_, _, let indentation, _, _):
                if atLineStart { return indentation }
            }
        }
        return nil
    }

    private static func dedent(_ nodes: [MustacheNode], by prefix: [UInt8], atLineStart: inout Bool)
        -> [MustacheNode]
    {
        nodes.map { node in
            let startsLine = atLineStart
            switch node {
            case .text(let bytes):
                atLineStart = bytes.last == 0x0A
                return startsLine ? .text(removing(prefix, from: bytes)) : node
            case .variable:
                atLineStart = false
                return node
            case .section(let path, let inverted, let body):
                return .section(
                    path: path, inverted: inverted, body: dedent(body, by: prefix, atLineStart: &atLineStart))
            case .partial(let name, let indentation, let standalone):
                atLineStart = startsLine && standalone
                guard startsLine else { return node }
                return .partial(name: name, indentation: removing(prefix, from: indentation), standalone: standalone)
            case .parent(let name, let overrides, let indentation, let standalone):
                // Its blocks are rendered where the parent's blocks are, with
                // their own indentation: only the tag's moves.
                atLineStart = startsLine && standalone
                guard startsLine else { return node }
                return .parent(
                    name: name, overrides: overrides, indentation: removing(prefix, from: indentation),
                    standalone: standalone)
            case .block(let name, var body, var indentation, let standalone, let dedented):
                // A nested block that lost its own indentation keeps its
                // lines; its place moves left with the lines around it.
                // Otherwise its lines are the surrounding block's lines.
                if startsLine { indentation = removing(prefix, from: indentation) }
                atLineStart = startsLine && standalone
                if dedented {
                    // Its body starts a line; whether what follows does is
                    // told by its last text (not walked again: nested blocks
                    // would make that quadratic).
                    if case .text(let bytes) = body.last {
                        atLineStart = bytes.last == 0x0A
                    } else {
                        atLineStart = body.isEmpty
                    }
                } else {
                    body = dedent(body, by: prefix, atLineStart: &atLineStart)
                }
                return .block(
                    name: name, body: body, indentation: indentation, standalone: standalone, dedented: dedented)
            }
        }
    }

    /// `bytes` without the longest start it shares with `prefix`.
    private static func removing(_ prefix: [UInt8], from bytes: [UInt8]) -> [UInt8] {
        var count = 0
        while count < prefix.count, count < bytes.count, bytes[count] == prefix[count] { count += 1 }
        return count == 0 ? bytes : Array(bytes[count...])
    }
}
