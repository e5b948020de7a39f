import CCmark
import Foundation

/// Parses one Markdown file with cmark and returns plain values: headings with
/// their ids, links with exact positions, link-shaped text cmark did not take,
/// the dialect's problems, and the body HTML with holes for the URLs the site
/// will rewrite. The extensions (`MarkdownExtensions`) are a layer over
/// cmark's tree; `read` applies them in order.
///
/// This is the one place that holds cmark pointers; none leaves `parse`.
public struct MarkdownParser: Sendable {
    /// Publish raw HTML (cmark's unsafe mode) instead of omitting it.
    public var allowsRawHTML: Bool
    /// The site's own absolute URL (`https://auth0.com/docs`): links under it
    /// also get URL holes, so a `.md` target there can be rewritten.
    public var ownSiteURL: String?
    /// False when only the checks are wanted (`docgen check`): skips rendering.
    public var rendersHTML: Bool
    /// The extensions to CommonMark to read; none gives cmark's own HTML.
    public var extensions: MarkdownExtensions

    public init(
        allowsRawHTML: Bool = false, ownSiteURL: String? = nil, rendersHTML: Bool = true,
        extensions: MarkdownExtensions = []
    ) {
        self.allowsRawHTML = allowsRawHTML
        self.ownSiteURL = ownSiteURL
        self.rendersHTML = rendersHTML
        self.extensions = extensions
    }

    /// Parses a whole file. Front-matter lines should already be blanked, so
    /// that cmark's line numbers are the file's.
    public func parse(_ text: String) -> ParsedMarkdown {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// Parses a whole file given as UTF-8 bytes (already validated), so that a
    /// loader that has the file's bytes need not copy them into a `String`.
    public func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> ParsedMarkdown {
        CmarkArena.withArena { allocator in
            let rewritesLines = !extensions.isDisjoint(with: [.callouts, .footnotes])
            // One line table for the page's own bytes, whichever path reads them.
            let source = SourceBuffer(bytes)
            if rewritesLines {
                // Usually one parse: the rewrites guessed from the lines, confirmed by that parse.
                let guess = BlockRewrites(guessingFrom: source, extensions: extensions)
                if !guess.isEmpty,
                    let confirmed = read(bytes, rewrittenBy: guess, allocator: allocator, confirming: true)
                {
                    return confirmed
                }
            }
            guard let root = Self.parseTree(bytes, allocator) else { return Self.empty }
            if let refused = refusingTooDeep(root, rewrites: BlockRewrites()) { return refused }
            if rewritesLines {
                // Callout fences and footnote definitions mean something else
                // to cmark: rewrite their lines and parse again (see `BlockRewrites`).
                let rewrites = BlockRewrites(root: root, source: source, extensions: extensions)
                if !rewrites.isEmpty {
                    return read(bytes, rewrittenBy: rewrites, allocator: allocator, confirming: false) ?? Self.empty
                }
            }
            return read(root, source: source, rewrites: BlockRewrites(), allocator: allocator)
        }
    }

    /// Parses the page with `rewrites` applied and reads it; nil when
    /// `confirming` and the parse does not confirm them.
    private func read(
        _ bytes: UnsafeBufferPointer<UInt8>, rewrittenBy rewrites: BlockRewrites,
        allocator: UnsafeMutablePointer<cmark_mem>, confirming: Bool
    ) -> ParsedMarkdown? {
        rewrites.apply(to: bytes).withUnsafeBufferPointer { rewritten in
            let source = SourceBuffer(rewritten, columnShifts: rewrites.columnShifts)
            guard let root = Self.parseTree(rewritten, allocator) else { return nil }
            if let refused = refusingTooDeep(root, rewrites: rewrites) { return refused }
            guard !confirming || rewrites.isConfirmed(by: root, source: source, extensions: extensions)
            else { return nil }
            return read(root, source: source, rewrites: rewrites, allocator: allocator)
        }
    }

    /// A page nested deeper than `NestingLimit` is not walked (each walk
    /// recurses per level): it gets a `nesting-too-deep` problem, no links,
    /// and cmark's own HTML, which cmark renders without recursion and
    /// without raw HTML.
    private func refusingTooDeep(_ root: OpaquePointer, rewrites: BlockRewrites) -> ParsedMarkdown? {
        let callouts = extensions.contains(.callouts) ? NestingLimit.calloutLevels(rewrites) : []
        guard let node = NestingLimit.firstTooDeep(in: root, calloutNesting: callouts.count) else { return nil }
        // Under the document, callouts alone may pass the limit: then at the fence that does.
        let line =
            callouts.count >= NestingLimit.maximumDepth
            ? callouts[NestingLimit.maximumDepth - 1] : NestingLimit.line(of: node)
        var result = Self.empty
        result.problems = [
            MarkdownProblem(
                kind: .nestingTooDeep, position: SourcePosition(line: line, column: 1),
                message:
                    "this page nests lists, quotes, callouts, links or emphasis more than \(NestingLimit.maximumDepth) levels deep, "
                    + "so docgen does not read it: its links are not checked and it is published as plain CommonMark",
                notes: ["nest less deeply; docs rarely need more than a dozen levels"])
        ]
        if rendersHTML, let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) {
            result.html = RenderedHTML(pieces: [String(cString: rendered)], slots: [])
        }
        return result
    }

