import Foundation

/// The title and words of a page of the previous output folder, to
/// recognise it among the current pages. The page's own content is what
/// counts: the text of `<main>` (else `<body>`) without `<script>`, `<style>`,
/// `<nav>`, `<header>`, `<footer>` and `<aside>`, which every page of a
/// theme shares.
struct PreviousPageText {
    var title: String?
    var words: Set<String>

    init?(htmlFile: String) {
        guard let bytes = FileBytes.read(htmlFile), bytes.count < 16 << 20 else { return nil }
        let html = String(decoding: bytes, as: UTF8.self)
        var content = Self.inner(of: "main", in: html) ?? Self.inner(of: "body", in: html) ?? html
        for tag in ["script", "style", "nav", "header", "footer", "aside", "template"] {
            content = Self.removing(tag, from: content)
        }
        let heading = Self.inner(of: "h1", in: content).map(Self.text)
        let documentTitle = Self.inner(of: "title", in: html).map(Self.text).map { title -> String in
            // `Page · Site`, `Page | Site`, `Page – Site`, `Page - Site`: the page's part.
            for separator in [" · ", " | ", " – ", " — ", " - "] {
                if let range = title.range(of: separator) { return String(title[..<range.lowerBound]) }
            }
            return title
        }
        title = [heading, documentTitle].compactMap { $0 }.first { !$0.isEmpty }
        words = Self.words(Self.text(content))
    }

    /// The words of a text: runs of letters and digits, lowercased, two or more long.
    static func words(_ text: String) -> Set<String> {
        var words = Set<String>()
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count > 1 {
            words.insert(String(word))
        }
        return words
    }

    /// What is between the first `<tag …>` and the last `</tag>`, case-insensitively.
    private static func inner(of tag: String, in html: String) -> String? {
        guard let open = html.range(of: "<\(tag)(\\s[^>]*)?>", options: [.regularExpression, .caseInsensitive]),
            let close = html.range(of: "</\(tag)\\s*>", options: [.regularExpression, .caseInsensitive, .backwards]),
            open.upperBound <= close.lowerBound
        else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
    }

    private static func removing(_ tag: String, from html: String) -> String {
        html.replacingOccurrences(
            of: "(?s)<\(tag)(\\s[^>]*)?>.*?</\(tag)\\s*>", with: " ", options: [.regularExpression, .caseInsensitive])
    }

    /// Tags dropped, the common entities decoded, white space collapsed.
    private static func text(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&"),
        ] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
