/// How diagnostics are printed: `--format terminal|github|json`.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case terminal, github, json
}
