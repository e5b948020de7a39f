/// A failure that stops a build before or instead of writing a site: no
/// content folder, a broken config or theme, an unwritable output folder.
/// The CLI prints its diagnostics and exits with status 2.
public struct SetupError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public init(code: DiagnosticCode, message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.diagnostics = [
            Diagnostic(.error, code: code.rawValue, message: message, file: file, line: line, column: column)
        ]
    }
}
