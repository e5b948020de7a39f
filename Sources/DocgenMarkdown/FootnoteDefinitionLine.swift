/// The first line of a footnote definition, `[^label]: text`, indented by at
/// most three spaces: its label, where the marker starts and where the
/// definition's own text starts (after the spaces that follow the colon).
struct FootnoteDefinitionLine: Equatable {
    var label: String
    var markerOffset: Int
    var contentOffset: Int

    init?(_ line: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < line.count, index < 3, line[index] == 0x20 { index += 1 }
        guard index + 4 < line.count, line[index] == UInt8(ascii: "["), line[index + 1] == UInt8(ascii: "^") else {
            return nil
        }
        markerOffset = index
        let labelStart = index + 2
        var close = labelStart
        while close < line.count, !FootnoteLabel.ends(line[close]) { close += 1 }
        guard close > labelStart, close + 1 < line.count, line[close] == UInt8(ascii: "]"),
            line[close + 1] == UInt8(ascii: ":")
        else { return nil }
        label = String(decoding: line[labelStart..<close], as: UTF8.self)
        var content = close + 2
        while content < line.count, line[content] == 0x20 || line[content] == 0x09 { content += 1 }
        contentOffset = content
    }
}

/// What a footnote label may hold: anything but whitespace and brackets.
enum FootnoteLabel {
    static func ends(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "]") || byte == UInt8(ascii: "[") || byte == 0x20 || byte == 0x09 || byte == 0x0A
            || byte == 0x0D
    }
}
