/// A page body's HTML as cmark rendered it, with holes where link URLs go.
///
/// The URLs of internal links depend on the whole site (a `.md` link becomes
/// its page's URL, root-relative links get the `base_url` prefix), which is
/// known only after every page is parsed. So the body is rendered once, at
/// parse time, and the site fills the holes later by string splicing.
public struct RenderedHTML: Sendable {
    /// Literal HTML pieces; `slots[i]` goes between `pieces[i]` and `pieces[i + 1]`.
    public var pieces: [String]
    /// For each hole, the URL as written in the source.
    public var slots: [String]

    public init(pieces: [String], slots: [String]) {
        self.pieces = pieces
        self.slots = slots
    }

    /// The final HTML: `url(i, original)` gives the URL for hole `i`, which
    /// is then escaped exactly as cmark escapes attributes.
    public func html(url: (Int, String) -> String) -> String {
        guard !slots.isEmpty else { return pieces.first ?? "" }
        var output = ""
        output.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count } + slots.count * 32)
        for index in slots.indices {
            output += pieces[index]
            output += HrefEscaper.escape(url(index, slots[index]))
        }
        output += pieces[slots.count]
        return output
    }

    /// The HTML with every URL as written, which is cmark's own output.
    public var htmlAsWritten: String { html { _, original in original } }
}
