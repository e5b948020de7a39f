import DocgenCore
import Foundation

/// What `docgen serve` prints: each build's diagnostics to standard output
/// (the terminal format of `docgen build`, coloured on a terminal), then one
/// summary line to standard error, as `docgen build` does. When more than
/// `quietAbove` diagnostics are the very ones printed last, they are not
/// printed again (the summary line says so): a site with hundreds of known
/// broken links does not scroll them past on every save. Used from one
/// serial queue.
final class ServeConsole: @unchecked Sendable {
    let siteRoot: URL
    private var lastPrinted: [Diagnostic]?
    static let quietAbove = 20

    init(siteRoot: URL) { self.siteRoot = siteRoot }

    func report(_ build: SessionBuild, isFirst: Bool) {
        let unchanged = build.diagnostics.count > Self.quietAbove && build.diagnostics == lastPrinted
        if !unchanged {
            var printer = DiagnosticPrinter(format: .terminal, siteRoot: siteRoot, usesColor: isatty(1) != 0)
            let text = printer.render(build.diagnostics, summary: nil)
            if !text.isEmpty { FileHandle.standardOutput.write(Data(text.utf8)) }
            lastPrinted = build.diagnostics
        }
        let note = unchanged ? " (the same as before)" : ""
        FileHandle.standardError.write(Data((Self.summary(of: build, isFirst: isFirst) + note + "\n").utf8))
    }

    /// `docgen: rebuilt 1 page in 14 ms: 0 errors, 0 warnings`.
    static func summary(of build: SessionBuild, isFirst: Bool) -> String {
        let errors = build.diagnostics.filter { $0.severity == .error }.count
        let warnings = build.diagnostics.count - errors
        let problems = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        let milliseconds = Int((build.seconds * 1000).rounded())
        if build.setupError != nil {
            let kept = isFirst ? "nothing to serve until it is fixed" : "still serving the last good site"
            return "docgen: build \(build.number) failed in \(milliseconds) ms: \(problems); \(kept)"
        }
        let pages = "\(build.renderedPages) page\(build.renderedPages == 1 ? "" : "s")"
        return "docgen: \(isFirst ? "built" : "rebuilt") \(pages) in \(milliseconds) ms: \(problems)"
    }

    static func say(_ line: String) {
        FileHandle.standardError.write(Data(("docgen: " + line + "\n").utf8))
    }
}
