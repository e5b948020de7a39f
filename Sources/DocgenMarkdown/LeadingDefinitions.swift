import CCmark

/// How many lines of a paragraph (or setext heading) the link reference
/// definitions at its start take.
///
/// cmark removes those definitions from the block but keeps the block's start
/// line, so its inline line numbers run behind by that many lines, and it
/// does not say how many. Definitions can span lines (a title on the next
/// line, a multi-line title or label), so they are not counted by hand:
/// cmark itself parses growing prefixes of the block's lines, and the
/// longest prefix that is nothing but definitions is the answer. Parsing a
/// prefix that ends inside a definition leaves a paragraph, and so does any
/// prefix that reaches past the definitions into the block's text.
enum LeadingDefinitions {
    /// - Parameter atMost: an upper bound (lines cmark's numbers fall behind by
    ///   the block's end), so that usually one prefix is parsed. It walks all
    ///   the block's inlines, so it is asked only when a definition can start it.
    static func lineCount(
        in block: BlockText, source: SourceBuffer, quoteDepth: Int, atMost bound: () -> Int
    ) -> Int {
        guard block.text.first == UInt8(ascii: "["), block.lines.count > 1 else { return 0 }
        guard block.text.contains(UInt8(ascii: ":")) else { return 0 }
        let limit = bound()
        guard limit > 0 else { return 0 }
        for count in stride(from: min(limit, block.lines.count - 1), through: 1, by: -1)
        where isOnlyDefinitions(prefixBytes(of: block, lines: count, source: source, quoteDepth: quoteDepth)) {
            return count
        }
        return 0
    }

    /// The block's first `count` lines as cmark saw them, except that a
    /// continuation line keeps its indentation, so that a line like `    # x`
    /// stays paragraph text here as it was in the page.
    private static func prefixBytes(of block: BlockText, lines count: Int, source: SourceBuffer, quoteDepth: Int)
        -> [UInt8]
    {
        var bytes = Array(block.text[block.lines[0].textStart..<(block.lines[0].textStart + block.lines[0].length)])
        for index in 1..<count {
            let line = block.firstLine + index
            let range = source.lines.contentRange(ofLine: line, in: source.bytes)
            let start = source.prefixEnd(in: range, quoteDepth: quoteDepth)
            bytes.append(0x0A)
            bytes.append(contentsOf: source.bytes[min(start, range.upperBound)..<range.upperBound])
        }
        bytes.append(0x0A)
        return bytes
    }

    private static func isOnlyDefinitions(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let document = cmark_parse_document(buffer.baseAddress, buffer.count, CMARK_OPT_DEFAULT) else {
                return false
            }
            defer { cmark_node_free(document) }
            return cmark_node_first_child(document) == nil
        }
    }
}
