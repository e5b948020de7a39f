/// One `{{#include path}}` line, mdBook's syntax: the directive alone on its
/// line, after at most a container prefix (indentation, `>` quote markers, a
/// list marker), so that included text can sit inside a list item, a quote
/// or a callout, or inside a fenced code block. `\{{#include …}}` is the
/// directive written as text: the backslash is dropped, nothing is read.
struct IncludeDirective: Equatable {
    /// The bytes before `{{` (ASCII: see `isPrefixByte`).
    var prefix: [UInt8]
    /// Everything after `#include`, trimmed: `path`, `path:10:20`, `path:name`.
    var argument: String
    /// The path part of the argument.
    var path: String
    var selection: IncludeSelection

    /// What a line holds: a directive, an escaped one (the offset of its
    /// backslash), or neither.
    enum Line: Equatable {
        case directive(IncludeDirective)
        case escaped(backslash: Int)
    }

    /// The prefix of the included text's second and later lines: a list
    /// marker becomes spaces of its width, so the lines continue the item.
    var continuationPrefix: [UInt8] {
        prefix.map { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") ? $0 : 0x20 }
    }

    /// The 1-based column of the `{{` (the prefix is ASCII).
    var column: Int { prefix.count + 1 }

    /// Reads one line (without its line end). Most lines have no `{{`: one
    /// scan of the prefix bytes tells.
    static func parse<Bytes: RandomAccessCollection>(_ line: Bytes) -> Line?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = line.startIndex
        while index < line.endIndex, isPrefixByte(line[index]) { index += 1 }
        var backslash: Int?
        if index < line.endIndex, line[index] == UInt8(ascii: "\\") {
            backslash = index - line.startIndex
            index += 1
        }
        guard index + 1 < line.endIndex, line[index] == UInt8(ascii: "{"), line[index + 1] == UInt8(ascii: "{")
        else { return nil }
        let open = index
        index += 2
        while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        let keyword = Array("#include".utf8)
        guard line.endIndex - index > keyword.count, line[index..<(index + keyword.count)].elementsEqual(keyword),
            line[index + keyword.count] == 0x20 || line[index + keyword.count] == 0x09
                || line[index + keyword.count] == UInt8(ascii: "}")
        else { return nil }
        index += keyword.count
        // The argument runs to `}}`, which only whitespace may follow.
        var end = line.endIndex
        while end > index, line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0D { end -= 1 }
        guard end - index >= 2, line[end - 1] == UInt8(ascii: "}"), line[end - 2] == UInt8(ascii: "}") else {
            return nil
        }
        let argumentBytes = line[index..<(end - 2)]
        guard !argumentBytes.contains(UInt8(ascii: "}")) else { return nil }
        if let backslash { return .escaped(backslash: backslash) }
        let argument = String(decoding: argumentBytes, as: UTF8.self).trimmingWhitespace
        let (path, selection) = IncludeSelection.split(argument)
        return .directive(
            IncludeDirective(
                prefix: Array(line[line.startIndex..<open]), argument: argument, path: path, selection: selection))
    }

    /// Indentation, quote markers and list markers (`-`, `*`, `+`, `1.`, `1)`).
    static func isPrefixByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: ")"):
            return true
        default: return false
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }
}
