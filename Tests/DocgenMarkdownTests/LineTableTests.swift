import XCTest

@testable import DocgenMarkdown

/// `LineTable` turns cmark's byte columns into character columns; long lines
/// use checkpoints, which must give exactly what counting from the line's
/// start gives.
final class LineTableTests: XCTestCase {
    private func naiveColumn(_ line: [UInt8], byteColumn: Int) -> Int {
        1 + line.prefix(byteColumn - 1).filter { $0 & 0xC0 != 0x80 }.count
    }

    func testColumnsOnLongMultibyteLinesMatchCountingFromTheStart() {
        let pieces = ["a", "é", "日本", "🙂", "[x](/y/) ", "\t"]
        var lines: [[UInt8]] = []
        for length in [0, 1, 255, 256, 4095, 4096, 4097, 4352, 4353, 9000] {
            var line: [UInt8] = []
            // A fixed mix of 1- to 4-byte characters, different on each line.
            var piece = length
            while line.count < length {
                line += Array(pieces[piece % pieces.count].utf8)
                piece = (piece * 31 + 7) % 1009
            }
            lines.append(line)
        }
        let text = lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\r\n") + "\rend"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let table = LineTable(buffer)
            XCTAssertEqual(table.lineCount, lines.count + 1)
            for (index, line) in lines.enumerated() {
                for byteColumn in 1...(line.count + 1) {
                    XCTAssertEqual(
                        table.characterColumn(line: index + 1, byteColumn: byteColumn, in: buffer),
                        naiveColumn(line, byteColumn: byteColumn), "line \(index + 1), byte column \(byteColumn)")
                }
            }
            // A lone `\r` ends a line too.
            XCTAssertEqual(table.contentRange(ofLine: lines.count + 1, in: buffer).count, 3)
        }
    }
}
