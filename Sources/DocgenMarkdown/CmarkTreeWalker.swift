import CCmark
import Foundation

/// Walks one cmark tree: collects headings, links and raw HTML with corrected
/// positions, plants the markers `HTMLMarkers` fills after rendering, and runs
/// `LinkSyntaxScanner` over every paragraph and heading. Table cells and
/// paragraphs a table split are read through their `SyntheticText` blocks;
/// runs of text go to the inline extensions (`CmarkTreeWalker+Extensions`).
struct CmarkTreeWalker {
    let source: SourceBuffer
    let allowsRawHTML: Bool
    private(set) var headings: [MarkdownHeading] = []
    var links: [MarkdownLink] = []
    private(set) var problems: [LinkSyntaxProblem] = []
    private(set) var htmlAnchors: [String] = []
    private(set) var firstRawHTML: SourcePosition?
    /// The URL as written for each hole the renderer leaves.
    private(set) var slotURLs: [String] = []
    /// Headings in document order, their ids given once all are known.
    private var pendingHeadings: [PendingHeading] = []
    /// The extensions' problems (tables, callouts, footnotes, ids).
    var markdownProblems: [MarkdownProblem] = []
    /// What the extensions change in runs of text, made after the walk.
    var edits = InlineEdits()
    /// Footnote definitions, and their numbering as references are read.
    var footnotes: FootnoteBuilder?
    /// Table cells and split paragraphs, parsed in a second document.
    var syntheticBlocks: [BlockText] = []
    let extensions: MarkdownExtensions

    /// URLs under this prefix are the site's own and get holes too.
    let ownSiteURL: String?
    /// The tree's allocator when the tree will be rendered: only then do
    /// heading and URL markers go into it (a check-only parse skips them).
    let markers: UnsafeMutablePointer<cmark_mem>?

    init(
        source: SourceBuffer, allowsRawHTML: Bool, ownSiteURL: String? = nil, markers: UnsafeMutablePointer<cmark_mem>?,
        extensions: MarkdownExtensions = []
    ) {
        self.extensions = extensions
        self.source = source
        self.allowsRawHTML = allowsRawHTML
        self.ownSiteURL = ownSiteURL
        self.markers = markers
    }

    mutating func walk(_ root: OpaquePointer) { visitBlock(root, prefix: ContainerPrefix()) }

    /// Whether an extension reads runs of plain text.
    private var readsRuns: Bool {
        !extensions.isDisjoint(with: [.strikethrough, .autolinks, .footnotes, .tasklists, .headingIDs])
    }

    func result(html: RenderedHTML) -> ParsedMarkdown {
        ParsedMarkdown(
            headings: headings, links: links, syntaxProblems: problems, htmlAnchors: htmlAnchors,
            firstRawHTML: firstRawHTML, problems: markdownProblems, html: html)
    }

    // MARK: - Blocks

