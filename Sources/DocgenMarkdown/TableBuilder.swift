import CCmark
import Foundation

/// Finds GFM pipe tables in the page's paragraphs (cmark reads a table as a
/// paragraph of `|` lines) and replaces each with a table that cmark renders
/// as cmark-gfm writes it.
///
/// A table is a header row, a delimiter row with as many cells, and every
/// following line of the paragraph as a body row (cells past the header's
/// count dropped, missing ones empty). Lines of the paragraph before the
/// header stay a paragraph. Each cell's inlines, and that paragraph's, are
/// parsed in a `SyntheticText`; the cells are custom inlines tagged with
/// their block, so that the tree walker finds their links at their place
/// in the file. Lines that look like a table but are not one get a
/// `malformed-table` warning.
struct TableBuilder {
    private struct Table {
        /// The paragraph the table replaces (an empty one where lazy lines
        /// left a container).
        var paragraph: OpaquePointer
        var before: Int?
        var alignments: [TableRow.Alignment]
        var header: [TableCellContent]
        var body: [[TableCellContent]]
        /// Lines after the table that only laziness kept in the paragraph,
        /// and the empty paragraph after the container where they go.
        var after: (block: Int, holder: OpaquePointer)?
        /// A setext heading's `---` underline, now a thematic break after the table.
        var endsWithBreak = false
    }

    let nodes: CmarkNodes
    let source: SourceBuffer
    private(set) var synthetic = SyntheticText()
    private(set) var problems: [MarkdownProblem] = []
    private var tables: [Table] = []

    init(nodes: CmarkNodes, source: SourceBuffer) {
        self.nodes = nodes
        self.source = source
    }

