import DocgenMarkdown

extension SourceMap {
    /// `diagnostic`, made at a position of the expanded text, moved to the
    /// file, line and column it came from, with a note naming the including
    /// page and line when that is a partial.
    func placing(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let line = diagnostic.line, diagnostic.file == files[0].display else { return diagnostic }
        let origin = origin(of: .init(line: line, column: diagnostic.column ?? 1))
        guard origin.isIncluded || origin.position.line != line || origin.position.column != diagnostic.column else {
            return diagnostic
        }
        var placed = diagnostic
        placed.file = origin.file.display
        placed.line = origin.position.line
        placed.column = diagnostic.column == nil ? nil : origin.position.column
        placed.message = placingLines(in: placed.message, from: origin.file.display)
        placed.notes = placed.notes.map { placingLines(in: $0, from: origin.file.display) }
        if let note = origin.note { placed.notes.append(note) }
        return placed
    }

    /// "at line 12" in a message (the first heading with an id, the first
    /// footnote definition) names a line of the expanded text: the line it
    /// came from, with its file when that is not the diagnostic's.
    func placingLines(in text: String, from file: String) -> String {
        let marker = "at line "
        guard text.contains(marker) else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: marker) {
            result += rest[..<range.lowerBound]
            let digits = rest[range.upperBound...].prefix { $0.isASCIIDigit }
            guard let line = Int(digits) else {
                result += marker
                rest = rest[range.upperBound...]
                continue
            }
            let origin = origin(of: SourcePosition(line: line, column: 1))
            result +=
                origin.file.display == file
                ? "at line \(origin.position.line)" : "at \(origin.file.display):\(origin.position.line)"
            rest = rest[range.upperBound...].dropFirst(digits.count)
        }
        return result + rest
    }
}