    /// `prefix` is what the containers holding `node` put before its lines.
    private mutating func visitBlock(_ node: OpaquePointer, prefix: ContainerPrefix) {
        if let index = NodeTag.syntheticIndex(node), index < syntheticBlocks.count {
            visitSynthetic(node, block: syntheticBlocks[index])
            return
        }
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
            visitInlineBlock(
                node, isHeading: type == CMARK_NODE_HEADING, prefix: prefix)
        case CMARK_NODE_HTML_BLOCK:
            visitHTMLBlock(node, quoteDepth: prefix.quoteDepth)
        case CMARK_NODE_CODE_BLOCK, CMARK_NODE_THEMATIC_BREAK:
            break
        default:
            let inner = prefix.entering(node, source: source)
            var child = cmark_node_first_child(node)
            while let current = child {
                visitBlock(current, prefix: inner)
                child = cmark_node_next(current)
            }
        }
    }

    private mutating func visitInlineBlock(
        _ block: OpaquePointer, isHeading: Bool, prefix: ContainerPrefix
    ) {
        let startLine = Int(cmark_node_get_start_line(block))
        let startColumn = Int(cmark_node_get_start_column(block))
        var endLine = Int(cmark_node_get_end_line(block))
        if isHeading, cmark_node_get_end_column(block) == 0 { endLine -= 1 }  // setext: "N:0" past the underline
        // Most blocks hold no link, image, raw HTML or link-shaped text, and
        // all of these need a `[` or a `<` in the source; nor the syntax of an
        // inline extension (`~`, `@`, `://`, `www.`, `{#`, `[^`, `[ ]`): such a
        // block has nothing to record, so its text is not even gathered.
        var explicitID: ExplicitID?
        let lastLine = max(startLine, endLine)
        let mayHoldExtensions =
            readsRuns && source.linesMayHoldExtensions(from: startLine, through: lastLine, isHeading: isHeading)
        if mayHoldExtensions || source.linesMayHoldLinks(from: startLine, through: lastLine) {
            explicitID = visitLinks(
                of: block, startLine: startLine, startColumn: startColumn, endLine: endLine, prefix: prefix,
                isHeading: isHeading, mayHoldExtensions: mayHoldExtensions)
        }
        if isHeading { addHeading(block, line: startLine, byteColumn: startColumn, explicitID: explicitID) }
    }

    /// A table cell or a paragraph that a table split: its inlines were
    /// parsed in a second document, which `block` maps back to the file.
    private mutating func visitSynthetic(_ node: OpaquePointer, block text: BlockText) {
        let textStart = text.lines.count > 1 ? text.lines[1].textStart : 0
        // Most cells are a few plain words: nothing to record.
        guard text.text[textStart...].contains(where: { Self.mayStartInlineSyntax[Int($0)] }) else { return }
        var context = InlineContext(block: text, container: node, isHeading: false)
        context.readsRuns = readsRuns
        context.isTaskCandidate = isTaskCandidate(node) && Self.startsWithTaskBox(text.text[textStart...])
        context.textStart = textStart
        var geometry = InlineGeometry(block: text, definitionLines: 0)
        var realOpeners: [Int] = []
        _ = visitInlines(of: node, geometry: &geometry, realOpeners: &realOpeners, context: &context)
        guard text.lines.count > 1 else { return }
        var scanner = LinkSyntaxScanner(
            source: source, block: text, from: text.lines[1].textStart, realOpeners: realOpeners)
        scanner.readsFootnotes = extensions.contains(.footnotes)
        if !scanner.hasNoBrackets { problems += scanner.problems() }
    }

    /// Records the links and raw HTML of a paragraph or heading, and the
    /// link-shaped text cmark left in it.
    private mutating func visitLinks(
        of block: OpaquePointer, startLine: Int, startColumn: Int, endLine: Int, prefix: ContainerPrefix,
        isHeading: Bool, mayHoldExtensions: Bool
    ) -> ExplicitID? {
        let text = BlockText(
            source: source, startLine: startLine, startColumn: startColumn, endLine: endLine,
            quoteDepth: prefix.quoteDepth, prefix: prefix)
        let definitionLines = LeadingDefinitions.lineCount(
            in: text, source: source, quoteDepth: prefix.quoteDepth,
            atMost: {
                let lastInlineLine = Self.lastLine(ofInlinesIn: block)
                return lastInlineLine == 0 ? 0 : endLine - lastInlineLine
            })
        var geometry = InlineGeometry(block: text, definitionLines: definitionLines)
        var realOpeners: [Int] = []
        var context = InlineContext(block: text, container: block, isHeading: isHeading)
        context.isTaskCandidate =
            !isHeading && definitionLines == 0 && isTaskCandidate(block) && Self.startsWithTaskBox(text.text[...])
        // A block with links only (the common case) needs no runs of text:
        // footnote references and task boxes are the extensions a `[` brings.
        context.readsRuns =
            mayHoldExtensions || context.isTaskCandidate
            || (extensions.contains(.footnotes)
                && text.text.withUnsafeBufferPointer { BytePair.contains($0, UInt8(ascii: "["), UInt8(ascii: "^")) })
        _ = visitInlines(of: block, geometry: &geometry, realOpeners: &realOpeners, context: &context)
        var scanner = LinkSyntaxScanner(
            source: source, block: text, from: text.lines[min(definitionLines, text.lines.count - 1)].textStart,
            realOpeners: realOpeners)
        scanner.readsFootnotes = extensions.contains(.footnotes)
        if !scanner.hasNoBrackets { problems += scanner.problems() }
        return context.explicitID
    }

    private mutating func addHeading(_ heading: OpaquePointer, line: Int, byteColumn: Int, explicitID: ExplicitID?) {
        var text = Self.plainText(heading)
        if let explicitID {
            // The `{#id}` is still in the text nodes until the edits are made.
            text = String(text.utf8.dropLast(explicitID.removedBytes)) ?? text
            while text.last == " " || text.last == "\t" { text.removeLast() }
        }
        if let markers, let marker = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, markers) {
            cmark_node_set_on_enter(marker, HTMLMarkers.headingMarker(index: pendingHeadings.count))
            cmark_node_prepend_child(heading, marker)
        }
        pendingHeadings.append(
            PendingHeading(
                level: Int(cmark_node_get_heading_level(heading)), text: text, explicitID: explicitID,
                position: source.position(line: line, byteColumn: byteColumn)))
    }

    /// Gives every heading its id, once all are read: explicit ids first, so
    /// that a generated slug never takes one (it gets a suffix instead).
    mutating func finishHeadings() {
        var slugger = HeadingSlugger()
        var explicitLines: [String: Int] = [:]
        for heading in pendingHeadings {
            guard let explicit = heading.explicitID else { continue }
            if let first = explicitLines[explicit.id] {
                markdownProblems.append(
                    MarkdownProblem(
                        kind: .duplicateID, position: explicit.position,
                        message: "the id `\(explicit.id)` is already given to the heading at line \(first)",
                        notes: ["give each heading of a page its own `{#id}`"], target: explicit.id))
            } else {
                explicitLines[explicit.id] = heading.position.line
                slugger.reserve(explicit.id)
            }
        }
        headings = pendingHeadings.enumerated().map { number, heading in
            MarkdownHeading(
                level: heading.level, text: heading.text,
                id: heading.explicitID?.id ?? slugger.uniqueSlug(heading.text, headingNumber: number + 1),
                position: heading.position)
        }
    }

    private mutating func visitHTMLBlock(_ node: OpaquePointer, quoteDepth: Int) {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        if firstRawHTML == nil { firstRawHTML = source.position(line: line, byteColumn: column) }
        guard allowsRawHTML else { return }
        // Read without the container prefixes: a quote's `>` would end a tag.
        let text = BlockText(
            source: source, startLine: line, startColumn: column, endLine: Int(cmark_node_get_end_line(node)),
            quoteDepth: quoteDepth)
        let source = self.source
        addHTMLAttributes(text.text) { offset in source.position(ofOffset: text.sourceOffset(ofTextIndex: offset)) }
    }

    // MARK: - Inlines

    /// Visits the inlines under `parent` in document order, and returns the
    /// text index where the first of them that has a position starts. Runs
    /// of plain text nodes go to the extensions as each ends, so that what
    /// they find (footnote numbers, autolinks) is in document order.
    private mutating func visitInlines(
        of parent: OpaquePointer, geometry: inout InlineGeometry, realOpeners: inout [Int],
        context: inout InlineContext
    ) -> Int? {
        var first: Int?
        var run = TextRun()
        var tildes: [(run: TildeRun, id: Int)] = []
        let readsRuns = context.readsRuns
        var child = cmark_node_first_child(parent)
        while let node = child {
            var start: Int?
            let type = cmark_node_get_type(node)
            if readsRuns, type != CMARK_NODE_TEXT, !run.isEmpty {
                scan(run, in: parent, context: &context, tildes: &tildes)
                run = TextRun()
            }
            switch type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                context.linkDepth += 1
                start = addLink(node, geometry: &geometry, realOpeners: &realOpeners, context: &context)
                context.linkDepth -= 1
            case CMARK_NODE_SOFTBREAK:
                geometry.passLineEnd(isHard: false)
            case CMARK_NODE_LINEBREAK:
                geometry.passLineEnd(isHard: true)
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                let index = geometry.enter(
                    start: Self.start(of: node), end: Self.end(of: node), isCode: type == CMARK_NODE_CODE)
                if type == CMARK_NODE_HTML_INLINE {
                    addInlineHTML(node, at: index, geometry: geometry)
                } else if readsRuns, type == CMARK_NODE_TEXT, !run.extend(with: node, at: index, in: geometry.block) {
                    if !run.isEmpty { scan(run, in: parent, context: &context, tildes: &tildes) }
                    run = TextRun()
                    _ = run.extend(with: node, at: index, in: geometry.block)
                }
                start = index
            case CMARK_NODE_CUSTOM_INLINE:
                break
            default:  // emphasis, strong: their delimiters, then their children
                let index =
                    Self.start(of: node).line > 0
                    ? geometry.enter(start: Self.start(of: node), end: Self.start(of: node), isCode: false) : nil
                let inner = visitInlines(of: node, geometry: &geometry, realOpeners: &realOpeners, context: &context)
                if Self.end(of: node).line > 0 { geometry.leave(end: Self.end(of: node)) }
                start = index ?? inner
            }
            if first == nil { first = start }
            child = cmark_node_next(node)
        }
        if readsRuns {
            if !run.isEmpty { scan(run, in: parent, context: &context, tildes: &tildes) }
            for pair in TildeRun.pairs(tildes.map(\.run)) {
                edits.pairTildes(open: tildes[pair.open].id, close: tildes[pair.close].id)
            }
        }
        return first
    }

    /// Records a link or image at its opener, plants its URL slot, visits its
    /// children, and returns the opener's text index.
    private mutating func addLink(
        _ node: OpaquePointer, geometry: inout InlineGeometry, realOpeners: inout [Int], context: inout InlineContext
    ) -> Int {
        let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        // Slots are numbered in the order the renderer writes URLs: a link's
        // own before those of images in its text.
        let slot = addSlot(for: url)
        if let slot, markers != nil { cmark_node_set_url(node, HTMLMarkers.linkURL(slot: slot)) }
        let entry = links.count
        // Listed now, placed once its children show where it opens: a link
        // comes before the images in its text, as in the page.
        links.append(
            MarkdownLink(kind: .link, destination: url, position: SourcePosition(line: 0, column: 0), slot: slot))
        let firstChild = visitInlines(of: node, geometry: &geometry, realOpeners: &realOpeners, context: &context)
        var opener: Int
        if let found = geometry.opener(firstChild: firstChild, isImage: isImage) {
            opener = found
        } else {
            // The text disagrees with what cmark's positions say, which no
            // known case does: take the nearest opener to cmark's own start.
            let guess =
                firstChild.map { $0 - (isImage ? 2 : 1) }
                ?? geometry.index(
                    line: Self.start(of: node).line, column: Self.start(of: node).column)
            opener = geometry.nearest(to: guess) { byte in
                isImage ? byte == UInt8(ascii: "!") : byte == UInt8(ascii: "[") || byte == UInt8(ascii: "<")
            }
        }
        let isAutolink = !isImage && geometry.block.byte(at: opener) == UInt8(ascii: "<")
        if isAutolink {
            geometry.leaveAutolink(opener: opener)
        } else {
            geometry.leaveLink(opener: opener, isImage: isImage, end: Self.end(of: node))
        }
        let offset = geometry.block.sourceOffset(ofTextIndex: opener)
        realOpeners.append(offset)
        links[entry].kind = isImage ? .image : isAutolink ? .autolink : .link
        links[entry].position = source.position(ofOffset: offset)
        return opener
    }

    private mutating func addInlineHTML(_ node: OpaquePointer, at index: Int, geometry: InlineGeometry) {
        let block = geometry.block
        let start = block.sourceOffset(ofTextIndex: index)
        if firstRawHTML == nil { firstRawHTML = source.position(ofOffset: start) }
        guard allowsRawHTML, let literal = cmark_node_get_literal(node) else { return }
        let bytes = Array(String(cString: literal).utf8)
        // The literal is the block's text from the tag on (cmark's line ends are
        // `\n`s, its continuation lines stripped as here), so an offset in it
        // is one in the text, on whichever line it falls.
        let isText =
            index + bytes.count <= block.text.count
            && block.text[index..<(index + bytes.count)].elementsEqual(bytes)
        let source = self.source
        addHTMLAttributes(bytes) { offset in
            source.position(ofOffset: isText ? block.sourceOffset(ofTextIndex: index + offset) : start)
        }
    }

    private mutating func addHTMLAttributes(_ html: [UInt8], position: (Int) -> SourcePosition) {
        for attribute in RawHTMLAttributes.scan(html) {
            switch (attribute.tag, attribute.name) {
            case ("a", "href"):
                links.append(
                    MarkdownLink(kind: .htmlHref, destination: attribute.value, position: position(attribute.offset)))
            case ("img", "src"):
                links.append(
                    MarkdownLink(kind: .htmlSource, destination: attribute.value, position: position(attribute.offset)))
            case (_, "id"), ("a", "name"):
                htmlAnchors.append(attribute.value)
            default:
                break
            }
        }
    }

    /// Bytes that can start a link, raw HTML or an extension's syntax
    /// (`[`, `<`, `~`, `@`, `:`, `w`, `{`).
    static let mayStartInlineSyntax: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "[<~@:w{".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// `[ ]`, `[x]` or `[X]` and a blank: what a task item's text starts with.
    static func startsWithTaskBox(_ text: ArraySlice<UInt8>) -> Bool {
        let start = text.startIndex
        guard text.count >= 4, text[start] == UInt8(ascii: "["), text[start + 2] == UInt8(ascii: "]") else {
            return false
        }
        return [0x20, UInt8(ascii: "x"), UInt8(ascii: "X")].contains(text[start + 1])
            && (text[start + 3] == 0x20 || text[start + 3] == 0x09)
    }

    /// The first paragraph of a list item, which a task box may start.
    private func isTaskCandidate(_ paragraph: OpaquePointer) -> Bool {
        extensions.contains(.tasklists)
            && cmark_node_parent(paragraph).map {
                cmark_node_get_type($0) == CMARK_NODE_ITEM && cmark_node_first_child($0) == paragraph
            } == true
    }

    /// A URL hole for `url` when the site may rewrite it: a path, or a URL
    /// under the site's own address.
    mutating func addSlot(for url: String) -> Int? {
        guard Self.isRewritable(url) || ownSiteURL.map({ !$0.isEmpty && url.hasPrefix($0) }) == true else {
            return nil
        }
        slotURLs.append(url)
        return slotURLs.count - 1
    }

    // MARK: - Helpers

    /// A URL the site may rewrite: a path, not a fragment, a scheme or `//host`.
    static func isRewritable(_ url: String) -> Bool {
        guard let first = url.utf8.first, first != UInt8(ascii: "#"), !url.hasPrefix("//") else { return false }
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: ":"): return false
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return true
            default: continue
            }
        }
        return true
    }

    /// The text of a heading as a reader sees it: text and code spans, breaks as spaces.
    static func plainText(_ node: OpaquePointer) -> String {
        var bytes: [UInt8] = []
        appendPlainText(of: node, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Gathers the bytes first and decodes them once: one `String` per
    /// heading rather than one per text node.
    private static func appendPlainText(of node: OpaquePointer, to bytes: inout [UInt8]) {
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) {
                    bytes.append(
                        contentsOf: UnsafeBufferPointer(
                            start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal)
                        ))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                bytes.append(0x20)
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_CUSTOM_INLINE:
                break
            default:
                appendPlainText(of: current, to: &bytes)
            }
            child = cmark_node_next(current)
        }
    }

    static func start(of node: OpaquePointer) -> (line: Int, column: Int) {
        (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }

    static func end(of node: OpaquePointer) -> (line: Int, column: Int) {
        (Int(cmark_node_get_end_line(node)), Int(cmark_node_get_end_column(node)))
    }

    /// The last line cmark reports for any inline in a block (0 when it has none).
    static func lastLine(ofInlinesIn node: OpaquePointer) -> Int {
        var last = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            last = max(last, Int(cmark_node_get_end_line(current)), lastLine(ofInlinesIn: current))
            child = cmark_node_next(current)
        }
        return last
    }
}