    /// Finds the tables under `container`.
    mutating func find(in container: OpaquePointer, prefix: ContainerPrefix = ContainerPrefix()) {
        var child = cmark_node_first_child(container)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_PARAGRAPH:
                findTable(in: current, prefix: prefix)
            case CMARK_NODE_HEADING:
                findTable(inSetextHeading: current, prefix: prefix)
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_CUSTOM_BLOCK:
                find(in: current, prefix: prefix.entering(current, source: source))
            default:
                break
            }
            child = cmark_node_next(current)
        }
    }

    private mutating func findTable(in paragraph: OpaquePointer, prefix: ContainerPrefix) {
        let startLine = Int(cmark_node_get_start_line(paragraph))
        let endLine = Int(cmark_node_get_end_line(paragraph))
        guard endLine > startLine, mayHoldTable(from: startLine, through: endLine) else { return }
        let text = BlockText(
            source: source, startLine: startLine, startColumn: Int(cmark_node_get_start_column(paragraph)),
            endLine: endLine, quoteDepth: prefix.quoteDepth)
        _ = findTable(in: text, paragraph: paragraph, prefix: prefix)
    }

    /// A setext heading is a paragraph and an underline to cmark; to cmark-gfm
    /// a table in its lines ends at the underline, a `---` is then a thematic
    /// break and a `===` one more body row.
    private mutating func findTable(inSetextHeading heading: OpaquePointer, prefix: ContainerPrefix) {
        let startLine = Int(cmark_node_get_start_line(heading))
        // cmark's end position of a setext heading is unreliable (it can
        // reach into the next line): the underline is the first line of
        // only `=` or only `-` after the first.
        guard
            let underline = (startLine + 1...max(startLine + 1, Int(cmark_node_get_end_line(heading)))).first(where: {
                isSetextUnderline($0, quoteDepth: prefix.quoteDepth)
            }), underline > startLine + 1, mayHoldTable(from: startLine, through: underline)
        else { return }
        let range = source.lines.contentRange(ofLine: underline, in: source.bytes)
        let isBreak = source.bytes[range].contains(UInt8(ascii: "-"))
        let column = Int(cmark_node_get_start_column(heading))
        let text = BlockText(
            source: source, startLine: startLine, startColumn: column, endLine: isBreak ? underline - 1 : underline,
            quoteDepth: prefix.quoteDepth)
        if findTable(in: text, paragraph: heading, prefix: prefix), isBreak,
            let index = tables.lastIndex(where: { $0.paragraph == heading })
        {
            tables[index].endsWithBreak = true
        }
    }

    private func isSetextUnderline(_ line: Int, quoteDepth: Int) -> Bool {
        guard line <= source.lines.lineCount else { return false }
        let range = source.lines.contentRange(ofLine: line, in: source.bytes)
        var bytes = source.bytes[source.contentStart(in: range, quoteDepth: quoteDepth)..<range.upperBound]
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
        guard let first = bytes.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { $0 == first }
    }

    /// Finds a table in the lines of `text`, which `paragraph` holds; true when there is one.
    private mutating func findTable(
        in text: BlockText, paragraph: OpaquePointer, prefix: ContainerPrefix
    ) -> Bool {
        // Only a line of `|`, `-`, `:` and blanks can be a delimiter row: no
        // such line, no table (and no warning) in this paragraph.
        guard
            let firstCandidate = (1..<max(1, text.lines.count)).first(where: { index in
                text.text[lineRange(text, index)].allSatisfy {
                    $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20
                        || $0 == 0x09
                }
            })
        else { return false }
        // Link reference definitions may open the paragraph; only the lines
        // before the first candidate can be such.
        let definitionLines = LeadingDefinitions.lineCount(
            in: text, source: source, quoteDepth: prefix.quoteDepth, atMost: { firstCandidate - 1 })
        guard definitionLines + 1 < text.lines.count else { return false }
        for index in max(definitionLines + 1, firstCandidate)..<text.lines.count {
            let header = row(text, index - 1)
            let delimiter = row(text, index)
            if let alignments = delimiter.delimiterAlignments, header.hasPipe || delimiter.hasPipe {
                // cmark-gfm does not open a table on a lazy delimiter row, nor
                // on one indented as code.
                let line = continuation(text, index, prefix)
                guard !line.isLazy, line.indentation < 4 else { return false }
                if header.cells.count == alignments.count {
                    addTable(
                        paragraph: paragraph, text: text, headerLine: index - 1, alignments: alignments,
                        header: header, firstBody: definitionLines, prefix: prefix)
                    return true
                }
                if header.hasPipe {
                    warn(
                        text, line: index - 1,
                        "the header row has \(header.cells.count) cells but the delimiter row below it has \(alignments.count)",
                        note: "give both rows the same number of cells")
                }
                // Not a table here; a later line may still start one.
                continue
            }
            if header.hasPipe, header.cells.count > 1, TableRow.looksLikeDelimiterRow(text.text[lineRange(text, index)])
            {
                warn(
                    text, line: index - 1, "the row below this one is not a valid delimiter row",
                    note: "write each delimiter cell as `---`, `:---`, `:---:` or `---:`")
            }
        }
        return false
    }

    private func row(_ text: BlockText, _ index: Int) -> TableRow {
        TableRow(text: text.text, range: lineRange(text, index))
    }

    private func lineRange(_ text: BlockText, _ index: Int) -> Range<Int> {
        text.lines[index].textStart..<(text.lines[index].textStart + text.lines[index].length)
    }

    private mutating func warn(_ text: BlockText, line index: Int, _ message: String, note: String) {
        problems.append(
            MarkdownProblem(
                kind: .malformedTable,
                position: source.position(ofOffset: text.sourceOffset(ofTextIndex: text.lines[index].textStart)),
                message: "this looks like a table but is published as text: \(message)", notes: [note]))
    }

    private mutating func addTable(
        paragraph: OpaquePointer, text: BlockText, headerLine: Int, alignments: [TableRow.Alignment],
        header: TableRow, firstBody definitionLines: Int, prefix: ContainerPrefix
    ) {
        var table = Table(paragraph: paragraph, alignments: alignments, header: [], body: [])
        if headerLine > definitionLines {
            // cmark-gfm reads the paragraph before a table with the cell
            // rules too: a `\\|` in it is a `|`, code spans included.
            table.before = synthetic.add(
                lines: (definitionLines..<headerLine).map { lineContent(text, $0) }, isCell: true)
        }
        table.header = header.cells.map { addCell($0, text, headerLine) }
        var index = headerLine + 2
        while index < text.lines.count {
            // A line a block quote's `>` or a list item's indent no longer
            // holds was paragraph text only by laziness, which a table does not have.
            if continuation(text, index, prefix).isLazy {
                addLazyLines(of: text, from: index, after: paragraph, to: &table)
                break
            }
            let row = self.row(text, index)
            table.body.append(
                (0..<alignments.count).map { column in
                    column < row.cells.count ? addCell(row.cells[column], text, index) : .empty
                })
            index += 1
        }
        tables.append(table)
    }

    /// The lazy lines after a table leave its containers, as in cmark-gfm:
    /// they become a paragraph (or a table) after the paragraph's outermost
    /// container.
    private mutating func addLazyLines(
        of text: BlockText, from index: Int, after paragraph: OpaquePointer, to table: inout Table
    ) {
        var outermost = paragraph
        while let parent = cmark_node_parent(outermost), cmark_node_get_type(parent) != CMARK_NODE_DOCUMENT {
            outermost = parent
        }
        let holder = nodes.paragraph(text: "")
        cmark_node_insert_after(outermost, holder)
        let firstLine = text.firstLine + index
        let range = source.lines.contentRange(ofLine: firstLine, in: source.bytes)
        let lazy = BlockText(
            source: source, startLine: firstLine,
            startColumn: source.contentStart(in: range, quoteDepth: 0) - range.lowerBound + 1,
            endLine: text.firstLine + text.lines.count - 1, quoteDepth: 0)
        if !findTable(in: lazy, paragraph: holder, prefix: ContainerPrefix()) {
            table.after = (synthetic.add(lines: lazy.lines.indices.map { lineContent(lazy, $0) }), holder)
        }
    }

    private func lineContent(_ text: BlockText, _ index: Int) -> (bytes: ArraySlice<UInt8>, sourceStart: Int) {
        (text.text[lineRange(text, index)], text.lines[index].sourceStart)
    }

    private mutating func addCell(_ cell: TableRow.Cell, _ text: BlockText, _ line: Int) -> TableCellContent {
        guard !cell.bytes.isEmpty else { return .empty }
        if let plain = TableCellContent.plainText(cell.bytes) { return .text(plain) }
        let sourceStart = text.lines[line].sourceStart + (cell.start - text.lines[line].textStart)
        return .inlines(synthetic.add(lines: [(cell.bytes, sourceStart)], isCell: true))
    }

    /// How the containers read line `index` of `text` (laziness, indentation).
    private func continuation(_ text: BlockText, _ index: Int, _ prefix: ContainerPrefix) -> LazyLine {
        LazyLine(
            source: source, range: source.lines.contentRange(ofLine: text.firstLine + index, in: source.bytes),
            prefix: prefix)
    }

    /// A `|` and a `-` in the paragraph's lines: the least a table needs.
    private func mayHoldTable(from first: Int, through last: Int) -> Bool {
        let start = source.lines.starts[first - 1]
        let end = last < source.lines.starts.count ? source.lines.starts[last] : source.bytes.count
        guard let base = source.bytes.baseAddress, end > start else { return false }
        return memchr(base + start, Int32(UInt8(ascii: "|")), end - start) != nil
            && memchr(base + start, Int32(UInt8(ascii: "-")), end - start) != nil
    }

    // MARK: - Building

    /// Parses the cells and replaces each table's paragraph. Returns false
    /// when there was nothing to build or the cells could not be parsed.
    mutating func build(memory: UnsafeMutablePointer<cmark_mem>) {
        guard !tables.isEmpty else { return }
        synthetic.addDefinitions(from: source)
        guard let paragraphs = synthetic.parse(memory: memory) else { return }
        for table in tables {
            let paragraph = table.paragraph
            if let before = table.before {
                NodeTag.set(paragraphs[before], NodeTag.synthetic + before)
                cmark_node_insert_before(paragraph, paragraphs[before])
            }
            cmark_node_insert_before(paragraph, tableNode(table, paragraphs))
            // cmark-gfm makes a list loose when a table of only a header
            // row is followed by anything in it: a block, or another item.
            if table.body.isEmpty, let item = cmark_node_parent(paragraph),
                cmark_node_get_type(item) == CMARK_NODE_ITEM,
                cmark_node_next(paragraph) != nil || cmark_node_next(item) != nil,
                let list = cmark_node_parent(item)
            {
                cmark_node_set_list_tight(list, 0)
            }
            if table.endsWithBreak {
                cmark_node_insert_before(paragraph, cmark_node_new_with_mem(CMARK_NODE_THEMATIC_BREAK, memory))
            }
            if let after = table.after {
                NodeTag.set(paragraphs[after.block], NodeTag.synthetic + after.block)
                cmark_node_insert_before(after.holder, paragraphs[after.block])
                cmark_node_unlink(after.holder)
            }
            cmark_node_unlink(paragraph)
        }
    }

    private func tableNode(_ table: Table, _ paragraphs: [OpaquePointer]) -> OpaquePointer {
        let node = nodes.customBlock(enter: "<table>", exit: "</table>")
        let head = nodes.customBlock(enter: "<thead>", exit: "</thead>")
        head.appendRow(table.header, isHeader: true, table.alignments, paragraphs, nodes)
        cmark_node_append_child(node, head)
        if !table.body.isEmpty {
            let body = nodes.customBlock(enter: "<tbody>", exit: "</tbody>")
            for row in table.body { body.appendRow(row, isHeader: false, table.alignments, paragraphs, nodes) }
            cmark_node_append_child(node, body)
        }
        return node
    }
}

extension OpaquePointer {
    /// Appends a `<tr>` of cells to a table section.
    fileprivate func appendRow(
        _ cells: [TableCellContent], isHeader: Bool, _ alignments: [TableRow.Alignment], _ paragraphs: [OpaquePointer],
        _ nodes: CmarkNodes
    ) {
        let row = nodes.customBlock(enter: "<tr>", exit: "</tr>")
        for (column, content) in cells.enumerated() {
            let cell = nodes.customInline(
                enter: alignments[column].startTag(isHeader: isHeader), exit: isHeader ? "</th>\n" : "</td>\n")
            switch content {
            case .empty:
                break
            case .text(let text):
                cmark_node_append_child(cell, nodes.text(text))
            case .inlines(let block):
                CmarkNodes.moveChildren(of: paragraphs[block], to: cell)
                NodeTag.set(cell, NodeTag.synthetic + block)
            }
            cmark_node_append_child(row, cell)
        }
        cmark_node_append_child(self, row)
    }
}
