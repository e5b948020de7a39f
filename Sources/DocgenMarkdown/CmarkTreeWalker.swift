import CCmark

/// Walks one cmark tree: collects headings, links and raw HTML with corrected
/// positions, plants the markers `HTMLMarkers` fills after rendering, and runs
/// `LinkSyntaxScanner` over every paragraph and heading.
struct CmarkTreeWalker {
    let source: SourceBuffer
    let allowsRawHTML: Bool
    private(set) var headings: [MarkdownHeading] = []
    private(set) var links: [MarkdownLink] = []
    private(set) var problems: [LinkSyntaxProblem] = []
    private(set) var htmlAnchors: [String] = []
    private(set) var firstRawHTML: SourcePosition?
    /// The URL as written for each hole the renderer leaves.
    private(set) var slotURLs: [String] = []
    private var slugger = HeadingSlugger()

    init(source: SourceBuffer, allowsRawHTML: Bool) {
        self.source = source
        self.allowsRawHTML = allowsRawHTML
    }

    mutating func walk(_ root: OpaquePointer) { visitBlock(root) }

    func result(html: RenderedHTML) -> ParsedMarkdown {
        ParsedMarkdown(
            headings: headings, links: links, syntaxProblems: problems, htmlAnchors: htmlAnchors,
            firstRawHTML: firstRawHTML, html: html)
    }

    // MARK: - Blocks

