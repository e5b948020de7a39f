/// What the `links:` section of `docgen.yml` changes: the severity of a code
/// (`error`, `warning` or `ignore`; link codes and Markdown codes) and link
/// targets to ignore by glob.
public struct LinkPolicy: Sendable {
    public enum Level: String, Sendable { case error, warning, ignore }

    public var levels: [String: Level] = [:]
    public var ignoredTargets: [Glob] = []
    /// `--warnings-as-errors`.
    public var warningsAsErrors = false

    public init() {}

    /// Applies the policy to one diagnostic: nil when it is ignored.
    public func apply(to diagnostic: Diagnostic) -> Diagnostic? {
        var diagnostic = diagnostic
        // Only a link's target is a destination to match; a footnote label or an id is not.
        if let target = diagnostic.target, !ignoredTargets.isEmpty,
            DiagnosticCode(rawValue: diagnostic.code)?.isLinkCode ?? true,
            ignoredTargets.contains(where: { $0.matches(target) })
        {
            return nil
        }
        switch levels[diagnostic.code] {
        case .ignore?: return nil
        case .error?: diagnostic.severity = .error
        case .warning?: diagnostic.severity = .warning
        case nil: break
        }
        if warningsAsErrors { diagnostic.severity = .error }
        return diagnostic
    }
}
