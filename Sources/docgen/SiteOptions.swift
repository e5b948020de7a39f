import ArgumentParser
import DocgenCore
import Foundation

/// Options `build` and `check` share.
struct SiteOptions: ParsableArguments {
    @Argument(help: "The site folder (holding docgen.yml and content/).")
    var site: String = "."

    @Option(help: "How to print diagnostics: terminal, github (Actions annotations) or json.")
    var format: DiagnosticFormat = .terminal

    @Flag(help: "Treat warnings as errors (exit status 1 if any).")
    var warningsAsErrors = false

    @Flag(help: "Check and publish pages with `draft: true` too.")
    var drafts = false

    @Flag(help: "Print the wall time of each stage (to standard error).")
    var timings = false

    @Flag(help: "Build everything even when nothing changed since the last build (ignore .docgen-cache/).")
    var noCache = false

    /// Runs the pipeline, prints diagnostics and the summary, and exits with
    /// 0 (clean), 1 (content errors) or 2 (setup failure).
    func run(writesSite: Bool, output: String?) throws {
        let root = URL(fileURLWithPath: site)
        var options = BuildOptions(siteRoot: root)
        options.writesSite = writesSite
        options.includeDrafts = drafts
        options.warningsAsErrors = warningsAsErrors
        options.reusesUnchangedBuild = !noCache
        options.exitsAfterBuild = true
        if let output { options.output = URL(fileURLWithPath: output) }
        var printer = DiagnosticPrinter(
            format: format, siteRoot: root, usesColor: isatty(1) != 0 && format == .terminal)
        do {
            let report = try SiteBuilder.run(options)
            print(printer.render(report.diagnostics, summary: report.summary), terminator: "")
            if timings { FileHandle.standardError.write(Data(report.timings.table.utf8)) }
            FileHandle.standardError.write(Data((report.summary + "\n").utf8))
            throw ExitCode(report.exitStatus)
        } catch let error as SetupError {
            print(printer.render(error.diagnostics, summary: nil), terminator: "")
            FileHandle.standardError.write(Data("docgen: stopped: nothing was written\n".utf8))
            throw ExitCode(2)
        }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
