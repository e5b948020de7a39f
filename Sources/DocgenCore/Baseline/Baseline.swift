import Foundation

/// The problems a site already had when it turned docgen on, so CI fails
/// only on new ones (`--write-baseline`, `--baseline`, `baseline:`).
///
/// The file is versioned JSON with one entry per problem, one per line,
/// sorted, so that fixing a problem removes one line of the diff:
///
///     {
///       "version": 1,
///       "problems": [
///         {"file": "content/a.md", "code": "missing-page", "target": "/x", "fingerprint": "89d1…"}
///       ]
///     }
///
/// A problem that occurs twice with the same file, code, target and line text
/// has two equal entries: matching counts them (`BaselineMatch`).
public struct Baseline: Sendable, Equatable {
    public static let version = 1
    public var entries: [BaselineEntry]

    public init(entries: [BaselineEntry]) { self.entries = entries.sorted() }

    /// The baseline of every diagnostic, reading the lines they point at from the site.
    public init(diagnostics: [Diagnostic], siteRoot: URL) {
        var lines = SourceLineFingerprints(siteRoot: siteRoot)
        self.init(entries: diagnostics.map { BaselineEntry($0, lines: &lines) })
    }

    /// The file's text: stable bytes for the same problems.
    public var json: String {
        var text = "{\n  \"version\": \(Self.version),\n  \"problems\": ["
        text += entries.isEmpty ? "]" : "\n" + entries.map { "    " + $0.json }.joined(separator: ",\n") + "\n  ]"
        return text + "\n}\n"
    }

    private struct File: Decodable {
        var version: Int
        var problems: [BaselineEntry]?
    }

    /// Reads a baseline file; `display` is how diagnostics name it. A file that
    /// is missing, not JSON or of another version is a setup error: a baseline
    /// silently not applied would fail every pull request.
    public static func load(_ url: URL, display: String) throws(SetupError) -> Baseline {
        let bytes: [UInt8]
        switch FileBytes.load(url.path) {
        case .success(let read): bytes = read
        case .failure(let problem):
            throw SetupError([
                Diagnostic(
                    .error, code: DiagnosticCode.config.rawValue,
                    message:
                        "cannot read the baseline \(display): \(Self.reason(problem)) (write one with --write-baseline)",
                    file: display)
            ])
        }
        let decoded: File
        do {
            decoded = try JSONDecoder().decode(File.self, from: Data(bytes))
        } catch {
            throw SetupError(
                code: .config,
                message:
                    "the baseline \(display) is not a docgen baseline (\(Self.describe(error))); write it again with --write-baseline",
                file: display)
        }
        guard decoded.version == version else {
            throw SetupError(
                code: .config,
                message:
                    "the baseline \(display) has version \(decoded.version); this docgen reads version \(version): write it again with --write-baseline",
                file: display)
        }
        return Baseline(entries: decoded.problems ?? [])
    }

    private static func reason(_ problem: FileProblem) -> String {
        if case .unreadable(let reason) = problem { return reason }
        return problem.message
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "no `\(key.stringValue)` at \(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at \(path(context))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "invalid JSON" : "invalid value at \(path(context))"
        default:
            return "invalid JSON"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the top level" : "`" + path.drop { $0 == "." } + "`"
    }
}
