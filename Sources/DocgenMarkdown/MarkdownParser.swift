import CCmark
import Foundation

/// Parses one Markdown file with cmark and returns plain values: headings with
/// their ids, links with exact positions, link-shaped text cmark did not take,
/// and the body HTML with holes for the URLs the site will rewrite.
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
            // Source positions change nothing in the tree or the HTML, but
            // without them cmark does not count the lines inside code spans
            // and raw HTML, and every inline after one is misplaced.
            let parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, allocator)
            cmark_parser_feed(parser, bytes.baseAddress, bytes.count)
            let root = cmark_parser_finish(parser)
            cmark_parser_free(parser)
            // The arena frees the tree and the HTML with it: no `cmark_node_free`, no `free`.
            guard let root else {
                return ParsedMarkdown(
                    headings: [], links: [], syntaxProblems: [], htmlAnchors: [], firstRawHTML: nil,
                    html: RenderedHTML(pieces: [""], slots: []))
            }
            var walker = CmarkTreeWalker(
                source: SourceBuffer(bytes), allowsRawHTML: allowsRawHTML, ownSiteURL: ownSiteURL,
                markers: rendersHTML ? allocator : nil)
            walker.walk(root)
            guard rendersHTML,
                let rendered = cmark_render_html(root, allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
            else { return walker.result(html: RenderedHTML(pieces: [""], slots: [])) }
            let html = HTMLMarkers.fill(
                UnsafeBufferPointer(
                    start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered)),
                headingIDs: walker.headings.map(\.id), slotURLs: walker.slotURLs)
            return walker.result(html: html)
        }
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
