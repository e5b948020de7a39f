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
        var first: [Key: Int] = [:]
        var pages: [Key: Set<String>] = [:]
        for diagnostic in diagnostics {
            guard let note = diagnostic.notes.last, note.hasPrefix(SourceOrigin.notePrefix) else {
                merged.append(diagnostic)
                continue
            }
            let key = Key(diagnostic: diagnostic, notes: Array(diagnostic.notes.dropLast()))
            pages[key, default: []].insert(note)
            if let index = first[key] {
                // The first including page in sorted order speaks for them all.
                let last = merged[index].notes.count - 1
                if note < merged[index].notes[last] { merged[index].notes[last] = note }
            } else {
                first[key] = merged.count
                merged.append(diagnostic)
            }
        }
        for (key, index) in first {
            let others = (pages[key]?.count ?? 1) - 1
            guard others > 0 else { continue }
            merged[index].notes[merged[index].notes.count - 1] += " and \(others) other place\(others == 1 ? "" : "s")"
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
