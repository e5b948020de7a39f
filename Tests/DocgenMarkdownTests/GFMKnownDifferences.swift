import Foundation

/// The differences between docgen's GFM and cmark-gfm 0.29.0.gfm.6 that the
/// differential test accepts, each with its reason. Every rewrite is narrow:
/// it touches only the markup of its own difference, so any other
/// difference in the same document still fails the test.
enum GFMKnownDifferences {
    static let all: [GFMDifferenceClass] = [
        taskItemInBlockQuote, looseTaskItem, autolinkIntoInlineSyntax, autolinkIntoInlineSyntaxOverLines,
        urlAfterUnderscore, emphasisAfterTildes, blockStartAfterTable,
    ]

    /// A line's text without tags and without the characters of inline
    /// syntax, for the part of a line whose markup is known to differ.
    static func textOnly(_ line: String) -> String {
        line.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "[*_`~]", with: "", options: .regularExpression)
    }

    static let taskItemInBlockQuote = GFMDifferenceClass(
        name: "task item in a block quote",
        reason: """
            cmark-gfm 0.29.0.gfm.6 matches the task marker against the raw line, so a `> ` prefix hides it and \
            `[ ]`/`[x]` stay text; the GFM spec (5.3) has no such exception and github.com renders the checkbox
            """
    ) { difference in
        var result = difference
        result.docgen = tasksAsTextInBlockQuotes(difference.docgen)
        result.cmarkGFM = tasksAsTextInBlockQuotes(difference.cmarkGFM)
        return result
    }

    /// `html` with each task box inside a block quote written as cmark-gfm
    /// 0.29.0.gfm.6 leaves it there (`[x]`, lower-case).
    static func tasksAsTextInBlockQuotes(_ html: String) -> String {
        var output = ""
        var depth = 0
        var rest = Substring(html)
        let replacements = [
            ("<input type=\"checkbox\" disabled=\"\" />", "[ ]"),
            ("<input type=\"checkbox\" checked=\"\" disabled=\"\" />", "[x]"),
            ("<li>[X]", "<li>[x]"), ("<p>[X]", "<p>[x]"),
        ]
        scan: while let first = rest.first {
            if rest.hasPrefix("<blockquote>") { depth += 1 }
            if rest.hasPrefix("</blockquote>") { depth -= 1 }
            if depth > 0 {
                for (from, to) in replacements where rest.hasPrefix(from) {
                    output += to
                    rest = rest.dropFirst(from.count)
                    continue scan
                }
            }
            output.append(first)
            rest = rest.dropFirst()
        }
        return output
    }

    static let looseTaskItem = GFMDifferenceClass(
        name: "task item of a loose list",
        reason: """
            docgen puts the checkbox inside the item's first paragraph (`<li>\\n<p><input …/> text`), as github.com \
            does today; cmark-gfm 0.29 writes it before the `<p>` (`<li><input …/>\\n<p>text`)
            """
    ) { difference in
        var result = difference
        result.cmarkGFM = difference.cmarkGFM.replacingOccurrences(
            of: "<li>(<input type=\"checkbox\"[^>]*/>)\\n<p>", with: "<li>\n<p>$1 ", options: .regularExpression)
        return result
    }

    /// An autolink literal's `href` as cmark-gfm writes it.
    private static let literalLink = "<a href=\"(?:https?://|ftp://|mailto:|http://www\\.)[^\"]*\">([^<]*)</a>"

    static let autolinkIntoInlineSyntax = GFMDifferenceClass.lines(
        name: "autolink literal running into other inline syntax",
        reason: """
            cmark-gfm scans a literal's path on the raw line, so it takes in the `*`, `_`, `` ` ``, `[`, `]`, `!`, `\\`, \
            `~` or entity that follow without a space and the code, emphasis or link they open; docgen finds literals \
            in the text cmark has already read, so the literal ends where the next inline starts
            """
    ) { docgen, cmarkGFM in
        // The line is compared up to the first literal that took in syntax;
        // what follows it on that line (one cell or paragraph line) is not.
        guard let start = firstSwallowingLiteral(in: cmarkGFM) else { return (docgen, cmarkGFM) }
        // What precedes the literal may differ only in the markup of the
        // syntax the literal took in (`~~www.x~~…` is `<del>` in docgen).
        let kept = textOnly(String(cmarkGFM[..<start]))
        guard textOnly(docgen).hasPrefix(kept) else { return (docgen, cmarkGFM) }
        return (kept + "…", kept + "…")
    }

    static let autolinkIntoInlineSyntaxOverLines = GFMDifferenceClass(
        name: "autolink literal running into other inline syntax, over lines",
        reason: """
            as the class above, where what cmark-gfm's literal took in (a backtick) then pairs with code spans on \
            later lines, so the block's lines differ; the outputs are compared up to that line
            """
    ) { difference in
        let ours = difference.docgen.components(separatedBy: "\n")
        let theirs = difference.cmarkGFM.components(separatedBy: "\n")
        guard ours.count != theirs.count,
            let line = theirs.firstIndex(where: { firstSwallowingLiteral(in: $0) != nil }), line < ours.count
        else { return difference }
        var result = difference
        result.docgen = (ours[..<line] + ["…"]).joined(separator: "\n")
        result.cmarkGFM = (theirs[..<line] + ["…"]).joined(separator: "\n")
        return result
    }

    /// Where the first literal in a line of cmark-gfm's HTML starts that took
    /// in inline syntax, if any.
    static func firstSwallowingLiteral(in line: String) -> String.Index? {
        let syntax = try! NSRegularExpression(pattern: literalLink)
        let range = NSRange(line.startIndex..., in: line)
        guard
            let match = syntax.matches(in: line, range: range).first(where: { match in
                let label = (line as NSString).substring(with: match.range(at: 1))
                return label.rangeOfCharacter(from: CharacterSet(charactersIn: "*_`[]!\\~")) != nil
                    || label.range(of: "&amp;[a-z]+;", options: .regularExpression) != nil
            })
        else { return nil }
        return Range(match.range, in: line)?.lowerBound
    }

    static let urlAfterUnderscore = GFMDifferenceClass.lines(
        name: "URL literal right after `_`",
        reason: """
            the GFM spec (6.9) lets an autolink follow `_`, and docgen links `_http://x.y_`; cmark-gfm 0.29.0.gfm.6 \
            rewinds over the scheme only within the current text, so after a `_` delimiter it leaves the URL as text \
            (and its `_` then need not pair)
            """,
        applies: { $0.range(of: "_(https?|ftp)://", options: .regularExpression) != nil }
    ) { docgen, cmarkGFM in
        func strip(_ line: String) -> String {
            line.replacingOccurrences(
                of: "<a href=\"(?:https?|ftp)://[^\"]*\">([^<]*)</a>", with: "$1", options: .regularExpression
            )
            .replacingOccurrences(of: "</?em>|_", with: "", options: .regularExpression)
        }
        return (strip(docgen), strip(cmarkGFM))
    }

    static let emphasisAfterTildes = GFMDifferenceClass.lines(
        name: "`_emphasis_` right after tildes",
        reason: """
            CommonMark's flanking rules make `~~a~~_b_` and `a~~_b_` emphasis (the `_` follows punctuation), as docgen \
            writes it; cmark-gfm 0.29.0.gfm.6 keeps `~` and `_` in one delimiter stack and leaves such `_` unmatched
            """
    ) { docgen, cmarkGFM in
        (
            docgen.replacingOccurrences(
                of: "(</del>|~)<em>([^<]*)</em>", with: "$1_$2_", options: .regularExpression
            ).replacingOccurrences(
                of: "(</del>|~)<strong>([^<]*)</strong>", with: "$1__$2__", options: .regularExpression),
            cmarkGFM
        )
    }

    static let blockStartAfterTable = GFMDifferenceClass(
        name: "a line after a table that starts a block only outside a paragraph",
        reason: """
            a line right after a table row that is indented as code, or opens an empty list item or an ordered one \
            not starting at 1, continues cmark's paragraph, so docgen's table takes it as a body row; cmark-gfm's \
            table is no paragraph and ends there. The two outputs are compared up to their first difference
            """
    ) { difference in
        let lines = difference.markdown.components(separatedBy: "\n")
        let startsBlock = try! NSRegularExpression(
            pattern: "^(\\s{4,}\\S|\\s*([2-9]|[1-9][0-9]+)[.)](\\s|$)|\\s*([-+*]|1[.)])\\s*$)")
        let follows = zip(lines, lines.dropFirst()).contains { row, next in
            row.contains("|")
                && startsBlock.firstMatch(in: next, range: NSRange(next.startIndex..., in: next)) != nil
        }
        guard follows else { return difference }
        var result = difference
        let common = zip(difference.docgen, difference.cmarkGFM).prefix { $0 == $1 }.count
        result.docgen = String(difference.docgen.prefix(common)) + "…"
        result.cmarkGFM = result.docgen
        return result
    }
}
