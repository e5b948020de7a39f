/// How diagnostics are printed: `--format terminal|github|json|sarif`.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case terminal, github, json, sarif
}
