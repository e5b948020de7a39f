import CCmark
import Foundation

/// Adjacent text nodes of one container, their literals (the text a reader
/// sees) joined, and for each byte of it where it stands in the block's
/// text, so that what the extensions find in the literal has a place in
/// the file.
///
/// cmark merges the text between two other inlines into one node, with
/// backslash escapes and entities decoded (`a\_b &amp; c` is the literal
/// `a_b & c`), so a literal is aligned with its source. Nearly always the
/// literals are the block's text as written: then the run is only a range of
/// that text, with nothing copied. Only a run with an escape or entity gets
/// its own decoded copy (`Decoded`), where such a byte maps to `-2 - start`,
/// `start` being the index of its `\` or `&`.
struct TextRun {
    private struct Decoded {
        /// The literals, with one byte of context before and after.
        var text: [UInt8]
        /// For each byte of `text` after the first, its index in the block's text.
        var sourceIndexes: [Int]
    }

    private(set) var nodes: [OpaquePointer] = []
    /// Where the run starts and ends in the block's text.
    private var sourceStart = 0
    private var sourceEnd = 0
    private var decoded: Decoded?
    /// The block's text, which a run with no decoded byte is a range of.
    private var blockText: [UInt8] = []

    var isEmpty: Bool { nodes.isEmpty }

    /// The text to scan: the block's own, or the decoded copy.
    var text: [UInt8] { decoded?.text ?? blockText }

    /// Where the run is in `text`; the bytes around it are context.
    var range: Range<Int> {
        if let decoded { return 1..<(decoded.sourceIndexes.count + 1) }
        return sourceStart..<sourceEnd
    }

    /// Adds a text node that starts at `index` of `block`'s text, if its
    /// literal lines up with the text there and it continues the run.
    mutating func extend(with node: OpaquePointer, at index: Int, in block: BlockText) -> Bool {
        guard let pointer = cmark_node_get_literal(node), nodes.isEmpty || index == sourceEnd else { return false }
        let literal = UnsafeBufferPointer(
            start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
        guard !literal.isEmpty, index >= 0, index <= block.text.count else { return false }
        if nodes.isEmpty {
            sourceStart = index
            sourceEnd = index
            blockText = block.text
        }
        // Equal bytes with no `\\` or `&` among them: written as it reads (an
        // entity's literal can be a prefix of its source, `&` of `&amp;`).
        let verbatim =
            decoded == nil && index + literal.count <= block.text.count
            && block.text.withUnsafeBufferPointer { text in
                let start = text.baseAddress! + index
                return memcmp(start, literal.baseAddress!, literal.count) == 0
                    && memchr(start, Int32(UInt8(ascii: "&")), literal.count) == nil
                    && memchr(start, Int32(UInt8(ascii: "\\")), literal.count) == nil
            }
        if verbatim {
            sourceEnd = index + literal.count
        } else {
            if decoded == nil {
                // The first decoded byte: copy what the run holds so far.
                decoded = Decoded(
                    text: [sourceStart > 0 ? block.text[sourceStart - 1] : 0x0A]
                        + block.text[sourceStart..<sourceEnd],
                    sourceIndexes: Array(sourceStart..<sourceEnd))
            }
            guard let end = align(literal, at: index, in: block.text) else {
                if nodes.isEmpty { decoded = nil }
                return false
            }
            sourceEnd = end
        }
        nodes.append(node)
        return true
    }

    /// Closes the run: a decoded copy gets the byte after it as context.
    mutating func close(in block: BlockText) {
        decoded?.text.append(sourceEnd < block.text.count ? block.text[sourceEnd] : 0x0A)
    }

    /// The byte at `index` of `text` as it was written: the `\\` or `&`
    /// of a decoded escape or entity, for rules that read the raw line.
    func rawByte(at index: Int) -> UInt8 {
        let source = sourceIndex(of: index)
        return source >= 0 ? blockText[source] : blockText[-2 - source]
    }

    /// Whether the run holds a decoded escape or entity.
    var hasDecodedBytes: Bool { decoded != nil }

    /// Whether every byte of `range` (in `text`) was written as it reads.
    func isVerbatim(_ range: Range<Int>) -> Bool {
        guard let decoded else { return true }
        return range.allSatisfy { decoded.sourceIndexes[$0 - 1] >= 0 }
    }

    /// The index in the block's text of a byte of the run written as it
    /// reads, or a negative number for one that was decoded.
    func sourceIndex(of index: Int) -> Int {
        guard let decoded else { return index }
        return decoded.sourceIndexes[index - 1]
    }

    /// Appends `literal`, which starts at `start` of the block's text, to the
    /// decoded copy; returns where the block's text continues after it.
    private mutating func align(_ literal: UnsafeBufferPointer<UInt8>, at start: Int, in text: [UInt8]) -> Int? {
        var source = start
        var offset = 0
        var appended: [UInt8] = []
        var indexes: [Int] = []
        appended.reserveCapacity(literal.count)
        indexes.reserveCapacity(literal.count)
        while offset < literal.count {
            guard source < text.count else { return nil }
            let byte = text[source]
            if byte == UInt8(ascii: "\\"), source + 1 < text.count, ASCIIByte.isPunctuation(text[source + 1]),
                literal[offset] == text[source + 1]
            {
                appended.append(literal[offset])
                indexes.append(-2 - source)
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
                }
                source = entityEnd
                offset += length
            } else if byte == literal[offset] {
                appended.append(byte)
                indexes.append(source)
                source += 1
                offset += 1
            } else {
                return nil
            }
        }
        decoded!.text += appended
        decoded!.sourceIndexes += indexes
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
            ASCIIByte.isAlphanumeric(text[index])
                || text[index] == UInt8(ascii: "#")
        {
            index += 1
        }
        return index > start + 1 && index < text.count && text[index] == UInt8(ascii: ";") ? index + 1 : nil
    }
}
