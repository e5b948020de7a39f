/// The one normalization applied to HTML before the GFM tests compare it, so
/// that two renderings count as equal only when they differ in ways no browser
/// shows. Every rule is here, each with the reason it exists; anything else is a
/// difference the tests report.
enum GFMHTMLNormalizer {
    /// `html` with the rules below applied, in order.
    static func normalize(_ html: String) -> String {
        var bytes = Array(html.utf8)
        bytes = withoutHeadingIDs(bytes)
        bytes = withNewlinesBetweenTagsCollapsed(bytes)
        bytes = trimmed(bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Rule 1: `<h1 id="…">`…`<h6 id="…">` become `<h1>`…`<h6>`. docgen gives
    /// every heading an id for its anchors; neither cmark-gfm nor the specs
    /// write one. Only an `id` written right after the tag name is taken out,
    /// as docgen writes it; other attributes (raw HTML) are left as they are.
    static func withoutHeadingIDs(_ bytes: [UInt8]) -> [UInt8] {
        let prefix = Array(" id=\"".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "h"),
                (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]),
                bytes[(index + 3)...].starts(with: prefix),
                let quote = bytes[(index + 3 + prefix.count)...].firstIndex(of: UInt8(ascii: "\"")),
                quote + 1 < bytes.count, bytes[quote + 1] == UInt8(ascii: ">")
            {
                output.append(contentsOf: bytes[index...(index + 2)])
                output.append(UInt8(ascii: ">"))
                index = quote + 2
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return output
    }

    /// Rule 2: between a `>` and the next `<`, a run of spaces, tabs and
    /// newlines that holds a newline becomes one `"\n"`. Renderers differ in
    /// where they break lines between block tags (`<li>\n<p>`, a footnote's
    /// `</a>\n</li>`, blank lines between blocks); such whitespace is not
    /// content. A run without a newline is kept (`</em> <em>` is a space the
    /// reader sees), a newline is never removed altogether (`</code>\n<em>` is
    /// a soft break, shown as a space), and nothing inside `<pre>…</pre>`
    /// changes (there every newline is content).
    static func withNewlinesBetweenTagsCollapsed(_ bytes: [UInt8]) -> [UInt8] {
        let preOpen = Array("<pre".utf8)
        let preClose = Array("</pre>".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var inPre = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if bytes[index...].starts(with: preOpen) { inPre = true }
                if bytes[index...].starts(with: preClose) { inPre = false }
            }
            output.append(byte)
            index += 1
            guard byte == UInt8(ascii: ">"), !inPre else { continue }
            var end = index
            var sawNewline = false
            while end < bytes.count, isWhitespace(bytes[end]) {
                if bytes[end] == UInt8(ascii: "\n") { sawNewline = true }
                end += 1
            }
            if sawNewline, end < bytes.count, bytes[end] == UInt8(ascii: "<") {
                output.append(UInt8(ascii: "\n"))
                index = end
            }
        }
        return output
    }

    /// Rule 3: whitespace at the very start and end of the document is
    /// dropped: the edges of a body act like tags for rule 2 (cmark ends its
    /// output with a newline, an empty document is "" or "\n").
    static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        guard let first = bytes.firstIndex(where: { !isWhitespace($0) }),
            let last = bytes.lastIndex(where: { !isWhitespace($0) })
        else { return [] }
        return Array(bytes[first...last])
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
    }
}