    private static let empty = ParsedMarkdown(
        headings: [], links: [], syntaxProblems: [], htmlAnchors: [], firstRawHTML: nil,
        html: RenderedHTML(pieces: [""], slots: []))

    private static func parseTree(_ bytes: UnsafeBufferPointer<UInt8>, _ allocator: UnsafeMutablePointer<cmark_mem>)
        -> OpaquePointer?
    {
        // Source positions change nothing in the tree or the HTML, but
        // without them cmark does not count the lines inside code spans
        // and raw HTML, and every inline after one is misplaced.
        let parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, allocator)
        cmark_parser_feed(parser, bytes.baseAddress, bytes.count)
        let root = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        // The arena frees the tree and the HTML with it: no `cmark_node_free`, no `free`.
        return root
    }

    /// Applies the extensions to the tree, reads it, and renders it.
    private func read(
        _ root: OpaquePointer, source: SourceBuffer, rewrites: BlockRewrites,
        allocator: UnsafeMutablePointer<cmark_mem>
    ) -> ParsedMarkdown {
        let nodes = CmarkNodes(memory: allocator)
        var problems: [MarkdownProblem] = []
        var walker = CmarkTreeWalker(
            source: source, allowsRawHTML: allowsRawHTML, ownSiteURL: ownSiteURL,
            markers: rendersHTML ? allocator : nil, extensions: extensions)
        if extensions.contains(.footnotes) {
            var footnotes = FootnoteBuilder(nodes: nodes)
            if !rewrites.isEmpty { footnotes.collect(in: root, rewrites: rewrites) }
            walker.footnotes = footnotes
        }
        // Callouts are `:::` fences (rewritten lines) or `[!TYPE]` alerts.
        if extensions.contains(.callouts),
            !rewrites.isEmpty || BytePair.contains(source.bytes, UInt8(ascii: "["), UInt8(ascii: "!"))
        {
            var callouts = CalloutBuilder(nodes: nodes, rewrites: rewrites, source: source)
            callouts.build(in: root)
            problems += callouts.problems
        }
        if extensions.contains(.tables), let base = source.bytes.baseAddress,
            memchr(base, Int32(UInt8(ascii: "|")), source.bytes.count) != nil
        {
            var tables = TableBuilder(nodes: nodes, source: source)
            tables.find(in: root)
            tables.build(memory: allocator)
            problems += tables.problems
            walker.syntheticBlocks = tables.synthetic.blocks
        }
        walker.walk(root)
        walker.finishHeadings()
        walker.edits.apply(nodes: nodes)
        var anchors: [String] = []
        if var footnotes = walker.footnotes {
            footnotes.finish(in: root)
            problems += footnotes.problems
            anchors = footnotes.anchors
        }
        problems += walker.markdownProblems
        var result = walker.result(html: RenderedHTML(pieces: [""], slots: []))
        if result.syntaxProblems.contains(where: { $0.kind == .shortcutReference }) {
            result.bracketedText = result.syntaxProblems.filter { $0.kind == .shortcutReference }
            result.syntaxProblems.removeAll { $0.kind == .shortcutReference }
        }
        result.problems = problems.sorted { $0.position < $1.position }
        result.extensionAnchors = anchors
        // Autolink literals are found as their run of text ends, after links
        // later in it: list every link in page order (a stable sort, done
        // only when some link came out of order).
        if zip(result.links, result.links.dropFirst()).contains(where: { $1.position < $0.position }) {
            result.links = result.links.enumerated().sorted {
                ($0.element.position, $0.offset) < ($1.element.position, $1.offset)
            }.map(\.element)
        }
        guard rendersHTML, let rendered = cmark_render_html(root, allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
        else { return result }
        let filled = HTMLMarkers.fill(
            UnsafeBufferPointer(
                start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered)),
            headingIDs: walker.headings.map(\.id), slotURLs: walker.slotURLs)
        result.html = filled.html
        // A link's hole is its place among the holes the HTML has.
        var hole = [Int?](repeating: nil, count: walker.slotURLs.count)
        for (index, slot) in filled.slotOrder.enumerated() { hole[slot] = index }
        for index in result.links.indices {
            if let slot = result.links[index].slot { result.links[index].slot = hole[slot] }
        }
        return result
    }

    /// The HTML cmark itself writes for this Markdown, for comparisons in tests.
    public static func cmarkHTML(_ text: String, allowsRawHTML: Bool = false) -> String {
        var text = text
        return text.withUTF8 { bytes in
            let options = allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
            guard let rendered = cmark_markdown_to_html(bytes.baseAddress, bytes.count, options) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }

    /// The installed libcmark's version, e.g. "0.30.2".
    public static var cmarkVersion: String { String(cString: cmark_version_string()) }
}
