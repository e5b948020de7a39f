import Foundation

/// Turns diagnostics into text for people (terminal), for GitHub Actions
/// (workflow-command annotations) or for scripts (versioned JSON).
public struct DiagnosticPrinter {
    public var format: DiagnosticFormat
    /// Site root, to show the source line under a terminal diagnostic.
    public var siteRoot: URL
    public var usesColor: Bool
    /// Where the site is in its git work tree: SARIF and job-summary paths
    /// are relative to the work tree root.
    public var repository: RepositoryLocation
    /// For `--format github`: the job summary file and commit links.
    public var gitHub = GitHubEnvironment(stepSummaryFile: nil, blobURL: nil)

    /// The file whose lines are being quoted; diagnostics come sorted by
    /// file, so one is enough.
    private var openFile: QuotedSource?

    public init(format: DiagnosticFormat, siteRoot: URL, usesColor: Bool) {
        self.format = format
        self.siteRoot = siteRoot
        self.usesColor = usesColor
        self.repository =
            format == .sarif || format == .github ? RepositoryLocation(siteRoot: siteRoot) : .init(sitePrefix: "")
    }

    /// All diagnostics as one text, ready for standard output.
    public mutating func render(_ diagnostics: [Diagnostic], summary: String?) -> String {
        switch format {
        case .terminal: return diagnostics.map { terminal($0) }.joined()
        case .github:
            let hasSummary = gitHub.stepSummaryFile != nil
            return GitHubAnnotationLimit.apply(diagnostics, hasJobSummary: hasSummary).map(github).joined()
        case .json: return json(diagnostics, summary: summary)
        case .sarif: return SARIFLog(siteRoot: siteRoot, repository: repository).json(diagnostics)
        }
    }

    // MARK: - Terminal

    /// Everything quoted from the site (file name, message, source line,
    /// notes) goes through `VisibleControls`: no control or bidi character of
    /// a file reaches the terminal.
    private mutating func terminal(_ diagnostic: Diagnostic) -> String {
        var location = VisibleControls.escape(diagnostic.file ?? "docgen")
        if let line = diagnostic.line {
            location += ":\(line)"
            if let column = diagnostic.column { location += ":\(column)" }
        }
        let severity =
            diagnostic.severity == .error
            ? paint("error", "1;31") : paint("warning", "1;33")
        let message = VisibleControls.escape(diagnostic.message)
        var text = "\(paint(location, "1")): \(severity): \(message) [\(VisibleControls.escape(diagnostic.code))]\n"
        if let file = diagnostic.file, let line = diagnostic.line,
            let excerpt = quote(file, line: line, column: diagnostic.column)
        {
            let number = String(line)
            let gutter = String(repeating: " ", count: number.count)
            text += " \(number) | \(VisibleControls.escape(excerpt.text))\n"
            if diagnostic.column != nil {
                // The caret moves right by what the escapes before it added.
                let indent = VisibleControls.escapedWidth(ofFirst: excerpt.caretOffset, in: excerpt.text)
                text += " \(gutter) | \(String(repeating: " ", count: indent))\(paint("^", "1;32"))\n"
            }
        }
        for note in diagnostic.notes { text += "   = note: \(VisibleControls.escape(note))\n" }
        return text
    }

    private func paint(_ text: String, _ code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The source line a diagnostic points at, as the terminal quotes it
    /// (a window of a long line; controls not yet escaped), and the number
    /// of characters before the column: for `docgen serve`'s error overlay.
    public mutating func sourceLine(of diagnostic: Diagnostic) -> (text: String, caretOffset: Int?)? {
        guard let file = diagnostic.file, let line = diagnostic.line,
            let excerpt = quote(file, line: line, column: diagnostic.column)
        else { return nil }
        return (excerpt.text, diagnostic.column == nil ? nil : excerpt.caretOffset)
    }

    /// The quoted line of a diagnostic, or nil when the file cannot be read.
    private mutating func quote(_ file: String, line: Int, column: Int?) -> QuotedSource.Excerpt? {
        if openFile?.name != file { openFile = QuotedSource(name: file, siteRoot: siteRoot) }
        return openFile?.excerpt(line: line, column: column)
    }

    // MARK: - GitHub Actions

    /// With `--format github` under GitHub Actions (`GITHUB_STEP_SUMMARY`
    /// set), appends the job summary (`GitHubJobSummary`); false when it
    /// could not be written.
    public func appendJobSummary(_ diagnostics: [Diagnostic], summary: String?) -> Bool {
        guard format == .github, let file = gitHub.stepSummaryFile else { return true }
        return GitHubJobSummary(repository: repository, blobURL: gitHub.blobURL)
            .append(diagnostics, summary: summary, to: file)
    }

    /// Controls and bidi characters are made visible (`VisibleControls`)
    /// before the workflow-command encoding: GitHub decodes `%1B` back into
    /// an ESC in the log. Line breaks between message and notes stay breaks.
    private func github(_ diagnostic: Diagnostic) -> String {
        var properties: [String] = []
        if let file = diagnostic.file {
            // GitHub resolves annotation paths against the repository root.
            properties.append("file=\(escapeProperty(VisibleControls.escape(repository.path(of: file))))")
        }
        if let line = diagnostic.line { properties.append("line=\(line)") }
        if let column = diagnostic.column { properties.append("col=\(column)") }
        properties.append("title=\(escapeProperty("docgen " + VisibleControls.escape(diagnostic.code)))")
        let message = ([diagnostic.message] + diagnostic.notes).map { VisibleControls.escape($0, keeping: ["\n"]) }
            .joined(separator: "\n")
        let command = diagnostic.severity == .error ? "error" : "warning"
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    // MARK: - JSON

    /// `{"version": 1, "diagnostics": [...], "summary": "..."}`, keys in a fixed order.
    private func json(_ diagnostics: [Diagnostic], summary: String?) -> String {
        let entries = diagnostics.map { "    " + Self.jsonObject($0) }
        var text = "{\n  \"version\": 1,\n  \"diagnostics\": ["
        text += entries.isEmpty ? "]" : "\n" + entries.joined(separator: ",\n") + "\n  ]"
        if let summary { text += ",\n  \"summary\": \(JSONText.string(summary))" }
        return text + "\n}\n"
    }

    /// One diagnostic as the JSON object `--format json` prints in its
    /// `diagnostics` array (keys in a fixed order, on one line); `docgen
    /// serve`'s `build` events carry the same objects.
    public static func jsonObject(_ diagnostic: Diagnostic) -> String {
        let fields: [(String, String)] = [
            ("severity", JSONText.string(diagnostic.severity.rawValue)),
            ("code", JSONText.string(diagnostic.code)),
            ("message", JSONText.string(diagnostic.message)),
            ("file", diagnostic.file.map(JSONText.string) ?? "null"),
            ("line", diagnostic.line.map(String.init) ?? "null"),
            ("column", diagnostic.column.map(String.init) ?? "null"),
            ("target", diagnostic.target.map(JSONText.string) ?? "null"),
            ("notes", "[" + diagnostic.notes.map(JSONText.string).joined(separator: ", ") + "]"),
        ]
        return "{" + fields.map { "\(JSONText.string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A JSON string literal, escaped as the JSON format escapes its strings.
    public static func jsonString(_ value: String) -> String { JSONText.string(value) }
}