    private mutating func visitBlock(_ node: OpaquePointer) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
            visitInlineBlock(node)
        case CMARK_NODE_HTML_BLOCK:
            visitHTMLBlock(node)
        case CMARK_NODE_CODE_BLOCK, CMARK_NODE_THEMATIC_BREAK:
            break
        default:
            var child = cmark_node_first_child(node)
            while let current = child {
                visitBlock(current)
                child = cmark_node_next(current)
            }
        }
    }

    private mutating func visitInlineBlock(_ block: OpaquePointer) {
        let startLine = Int(cmark_node_get_start_line(block))
        let startColumn = Int(cmark_node_get_start_column(block))
        var endLine = Int(cmark_node_get_end_line(block))
        let isHeading = cmark_node_get_type(block) == CMARK_NODE_HEADING
        if isHeading, cmark_node_get_end_column(block) == 0 { endLine -= 1 }  // setext: "N:0" past the underline
        let lastInlineLine = Self.lastLine(ofInlinesIn: block)
        let shift = isHeading || lastInlineLine == 0 ? 0 : max(0, endLine - lastInlineLine)
        let geometry = InlineGeometry(
            source: source, blockStartLine: startLine, blockStartColumn: startColumn, lineShift: shift)
        var realOpeners = Set<Int>()
        visitInlines(of: block, geometry: geometry, realOpeners: &realOpeners)
        let scanner = LinkSyntaxScanner(
            source: source, startLine: startLine, startByteColumn: startColumn, endLine: endLine,
            realOpeners: realOpeners)
        if !scanner.hasNoBrackets { problems += scanner.problems() }
        if isHeading { addHeading(block, line: startLine, byteColumn: startColumn) }
    }

    private mutating func addHeading(_ heading: OpaquePointer, line: Int, byteColumn: Int) {
        let text = Self.plainText(heading)
        let id = slugger.uniqueSlug(text)
        headings.append(
            MarkdownHeading(
                level: Int(cmark_node_get_heading_level(heading)), text: text, id: id,
                position: source.position(line: line, byteColumn: byteColumn)))
        if let marker = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) {
            cmark_node_set_on_enter(marker, HTMLMarkers.headingMarker)
            cmark_node_prepend_child(heading, marker)
        }
    }

    private mutating func visitHTMLBlock(_ node: OpaquePointer) {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        if firstRawHTML == nil { firstRawHTML = source.position(line: line, byteColumn: column) }
        guard allowsRawHTML else { return }
        let start = source.lines.starts[line - 1]
        let endLine = Int(cmark_node_get_end_line(node))
        let end = source.lines.contentRange(ofLine: endLine, in: source.bytes).upperBound
        let source = self.source
        addHTMLAttributes(Array(source.bytes[start..<max(start, end)])) { offset in
            source.position(ofOffset: start + offset)
        }
    }

    // MARK: - Inlines

    private mutating func visitInlines(
        of parent: OpaquePointer, geometry: InlineGeometry, realOpeners: inout Set<Int>
    ) {
        var child = cmark_node_first_child(parent)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                addLink(node, geometry: geometry, realOpeners: &realOpeners)
                visitInlines(of: node, geometry: geometry, realOpeners: &realOpeners)
            case CMARK_NODE_HTML_INLINE:
                addInlineHTML(node, geometry: geometry)
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                break
            default:
                visitInlines(of: node, geometry: geometry, realOpeners: &realOpeners)
            }
            child = cmark_node_next(node)
        }
    }

    private mutating func addLink(_ node: OpaquePointer, geometry: InlineGeometry, realOpeners: inout Set<Int>) {
        let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        var (line, column) = openerGuess(node, isImage: isImage, geometry: geometry)
        column = geometry.snapToOpener(line: line, byteColumn: column) { byte in
            isImage ? byte == UInt8(ascii: "!") : byte == UInt8(ascii: "[") || byte == UInt8(ascii: "<")
        }
        let isAutolink = !isImage && source.byte(line: line, byteColumn: column) == UInt8(ascii: "<")
        realOpeners.insert(source.offset(line: line, byteColumn: column))
        var slot: Int?
        if Self.isRewritable(url) {
            slot = slotURLs.count
            slotURLs.append(url)
            cmark_node_set_url(node, HTMLMarkers.linkURL(slot: slot!))
        }
        let kind: MarkdownLink.Kind = isImage ? .image : isAutolink ? .autolink : .link
        links.append(
            MarkdownLink(
                kind: kind, destination: url, position: source.position(line: line, byteColumn: column), slot: slot))
    }

    /// Where cmark's tree says a link opens: one byte before its first child
    /// (two for `![`), which stays right where the link's own position does not.
    private func openerGuess(_ node: OpaquePointer, isImage: Bool, geometry: InlineGeometry) -> (Int, Int) {
        if let first = cmark_node_first_child(node), cmark_node_get_start_line(first) > 0,
            cmark_node_get_type(first) != CMARK_NODE_SOFTBREAK, cmark_node_get_type(first) != CMARK_NODE_LINEBREAK
        {
            let (line, column) = geometry.corrected(
                line: Int(cmark_node_get_start_line(first)), byteColumn: Int(cmark_node_get_start_column(first)))
            return (line, max(1, column - (isImage ? 2 : 1)))
        }
        return geometry.corrected(
            line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
    }

    private mutating func addInlineHTML(_ node: OpaquePointer, geometry: InlineGeometry) {
        let (line, column) = geometry.corrected(
            line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
        let snapped = geometry.snapToOpener(line: line, byteColumn: column) { $0 == UInt8(ascii: "<") }
        if firstRawHTML == nil { firstRawHTML = source.position(line: line, byteColumn: snapped) }
        guard allowsRawHTML, let literal = cmark_node_get_literal(node) else { return }
        let bytes = Array(String(cString: literal).utf8)
        let start = source.offset(line: line, byteColumn: snapped)
        let source = self.source
        addHTMLAttributes(bytes) { offset in
            // Inline HTML rarely spans lines; past a newline, point at the tag.
            bytes[..<offset].contains(0x0A) ? source.position(ofOffset: start) : source.position(ofOffset: start + offset)
        }
    }

    private mutating func addHTMLAttributes(_ html: [UInt8], position: (Int) -> SourcePosition) {
        for attribute in RawHTMLAttributes.scan(html) {
            switch (attribute.tag, attribute.name) {
            case ("a", "href"):
                links.append(MarkdownLink(kind: .htmlHref, destination: attribute.value, position: position(attribute.offset)))
            case ("img", "src"):
                links.append(MarkdownLink(kind: .htmlSource, destination: attribute.value, position: position(attribute.offset)))
            case (_, "id"), ("a", "name"):
                htmlAnchors.append(attribute.value)
            default:
                break
            }
        }
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
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_CUSTOM_INLINE:
                break
            default:
                text += plainText(current)
            }
            child = cmark_node_next(current)
        }
        return text
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
