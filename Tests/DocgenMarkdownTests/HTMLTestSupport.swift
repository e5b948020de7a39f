import DocgenMarkdown

/// Helpers shared by the HTML tests (no test class here).
enum HTMLTestSupport {
    /// docgen's HTML with the heading ids it added taken out again, so it can
    /// be compared with cmark's own output. Removes exactly the ids of
    /// `parsed.headings`, in order, so a missing or extra id is a difference.
    static func withoutHeadingIDs(_ parsed: ParsedMarkdown) -> String {
        var html = parsed.html.htmlAsWritten
        var searchStart = html.startIndex
        for heading in parsed.headings {
            let tag = "<h\(heading.level) id=\"\(escapeAttribute(heading.id))\">"
            guard let range = html.range(of: tag, range: searchStart..<html.endIndex) else {
                return html + "\n<!-- missing id for heading \(heading.text) -->"
            }
            let replacement = "<h\(heading.level)>"
            let offset = html.distance(from: html.startIndex, to: range.lowerBound)
            html.replaceSubrange(range, with: replacement)
            searchStart = html.index(html.startIndex, offsetBy: offset + replacement.count)
        }
        return html
    }

    static func escapeAttribute(_ value: String) -> String {
        var output = ""
        for character in value {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }
}
