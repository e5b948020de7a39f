import DocgenMarkdown

/// The `ANCHOR: name` and `ANCHOR_END: name` markers of a file, in any
/// comment style (`// ANCHOR: x`, `# ANCHOR: x`, `<!-- ANCHOR: x -->`), as
/// mdBook finds them: the word, a colon, optional whitespace, then a name
/// of letters, digits, `_` and `-`.
enum IncludeAnchors {
    enum Marker: Equatable {
        case start(String)
        case end(String)
    }

    /// The markers on one line (usually none: a line without `ANCHOR` is skipped at once).
    static func markers<Bytes: RandomAccessCollection>(in line: Bytes) -> [Marker]
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let word = Array("ANCHOR".utf8)
        var found: [Marker] = []
        var index = line.startIndex
        while index + word.count <= line.endIndex {
            guard line[index] == UInt8(ascii: "A"), line[index..<(index + word.count)].elementsEqual(word) else {
                index += 1
                continue
            }
            var cursor = index + word.count
            var isEnd = false
            let endWord = Array("_END".utf8)
            if cursor + endWord.count <= line.endIndex, line[cursor..<(cursor + endWord.count)].elementsEqual(endWord) {
                isEnd = true
                cursor += endWord.count
            }
            guard cursor < line.endIndex, line[cursor] == UInt8(ascii: ":") else {
                index = cursor
                continue
            }
            cursor += 1
            while cursor < line.endIndex, line[cursor] == 0x20 || line[cursor] == 0x09 { cursor += 1 }
            let nameStart = cursor
            while cursor < line.endIndex, isNameByte(line[cursor]) { cursor += 1 }
            if cursor > nameStart {
                let name = String(decoding: line[nameStart..<cursor], as: UTF8.self)
                found.append(isEnd ? .end(name) : .start(name))
            }
            index = cursor
        }
        return found
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        ASCIIByte.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && isNameByte(UInt8(scalar.value))
    }
}
