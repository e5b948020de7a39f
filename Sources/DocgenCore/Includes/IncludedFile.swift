/// A file read for an include: its UTF-8 bytes cut into lines, each with its
/// line end (CommonMark's: `\n`, `\r\n` or a lone `\r`).
struct IncludedFile: Sendable {
    let bytes: [UInt8]
    /// Each line's byte range, line end excluded, and where its line end ends.
    let lines: [(content: Range<Int>, end: Int)]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var lines: [(content: Range<Int>, end: Int)] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                lines.append((start..<index, index + 1))
                index += 1
                start = index
            } else if byte == 0x0D {
                let end = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                lines.append((start..<index, end))
                index = end
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { lines.append((start..<bytes.count, bytes.count)) }
        self.lines = lines
    }

    /// The names of the file's `ANCHOR:` markers, in file order, each once.
    var anchorNames: [String] {
        var names: [String] = []
        for line in lines where bytes[line.content].contains(UInt8(ascii: "A")) {
            for case .start(let name) in IncludeAnchors.markers(in: bytes[line.content]) where !names.contains(name) {
                names.append(name)
            }
        }
        return names
    }
}
