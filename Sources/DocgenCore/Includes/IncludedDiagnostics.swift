/// A partial included by many pages would give one diagnostic per page for
/// each problem in it. The same problem at the same place with the same
/// message is reported once, its note naming the first including page and
/// how many others there are. A problem whose meaning depends on the page
/// (a URL-relative link that resolves elsewhere from each page, a
/// `#fragment` looked for on each page) has a message per result, so it
/// stays once per distinct result, each naming its page.
enum IncludedDiagnostics {
    static func merged(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var merged: [Diagnostic] = []
        var groups: [Key: (index: Int, pages: Set<String>)] = [:]
        for diagnostic in diagnostics {
            guard let note = diagnostic.notes.last, note.hasPrefix(SourceOrigin.notePrefix) else {
                merged.append(diagnostic)
                continue
            }
            let key = Key(diagnostic: diagnostic, notes: Array(diagnostic.notes.dropLast()))
            if let group = groups[key] {
                groups[key]!.pages.insert(note)
                // The first including page in sorted order speaks for them all.
                if note < merged[group.index].notes.last! {
                    merged[group.index].notes[merged[group.index].notes.count - 1] = note
                }
            } else {
                groups[key] = (merged.count, [note])
                merged.append(diagnostic)
            }
        }
        for group in groups.values where group.pages.count > 1 {
            let others = group.pages.count - 1
            merged[group.index].notes[merged[group.index].notes.count - 1] +=
                " and \(others) other place\(others == 1 ? "" : "s")"
        }
        return merged
    }

    private struct Key: Hashable {
        var severity: Diagnostic.Severity
        var code: String
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var target: String?
        var notes: [String]

        init(diagnostic: Diagnostic, notes: [String]) {
            severity = diagnostic.severity
            code = diagnostic.code
            message = diagnostic.message
            file = diagnostic.file
            line = diagnostic.line
            column = diagnostic.column
            target = diagnostic.target
            self.notes = notes
        }
    }
}
