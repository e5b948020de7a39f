import Foundation

/// The outcome of a build or check: every diagnostic, sorted, and the counts
/// the summary line prints.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var sourcePages: Int
    public var publishedPages: Int
    public var links: Int
    public var seconds: Double
    /// Where the site was written; nil for `docgen check`.
    public var output: URL?
    /// What the writer did; nil for `docgen check`.
    var files: OutputWriter.Summary?
    /// True when nothing had changed since the last build, which was reused.
    public var upToDate = false
    /// Wall time per stage, for `--timings`.
    public var timings = StageTimings()

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// 0 when there is no error, 1 when content has errors.
    public var exitStatus: Int32 { errorCount > 0 ? 1 : 0 }

    public var summary: String {
        let problems =
            "\(errorCount) error\(errorCount == 1 ? "" : "s"), \(warningCount) warning\(warningCount == 1 ? "" : "s")"
        let time = String(format: "%.2fs", seconds)
        if let output {
            let written =
                upToDate
                ? " (nothing changed since the last build: no file written)"
                : files.map { " (\($0.written) files written, \($0.unchanged) unchanged, \($0.removed) removed)" } ?? ""
            return
                "docgen: built \(publishedPages) pages from \(sourcePages) Markdown files into \(output.path)\(written), checked \(links) links: \(problems) in \(time)"
        }
        return "docgen: checked \(sourcePages) Markdown files and \(links) links: \(problems) in \(time)"
    }
}
