import DocgenMarkdown

/// One problem docgen found, in the shape every output format shares.
///
/// Content problems are collected for the whole site so that one run reports
/// them all; only setup failures stop a build early (see `SetupError`).
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Comparable, Codable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    /// A stable, kebab-case code such as `missing-anchor` (see `DiagnosticCode`).
    public var code: String
    public var message: String
    /// The file, relative to the site root and `/`-separated; nil for site-wide problems.
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// The link target as written, for link problems.
    public var target: String?
    /// Extra lines such as "did you mean …".
    public var notes: [String]

    public init(
        _ severity: Severity, code: String, message: String, file: String? = nil, line: Int? = nil,
        column: Int? = nil, target: String? = nil, notes: [String] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.target = target
        self.notes = notes
    }

    init(
        _ severity: Severity, code: DiagnosticCode, message: String, file: String?, at position: SourcePosition?,
        target: String? = nil, notes: [String] = []
    ) {
        self.init(
            severity, code: code.rawValue, message: message, file: file, line: position?.line,
            column: position?.column, target: target, notes: notes)
    }

    /// A diagnostic with its code's default severity (`DiagnosticCode.defaultSeverity`),
    /// which `links.severity` may change later.
    init(
        _ code: DiagnosticCode, message: String, file: String?, at position: SourcePosition?, target: String? = nil,
        notes: [String] = []
    ) {
        self.init(
            code.defaultSeverity, code: code, message: message, file: file, at: position, target: target, notes: notes)
    }

    /// The order diagnostics are printed in: by file, position, then code.
    static func sortOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        (lhs.file ?? "", lhs.line ?? 0, lhs.column ?? 0, lhs.code, lhs.message)
            < (rhs.file ?? "", rhs.line ?? 0, rhs.column ?? 0, rhs.code, rhs.message)
    }
}
