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
        if let note = origin.note { placed.notes.append(note) }
        return placed
    }
}
