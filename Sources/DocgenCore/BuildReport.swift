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

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// 0 when there is no error, 1 when content has errors.
    public var exitStatus: Int32 { errorCount > 0 ? 1 : 0 }

    public var summary: String {
        let problems =
            "\(errorCount) error\(errorCount == 1 ? "" : "s"), \(warningCount) warning\(warningCount == 1 ? "" : "s")"
        let time = String(format: "%.2fs", seconds)
        if let output {
            return
                "docgen: built \(publishedPages) pages from \(sourcePages) Markdown files into \(output.path), checked \(links) links: \(problems) in \(time)"
        }
        return "docgen: checked \(sourcePages) Markdown files and \(links) links: \(problems) in \(time)"
    }
}
