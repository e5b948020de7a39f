import Foundation

/// A `:::` line of a callout container, as Docusaurus, VitePress and many docs
/// repositories write them: three or more colons, then a type and an optional
/// title (`:::note`, `::: warning Optional title`, `:::tip[Title]`) to open,
/// or nothing to close. A longer fence of colons lets callouts nest.
struct CalloutFence: Equatable {
    var colons: Int
    /// Nil for a closing fence.
    var type: String?
    var title: String?

    /// Reads a line's text (its container prefix already skipped).
    init?(_ line: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < line.count, line[index] == UInt8(ascii: ":") { index += 1 }
        guard index >= 3 else { return nil }
        colons = index
        while index < line.count, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        guard index < line.count else {
            type = nil
            title = nil
            return
        }
        guard ASCIIByte.isLetter(line[index]) else { return nil }
        let typeStart = index
        while index < line.count,
            ASCIIByte.isLetter(line[index]) || ASCIIByte.isDigit(line[index]) || line[index] == 0x2D
                || line[index] == 0x5F
        {
            index += 1
        }
        type = String(decoding: line[typeStart..<index], as: UTF8.self).lowercased()
        var rest = Array(line[index...])
        if rest.first == UInt8(ascii: "["), let close = rest.lastIndex(of: UInt8(ascii: "]")) {
            rest = Array(rest[1..<close])
        } else if let first = rest.first, first != 0x20, first != 0x09 {
            return nil  // `:::note-ish{…}` or other syntax this does not know
        }
        let trimmed = String(decoding: rest, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        title = trimmed.isEmpty ? nil : trimmed
    }

}
