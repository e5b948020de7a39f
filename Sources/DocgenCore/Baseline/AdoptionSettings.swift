import Foundation

/// What `--baseline`, `--write-baseline` and `--previous` (or `baseline:` and
/// `previous:` in docgen.yml) ask of a run, read before the build so that a
/// baseline or previous site that cannot be read stops it with nothing
/// written (exit status 2), and applied to its report after.
public struct AdoptionSettings: Sendable {
    public enum BaselineMode: Sendable {
        case none
        /// Leave out the problems of this baseline; `name` is how the summary names it.
        case apply(Baseline, name: String)
        /// Write the run's problems to this file and exit 0.
        case write(URL, name: String)
    }

    public var baseline: BaselineMode = .none
    public var previous: PreviousSite?
    let siteRoot: URL

    /// A command-line path is relative to the working directory; a docgen.yml
    /// path to the site folder.
    public static func resolve(
        siteRoot: URL, baseline: String?, writeBaseline: String?, previous: String?
    ) throws(SetupError) -> AdoptionSettings {
        var settings = AdoptionSettings(siteRoot: siteRoot)
        let config = try ConfigLoader.load(siteRoot: siteRoot)
        if let writeBaseline {
            let url = URL(fileURLWithPath: writeBaseline)
            // Found out before the build, which may write a site.
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                throw SetupError(code: .output, message: "cannot write the baseline \(writeBaseline): it is a folder")
            }
            guard FileManager.default.isWritableFile(atPath: url.deletingLastPathComponent().path) else {
                throw SetupError(
                    code: .output, message: "cannot write the baseline \(writeBaseline): its folder is not writable")
            }
            settings.baseline = .write(url, name: writeBaseline)
        } else if let baseline {
            let url = URL(fileURLWithPath: baseline)
            settings.baseline = .apply(try Baseline.load(url, display: baseline), name: baseline)
        } else if let configured = config.baseline {
            let url = siteRoot.appendingPathComponent(configured.path)
            settings.baseline = .apply(
                try fromConfig(configured, key: "baseline") { () throws(SetupError) in
                    try Baseline.load(url, display: configured.path)
                }, name: configured.path)
        }
        let base = config.basePath
        if let previous {
            let url = URL(fileURLWithPath: previous)
            settings.previous = try PreviousSite.load(
                url, display: SiteRelativePath.of(url, siteRoot: siteRoot), basePath: base)
        } else if let configured = config.previous {
            let url = siteRoot.appendingPathComponent(configured.path)
            settings.previous = try fromConfig(configured, key: "previous") { () throws(SetupError) in
                try PreviousSite.load(url, display: SiteRelativePath.of(url, siteRoot: siteRoot), basePath: base)
            }
        }
        return settings
    }

    /// A file docgen.yml names that does not exist is reported at its key.
    private static func fromConfig<T>(
        _ configured: ConfiguredPath, key: String, _ load: () throws(SetupError) -> T
    ) throws(SetupError) -> T {
        do {
            return try load()
        } catch {
            guard error.diagnostics.first?.line == nil else { throw error }
            throw SetupError(
                error.diagnostics.map { diagnostic in
                    var moved = diagnostic
                    moved.message = "`\(key): \(configured.path)`: " + diagnostic.message
                    moved.file = ConfigLoader.fileName
                    moved.line = configured.line
                    moved.column = nil
                    return moved
                })
        }
    }

    /// What to print and how to exit after the build.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var summary: String
        public var exitStatus: Int32
    }

    /// Applies or writes the baseline. Writing it is the only failure: a
    /// setup error (`output`).
    public func finish(_ report: BuildReport) throws(SetupError) -> Outcome {
        switch baseline {
        case .none:
            return Outcome(diagnostics: report.diagnostics, summary: report.summary, exitStatus: report.exitStatus)
        case .apply(let baseline, let name):
            let match = BaselineMatch(report.diagnostics, baseline: baseline, siteRoot: siteRoot)
            var kept = report
            kept.diagnostics = match.remaining
            return Outcome(
                diagnostics: kept.diagnostics, summary: kept.summary + match.summary(baselineName: name),
                exitStatus: kept.exitStatus)
        case .write(let url, let name):
            let written = Baseline(diagnostics: report.diagnostics, siteRoot: siteRoot)
            do {
                try Data(written.json.utf8).write(to: url, options: .atomic)
            } catch {
                throw SetupError(
                    code: .output, message: "cannot write the baseline \(name): \(error.localizedDescription)",
                    file: nil)
            }
            let count = written.entries.count
            return Outcome(
                diagnostics: [],
                summary: report.summary + "; wrote \(count) problem\(count == 1 ? "" : "s") to the baseline \(name)",
                exitStatus: 0)
        }
    }
}
