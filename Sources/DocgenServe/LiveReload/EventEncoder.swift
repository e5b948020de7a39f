import DocgenCore
import Foundation

/// Makes the `build` and `state` events of each build, keeping what does
/// not change between builds: a site with 2,000 broken links has the same
/// 2,000 diagnostics after most edits, and their JSON objects and quoted
/// source lines are made once, not on every keystroke-and-save.
///
/// Used from the rebuild thread only.
final class EventEncoder {
    private let siteRoot: URL
    private var objects: [Diagnostic: String] = [:]
    private var sources: [Diagnostic: BuildEvent.SourceLine?] = [:]
    private var lastDiagnostics: [Diagnostic] = []
    private var lastJSON = ""

    init(siteRoot: URL) { self.siteRoot = siteRoot.standardizedFileURL }

    /// The event for `build`; `changed` are the absolute paths the rebuild
    /// was for: source lines quoted from those files (or folders) are read again.
    func event(for build: SessionBuild, changed: Set<String>) -> BuildEvent {
        let root = siteRoot.path.hasSuffix("/") ? siteRoot.path : siteRoot.path + "/"
        if !changed.isEmpty {
            sources = sources.filter { diagnostic, _ in
                guard let file = diagnostic.file else { return true }
                let path = root + file
                return !changed.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
            }
        }
        if build.diagnostics != lastDiagnostics {
            // Most edits leave every diagnostic as it was: then no hashing at all.
            var newObjects: [Diagnostic: String] = [:]
            newObjects.reserveCapacity(build.diagnostics.count)
            let encoded = build.diagnostics.map { diagnostic -> String in
                let object = objects[diagnostic] ?? newObjects[diagnostic] ?? DiagnosticPrinter.jsonObject(diagnostic)
                newObjects[diagnostic] = object
                return object
            }
            objects = newObjects
            lastDiagnostics = build.diagnostics
            lastJSON = encoded.joined(separator: ",")
        }
        var printer = DiagnosticPrinter(format: .json, siteRoot: siteRoot, usesColor: false)
        var newSources: [Diagnostic: BuildEvent.SourceLine?] = [:]
        let quoted = build.diagnostics.prefix(BuildEvent.maxSources).map { diagnostic -> BuildEvent.SourceLine? in
            let line =
                sources[diagnostic]
                ?? printer.sourceLine(of: diagnostic).map {
                    BuildEvent.SourceLine(text: $0.text, caret: $0.caretOffset)
                }
            newSources[diagnostic] = line
            return line
        }
        sources = newSources
        return BuildEvent(
            build: build.number, changed: build.changedURLs, removed: build.removedURLs, moved: build.movedURLs,
            cssOnly: build.cssOnly, diagnostics: build.diagnostics, diagnosticsJSON: lastJSON, sources: quoted,
            setupError: build.setupError != nil, pages: build.renderedPages,
            milliseconds: Int((build.seconds * 1000).rounded()))
    }
}
