/// Cuts a template into text and tags, following `{{=<% %>=}}` delimiter
/// changes. Text is cut after each newline so that standalone lines can be
/// found and partials indented line by line.
struct MustacheTokenizer {
    private let bytes: [UInt8]
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var position = 0
    private var line = 1
    private var lineStart = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func tokens() throws(MustacheSyntaxError) -> [MustacheToken] {
        var tokens: [MustacheToken] = []
        var textStart = 0
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "\n") {
                position += 1
                tokens.append(.text(bytes[textStart..<position]))
                textStart = position
                line += 1
                lineStart = position
            } else if starts(with: open, at: position) {
                if textStart < position { tokens.append(.text(bytes[textStart..<position])) }
                tokens.append(.tag(try tag()))
                textStart = position
            } else {
                position += 1
            }
        }
        if textStart < bytes.count { tokens.append(.text(bytes[textStart...])) }
        return tokens
    }

    /// Reads the tag at `position` and moves past it.
    private mutating func tag() throws(MustacheSyntaxError) -> MustacheToken.Tag {
        let (tagLine, column) = (line, position - lineStart + 1)
        func failure(_ message: String) -> MustacheSyntaxError {
            MustacheSyntaxError(message: message, line: tagLine, column: column)
        }
        var start = position + open.count
        var closing = close
        let triple = open == Array("{{".utf8) && start < bytes.count && bytes[start] == UInt8(ascii: "{")
        if triple {
            start += 1
            closing = Array("}}}".utf8)
        }
        var end = start
        while end < bytes.count, !starts(with: closing, at: end) { end += 1 }
        guard end < bytes.count else {
            throw failure("the tag opened here is never closed with `\(String(decoding: closing, as: UTF8.self))`")
        }
        for index in start..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        position = end + closing.count
        var content = Self.trimmed(bytes[start..<end])
        var kind = MustacheToken.Kind.variable
        if triple {
            kind = .raw
        } else if let sigil = content.first {
            switch sigil {
            case UInt8(ascii: "#"): kind = .section
            case UInt8(ascii: "^"): kind = .inverted
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "&"): kind = .raw
            case UInt8(ascii: "="): kind = .delimiters
            case UInt8(ascii: "<"): kind = .parent
            case UInt8(ascii: "$"): kind = .block
            default: break
            }
            if kind != .variable { content = Self.trimmed(content.dropFirst()) }
        }
        switch kind {
        case .comment:
            break
        case .delimiters:
            guard content.last == UInt8(ascii: "=") else { throw failure("a delimiter tag must end with `=`") }
            // Any whitespace separates: a delimiter holding a line break would
            // hide that line from the line count of every later tag.
            let parts = content.dropLast().split(whereSeparator: {
                $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D
            })
            guard parts.count == 2, parts.allSatisfy({ !$0.contains(UInt8(ascii: "=")) }) else {
                throw failure("a delimiter tag is `{{=<open> <close>=}}`, two delimiters without spaces or `=`")
            }
            (open, close) = (Array(parts[0]), Array(parts[1]))
        default:
            guard !content.isEmpty else { throw failure("the tag has no name") }
            guard !content.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) else {
                throw failure("the tag name `\(String(decoding: content, as: UTF8.self))` holds a space")
            }
        }
        return MustacheToken.Tag(
            kind: kind, name: String(decoding: content, as: UTF8.self), line: tagLine, column: column)
    }

    private func starts(with marker: [UInt8], at index: Int) -> Bool {
        guard index + marker.count <= bytes.count else { return false }
        for offset in marker.indices where bytes[index + offset] != marker[offset] { return false }
        return true
    }

    private static func trimmed(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = slice.firstIndex(where: { !isSpace($0) }), let last = slice.lastIndex(where: { !isSpace($0) })
        else { return slice[slice.startIndex..<slice.startIndex] }
        return slice[first...last]
    }
}
