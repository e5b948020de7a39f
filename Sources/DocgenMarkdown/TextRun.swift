import CCmark
import Foundation

/// Adjacent text nodes of one container, their literals (the text a reader
/// sees) joined, and for each byte of it where it stands in the block's
/// text, so that what the extensions find in the literal has a place in
/// the file.
///
/// cmark merges the text between two other inlines into one node, with
/// backslash escapes and entities decoded (`a\_b &amp; c` is the literal
/// `a_b & c`), so a literal is aligned with its source: equal bytes map one
/// to one; an escape or an entity maps to -1, as text nobody wrote as such.
struct TextRun {
    private(set) var nodes: [OpaquePointer] = []
    /// The literals, with one byte of context before and after (the block's
    /// bytes around the run, or a line end).
    private(set) var scanText: [UInt8] = [0x0A]
    /// For each byte of `scanText` in `range`, its index in the block's text;
    /// for a byte of a decoded escape or entity, `-2 - start` where `start` is
    /// the index of its `\\` or `&`.
    private(set) var sourceIndexes: [Int] = [-1]
    /// The bytes around the run as written (`\\` or `&` for a decoded one).
    private(set) var rawText: [UInt8] = [0x0A]
    /// Where the block's text continues after the run.
    private var sourceEnd = 0

    var isEmpty: Bool { nodes.isEmpty }
    /// Where the literals are in `scanText`.
    var range: Range<Int> { 1..<(sourceIndexes.count) }

    /// Adds a text node that starts at `index` of `block`'s text, if its
    /// literal lines up with the text there and it continues the run.
    mutating func extend(with node: OpaquePointer, at index: Int, in block: BlockText) -> Bool {
        guard let pointer = cmark_node_get_literal(node), nodes.isEmpty || index == sourceEnd else { return false }
        let literal = UnsafeBufferPointer(
            start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
        guard !literal.isEmpty, let end = align(literal, at: index, in: block.text) else { return false }
        if nodes.isEmpty {
            scanText[0] = index > 0 ? block.text[index - 1] : 0x0A
            rawText[0] = scanText[0]
        }
        nodes.append(node)
        sourceEnd = end
        return true
    }

    /// Closes the run: the byte after it, for what reads past its end.
    mutating func close(in block: BlockText) {
        scanText.append(sourceEnd < block.text.count ? block.text[sourceEnd] : 0x0A)
        rawText.append(scanText[scanText.count - 1])
    }

    /// The byte at `index` of `scanText` as it was written: the `\\` or `&`
    /// of a decoded escape or entity, for rules that read the raw line.
    func rawByte(at index: Int) -> UInt8 { rawText[index] }

    /// Whether every byte of `range` (in `scanText`) was written as it reads.
    func isVerbatim(_ range: Range<Int>) -> Bool {
        range.allSatisfy { sourceIndexes[$0] >= 0 }
    }

    /// The index in the block's text of a byte written as it reads, or a
    /// negative number for one that was decoded.
    func sourceIndex(of index: Int) -> Int { sourceIndexes[index] }

    private mutating func align(_ literal: UnsafeBufferPointer<UInt8>, at start: Int, in text: [UInt8]) -> Int? {
        var source = start
        var offset = 0
        var appended: [UInt8] = []
        var indexes: [Int] = []
        var raw: [UInt8] = []
        appended.reserveCapacity(literal.count)
        indexes.reserveCapacity(literal.count)
        while offset < literal.count {
            guard source < text.count else { return nil }
            let byte = text[source]
            if byte == UInt8(ascii: "\\"), source + 1 < text.count, Self.isASCIIPunctuation(text[source + 1]),
                literal[offset] == text[source + 1]
            {
                appended.append(literal[offset])
                indexes.append(-2 - source)
                raw.append(byte)
                source += 2
                offset += 1
            } else if byte == UInt8(ascii: "&"), let entityEnd = Self.entityEnd(text, from: source),
                !literal[offset...].starts(with: text[source..<entityEnd])
            {
                // A decoded entity: one or two code points in the literal.
                let length = decodedLength(literal, at: offset, resyncingWith: text, at: entityEnd)
                guard length > 0 else { return nil }
                for index in offset..<(offset + length) {
                    appended.append(literal[index])
                    indexes.append(-2 - source)
                    raw.append(byte)
                }
                source = entityEnd
                offset += length
            } else if byte == literal[offset] {
                appended.append(byte)
                indexes.append(source)
                raw.append(byte)
                source += 1
                offset += 1
            } else {
                return nil
            }
        }
        scanText += appended
        sourceIndexes += indexes
        rawText += raw
        return source
    }

    /// How many bytes of the literal an entity decoded to: one code point,
    /// else two, whichever the text after the entity lines up with.
    private func decodedLength(
        _ literal: UnsafeBufferPointer<UInt8>, at offset: Int, resyncingWith text: [UInt8], at next: Int
    )
        -> Int
    {
        var length = 0
        for _ in 0..<2 {
            guard offset + length < literal.count else { return length }
            length += Self.utf8Length(literal[offset + length])
            let end = offset + length
            if end >= literal.count
                || (next < text.count
                    && (text[next] == literal[end] || text[next] == UInt8(ascii: "\\")
                        || text[next] == UInt8(ascii: "&")))
            {
                return min(length, literal.count - offset)
            }
        }
        return 0
    }

    private static func utf8Length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// Past `&name;`, `&#123;` or `&#x1F;` at `start`, or nil.
    private static func entityEnd(_ text: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        while index < text.count, index - start <= 32,
            (text[index] | 0x20 >= 0x61 && text[index] | 0x20 <= 0x7A) || (text[index] >= 0x30 && text[index] <= 0x39)
                || text[index] == UInt8(ascii: "#")
        {
            index += 1
        }
        return index > start + 1 && index < text.count && text[index] == UInt8(ascii: ";") ? index + 1 : nil
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}
