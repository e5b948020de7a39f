/// GitHub shows at most 10 error and 10 warning annotations of a step and
/// drops the rest without a word. So annotations come errors first, and the
/// last one of each kind GitHub shows says how many more there are and where
/// to find them (the job summary, when one is written; else the step's log,
/// which keeps every line).
enum GitHubAnnotationLimit {
    static let perSeverity = 10

    static func apply(_ diagnostics: [Diagnostic], hasJobSummary: Bool) -> [Diagnostic] {
        var errors = diagnostics.filter { $0.severity == .error }
        var warnings = diagnostics.filter { $0.severity == .warning }
        mark(&errors, kind: "error", hasJobSummary: hasJobSummary)
        mark(&warnings, kind: "warning", hasJobSummary: hasJobSummary)
        return errors + warnings
    }

    private static func mark(_ list: inout [Diagnostic], kind: String, hasJobSummary: Bool) {
        guard list.count > perSeverity else { return }
        let more = list.count - perSeverity
        let place = hasJobSummary ? "the job summary" : "this step's log"
        list[perSeverity - 1].notes.append(
            "\(more) more \(kind)\(more == 1 ? "" : "s") than GitHub shows as annotations: see \(place)")
    }
}
