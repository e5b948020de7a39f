import DocgenMarkdown

/// Link syntax the scanner found in the source (`LinkSyntaxProblem`) and
/// placeholder destinations, as diagnostics with a hint that says how to fix
/// each.
extension LinkChecker {
    /// Destinations an author leaves to fill in later (compared lowercased).
    static let placeholders: Set<String> = ["??", "?", "todo", "tbd", "…", "...", "url", "link"]

    /// `[text](TODO)` and the like: an error, unless `url` or `link` names a
    /// real page or file (`link.md` next to the page). `?` and `??` are
    /// queries on the page itself, so they always resolve: still placeholders.
    static func placeholderDiagnostic(_ link: MarkdownLink, _ resolution: LinkResolution, in page: Page)
        -> Diagnostic?
    {
        // Every placeholder is a few bytes: most destinations are ruled out by their length.
        guard link.destination.utf8.count <= 12 else { return nil }
        let written = link.destination.trimmingWhitespace
        guard placeholders.contains(written.lowercased()) else { return nil }
        switch resolution {
        case .page, .asset:
            guard written.hasPrefix("?") else { return nil }
        default: break
        }
        return Diagnostic(
            .placeholderLink, message: "`\(written)` is a placeholder, not a link target",
            file: page.file, at: link.position, target: link.destination,
            notes: ["replace it with the page, file or URL the link should go to, or remove the link"])
    }

    func diagnose(_ problem: LinkSyntaxProblem, in page: Page) -> Diagnostic? {
        switch problem.kind {
        case .malformedLink:
            return Diagnostic(
                .malformedLink, message: message(problem), file: page.file, at: problem.position,
                target: problem.target, notes: [hint(problem)])
        case .undefinedReference:
            return Diagnostic(
                .undefinedReference,
                message: "reference `[\(problem.target)]` has no definition, so the link is published as plain text",
                file: page.file, at: problem.position, target: problem.target,
                notes: ["define it anywhere in the file: `[\(problem.target)]: url`"])
        case .shortcutReference:
            return shortcut(problem, in: page)
        }
    }

    private func message(_ problem: LinkSyntaxProblem) -> String {
        switch problem.shape {
        case .strayParenthesis:
            return "a `)` right after this link is published as text: `\(problem.excerpt)`"
        case .strayBracket:
            return "a `]` right after this link is published as text: `\(problem.excerpt)`"
        case .urlInBrackets:
            return "a URL inside brackets is not a link; the brackets are published as text: `\(problem.excerpt)`"
        case .reversed:
            return "`(text)[url]` is not a link, published as plain text: `\(problem.excerpt)`"
        case .unterminatedTitle, .unlinked:
            return "malformed link, published as plain text: `\(problem.excerpt)`"
        }
    }

    private func hint(_ problem: LinkSyntaxProblem) -> String {
        let excerpt = problem.excerpt
        switch problem.shape {
        case .strayParenthesis:
            return "remove the `)`, or open the parenthesis before the link"
        case .strayBracket:
            return "remove the `]`, or open the bracket before the link"
        case .urlInBrackets:
            var text = excerpt.dropFirst().prefix { $0 != "]" }
            if let url = text.range(of: problem.target) { text = text[..<url.lowerBound] }
            var words = String(text).trimmingWhitespace
            while words.hasSuffix("(") || words.hasSuffix(" ") { words.removeLast() }
            return "a link is `[text](url)`: write `[\(words)](\(problem.target))`"
        case .reversed:
            let words = excerpt.dropFirst().prefix { $0 != ")" }
            return "a link is `[text](url)`, brackets first: write `[\(words)](\(problem.target))`"
        case .unterminatedTitle:
            return "the link's title opens with a quote that never closes: end it with the same quote before `)`"
        case .unlinked:
            if excerpt.contains("}(") { return "a link is `[text](url)`: replace the `}` with `]`" }
            if excerpt.range(of: #"^!?\[[^\]]*\][ \t]+\("#, options: .regularExpression) != nil {
                return "a link is `[text](url)`: remove the space between `]` and `(`"
            }
            return "a link is `[text](url)`: close the `(` with `)`, and write a URL with spaces as `<a b>`"
        }
    }

    /// `[naming rules]` with no definition: a warning when its text reads
    /// like link text (two words or more, or one that is a heading of the
    /// page or a page title), with the heading or page it may mean.
    private func shortcut(_ problem: LinkSyntaxProblem, in page: Page) -> Diagnostic? {
        let label = problem.target
        let key = label.lowercased()
        let isSeveralWords = label.contains(" ")
        let headings = page.markdown?.headings ?? []
        var notes: [String] = []
        // One word is reported only when it is exactly (case too) a heading
        // or a title, as `[Setup]` for "Setup", not `[GSUtil]` in a config
        // section name; several words in any case, and when a heading is a typo away.
        let nearHeading =
            headings.first { isSeveralWords ? $0.text.lowercased() == key : $0.text == label }
            ?? (isSeveralWords
                ? EditDistance.nearest(to: key, in: headings.map { $0.text.lowercased() }).flatMap { near in
                    headings.first { $0.text.lowercased() == near }
                } : nil)
        if let heading = nearHeading {
            notes.append("did you mean the heading `\(heading.text)`: `[\(label)](#\(heading.id))`?")
        } else if let match = pagesByTitle[key], site.pages[match].url != page.url,
            isSeveralWords || site.pages[match].title == label
        {
            let url = URLPathEncoder.encodeForDisplay(path: site.pages[match].url)
            notes.append("did you mean the page `\(site.pages[match].title)`: `[\(label)](\(url))`?")
        }
        guard isSeveralWords || !notes.isEmpty else { return nil }
        if notes.isEmpty {
            notes.append(
                "to link, write `[\(label)](url)` or define `[\(label)]: url`; to show the brackets, write `\\[\(label)\\]`"
            )
        }
        return Diagnostic(
            .warning, code: .undefinedReference,
            message: "`[\(label)]` is published as text with its brackets: no link reference `[\(label)]` is defined",
            file: page.file, at: problem.position, target: label, notes: notes)
    }
}
