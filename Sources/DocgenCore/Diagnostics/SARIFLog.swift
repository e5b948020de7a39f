import Foundation

/// `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other
/// SARIF viewers, with what GitHub's upload wants (see the README's "CI"
/// section): one rule per diagnostic code with descriptions and help, and
/// one result per diagnostic (the same ones `--format json` prints), each
/// with a repository-relative location and a partial fingerprint.
///
/// - A file is named relative to the git work tree holding the site
///   (`RepositoryLocation`), percent-encoded as a URI reference.
/// - Columns count Unicode scalars, as docgen's do (`columnKind`).
/// - A diagnostic without a file (a site-wide problem) is placed at the
///   site's `docgen.yml`, line 1; one without a line at line 1, column 1.
/// - `partialFingerprints["docgenLineHash/v1"]` is the fingerprint of the
///   source line's text (`SourceLineFingerprints`, the one baselines use)
///   and the problem's ordinal among equal ones, so an alert keeps its
///   identity when lines move.
///
/// Written by hand, as `--format json` is, so that key order and bytes are stable.
struct SARIFLog {
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let fingerprintKey = "docgenLineHash/v1"

    var siteRoot: URL
    var repository: RepositoryLocation

    func json(_ diagnostics: [Diagnostic]) -> String {
        var codes = DiagnosticCode.allCases.map(\.rawValue)
        for diagnostic in diagnostics where !codes.contains(diagnostic.code) { codes.append(diagnostic.code) }
        let ruleIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        var lines = SourceLineFingerprints(siteRoot: siteRoot)
        var ordinals: [String: Int] = [:]
        let results = diagnostics.map { diagnostic -> String in
            let fingerprint = lines.fingerprint(of: diagnostic) ?? "0000000000000000"
            let identity = [diagnostic.file ?? "", diagnostic.code, diagnostic.target ?? "", fingerprint]
                .joined(separator: "\u{0}")
            ordinals[identity, default: 0] += 1
            return result(
                diagnostic, ruleIndex: ruleIndex[diagnostic.code] ?? 0,
                fingerprint: "\(fingerprint):\(ordinals[identity]!)")
        }
        let driver = object([
            ("name", string("docgen")),
            ("rules", array(codes.map(rule), indent: "          ")),
        ])
        let run = [
            "    {",
            "      \"tool\": {\"driver\": \(driver)},",
            "      \"columnKind\": \"unicodeCodePoints\",",
            "      \"results\": \(array(results, indent: "        "))",
            "    }",
        ].joined(separator: "\n")
        return
            "{\n  \"$schema\": \(string(Self.schemaURI)),\n  \"version\": \"2.1.0\",\n  \"runs\": [\n\(run)\n  ]\n}\n"
    }

    private func rule(_ code: String) -> String {
        let help = DiagnosticCodeHelp.of(code)
        let level = DiagnosticCode(rawValue: code)?.defaultSeverity == .warning ? "warning" : "error"
        return object([
            ("id", string(code)),
            ("name", string(code.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined())),
            ("shortDescription", object([("text", string(help.short))])),
            ("fullDescription", object([("text", string(help.full))])),
            ("help", object([("text", string(help.help)), ("markdown", string(help.help))])),
            ("defaultConfiguration", object([("level", string(level))])),
            ("properties", object([("tags", "[\"documentation\", \"docgen\"]")])),
        ])
    }

    private func result(_ diagnostic: Diagnostic, ruleIndex: Int, fingerprint: String) -> String {
        let file = diagnostic.file.map(repository.path(of:)) ?? repository.path(of: ConfigLoader.fileName)
        let uri = URLPathEncoder.encode(path: file).replacingOccurrences(of: ":", with: "%3A")
        var region: [(String, String)] = [("startLine", String(max(1, diagnostic.line ?? 1)))]
        region.append(("startColumn", String(max(1, diagnostic.column ?? 1))))
        let text = ([diagnostic.message] + diagnostic.notes.map { "note: " + $0 }).joined(separator: "\n")
        let location = object([
            (
                "physicalLocation",
                object([
                    ("artifactLocation", object([("uri", string(uri))])),
                    ("region", object(region)),
                ])
            )
        ])
        return object([
            ("ruleId", string(diagnostic.code)),
            ("ruleIndex", String(ruleIndex)),
            ("level", string(diagnostic.severity == .error ? "error" : "warning")),
            ("message", object([("text", string(text))])),
            ("locations", "[" + location + "]"),
            ("partialFingerprints", object([(Self.fingerprintKey, string(fingerprint))])),
        ])
    }

    private func string(_ text: String) -> String { JSONText.string(text) }

    private func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// One element a line: a diff or `grep` of the log stays readable.
    private func array(_ elements: [String], indent: String) -> String {
        guard !elements.isEmpty else { return "[]" }
        let closing = String(indent.dropLast(2))
        return "[\n" + elements.map { indent + $0 }.joined(separator: ",\n") + "\n\(closing)]"
    }
}
