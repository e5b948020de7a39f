import Foundation

/// The Markdown docgen appends to `$GITHUB_STEP_SUMMARY` with
/// `--format github`: the summary line, the number of problems per code, then
/// a table of every problem with its `file:line` linked to the file at the
/// commit (when GitHub's variables name it). GitHub refuses a step summary
/// over 1 MiB, so the table stops before that and says how many rows are left out.
struct GitHubJobSummary {
    static let byteLimit = 1 << 20
    /// Room kept for the line that says how many rows were left out.
    private static let reserve = 512

    var repository: RepositoryLocation
    var blobURL: String?

    /// The Markdown, at most `budget` bytes.
    func markdown(_ diagnostics: [Diagnostic], summary: String?, budget: Int = byteLimit) -> String {
        var text = "### docgen\n\n"
        if let summary { text += Self.escape(summary) + "\n\n" }
        guard !diagnostics.isEmpty else { return text + "No problems.\n" }
        var counts: [String: (errors: Int, warnings: Int)] = [:]
        for diagnostic in diagnostics {
            if diagnostic.severity == .error {
                counts[diagnostic.code, default: (0, 0)].errors += 1
            } else {
                counts[diagnostic.code, default: (0, 0)].warnings += 1
            }
        }
        text += "| code | errors | warnings |\n| --- | ---: | ---: |\n"
        for code in counts.keys.sorted() {
            text += "| `\(code)` | \(counts[code]!.errors) | \(counts[code]!.warnings) |\n"
        }
        text += "\n| | file | problem |\n| --- | --- | --- |\n"
        var used = text.utf8.count
        for (index, diagnostic) in diagnostics.enumerated() {
            let row = self.row(diagnostic)
            if used + row.utf8.count > budget - Self.reserve {
                let left = diagnostics.count - index
                return text
                    + "\n\(left) more problem\(left == 1 ? "" : "s") not shown: GitHub keeps 1 MiB of a job summary; run `docgen check` to see them all.\n"
            }
            text += row
            used += row.utf8.count
        }
        return text
    }

    /// Appends the Markdown to the step summary file, within what is left of
    /// its 1 MiB; false when the file cannot be written.
    func append(_ diagnostics: [Diagnostic], summary: String?, to path: String) -> Bool {
        var status = stat()
        let existing = stat(path, &status) == 0 ? Int(status.st_size) : 0
        let text = markdown(diagnostics, summary: summary, budget: max(Self.reserve * 2, Self.byteLimit - existing))
        guard let handle = FileHandle(forWritingAtPath: path) ?? Self.create(path) else { return false }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data((existing > 0 ? "\n" : "").utf8) + Data(text.utf8))
            return true
        } catch {
            return false
        }
    }

    private static func create(_ path: String) -> FileHandle? {
        FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil
    }

    private func row(_ diagnostic: Diagnostic) -> String {
        let severity = diagnostic.severity == .error ? "error" : "warning"
        var place = "(site)"
        if let file = diagnostic.file {
            let path = repository.path(of: file)
            let label = Self.escape(path + (diagnostic.line.map { ":\($0)" } ?? ""))
            if let blobURL {
                // GitHub renders Markdown blobs and ignores `#L12` there unless `?plain=1`.
                let anchor = diagnostic.line.map { "?plain=1#L\($0)" } ?? ""
                let url = blobURL + URLPathEncoder.encode(path: path).replacingOccurrences(of: ")", with: "%29")
                place = "[\(label)](\(url.replacingOccurrences(of: "(", with: "%28"))\(anchor))"
            } else {
                place = label
            }
        }
        let problem = ([diagnostic.message] + diagnostic.notes).map(Self.escape).joined(separator: " — ")
        return "| \(severity) | \(place) | \(problem) `\(diagnostic.code)` |\n"
    }

    /// Text from the site as plain text in a table cell: every ASCII
    /// punctuation character backslash-escaped (no link, HTML, emphasis or
    /// cell break can come from a file), controls made visible, lines joined.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in VisibleControls.escape(text, keeping: ["\n"]) {
            if character == "\n" || character == "\r" {
                output += " "
            } else if let ascii = character.asciiValue, ascii.isPunctuation {
                output += "\\" + String(character)
            } else {
                output.append(character)
            }
        }
        return output
    }
}

extension UInt8 {
    /// ASCII punctuation, which CommonMark lets a backslash escape.
    fileprivate var isPunctuation: Bool {
        (0x21...0x2F).contains(self) || (0x3A...0x40).contains(self) || (0x5B...0x60).contains(self)
            || (0x7B...0x7E).contains(self)
    }
}
