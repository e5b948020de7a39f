import ArgumentParser
import DocgenCore
import Foundation

/// Options `build` and `check` share.
struct SiteOptions: ParsableArguments {
    @Argument(help: "The site folder (holding docgen.yml and content/).")
    var site: String = "."

    @Option(help: "How to print diagnostics: terminal, github (Actions annotations and job summary), json or sarif.")
    var format: DiagnosticFormat = .terminal

    @Flag(help: "Treat warnings as errors (exit status 1 if any).")
    var warningsAsErrors = false

    @Flag(help: "Check and publish pages with `draft: true` too.")
    var drafts = false

    @Flag(help: "Print the wall time of each stage (to standard error).")
    var timings = false

    @Flag(help: "Build everything even when nothing changed since the last build (ignore .docgen-cache/).")
    var noCache = false

    @Option(help: "Leave out the problems listed in this baseline file (default: `baseline:` in docgen.yml).")
    var baseline: String?

    @Option(help: "Write every current problem to this baseline file and exit 0.")
    var writeBaseline: String?

    @Option(
        help:
            "The previous site (its sitemap.xml, a file of URLs one per line, or its output folder): each URL it served must still be served (default: `previous:` in docgen.yml)."
    )
    var previous: String?

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
        printer.gitHub = GitHubEnvironment(ProcessInfo.processInfo.environment)
        do {
            let settings = try AdoptionSettings.resolve(
                siteRoot: root, baseline: baseline, writeBaseline: writeBaseline, previous: previous)
            options.previous = settings.previous
            // The previous site is read anew each run: no reuse of an unchanged build.
            if settings.previous != nil { options.reusesUnchangedBuild = false }
            let report = try SiteBuilder.run(options)
            let outcome = try settings.finish(report)
            print(printer.render(outcome.diagnostics, summary: outcome.summary), terminator: "")
            if timings { FileHandle.standardError.write(Data(report.timings.table.utf8)) }
            FileHandle.standardError.write(Data((outcome.summary + "\n").utf8))
            jobSummary(printer, outcome.diagnostics, summary: outcome.summary)
            throw ExitCode(outcome.exitStatus)
        } catch let error as SetupError {
            print(printer.render(error.diagnostics, summary: nil), terminator: "")
            FileHandle.standardError.write(Data("docgen: stopped: nothing was written\n".utf8))
            jobSummary(printer, error.diagnostics, summary: "docgen: stopped: nothing was written")
            throw ExitCode(2)
        }
    }

    private func jobSummary(_ printer: DiagnosticPrinter, _ diagnostics: [Diagnostic], summary: String) {
        guard !printer.appendJobSummary(diagnostics, summary: summary) else { return }
        FileHandle.standardError.write(Data("docgen: could not append the job summary to GITHUB_STEP_SUMMARY\n".utf8))
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
