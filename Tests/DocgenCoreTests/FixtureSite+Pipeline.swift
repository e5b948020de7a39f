import DocgenMarkdown
import Foundation
import XCTest

@testable import DocgenCore

/// Runs docgen's pipeline on a fixture, as `docgen check` and `docgen build` do.
extension FixtureSite {
    /// The diagnostics of the setup error a build stops with; a test failure
    /// (and none) when it builds.
    func setupErrorDiagnostics(file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        do {
            _ = try build()
            XCTFail("expected a setup error", file: file, line: line)
        } catch {
            return error.diagnostics
        }
        return []
    }

    /// `docgen check`: every diagnostic, nothing written.
    func check(drafts: Bool = false, warningsAsErrors: Bool = false) throws(SetupError) -> BuildReport {
        var options = BuildOptions(siteRoot: root)
        options.writesSite = false
        options.includeDrafts = drafts
        options.warningsAsErrors = warningsAsErrors
        return try SiteBuilder.run(options)
    }

    /// `docgen build`, into `output` (site-relative) or the config's default.
    func build(output: String? = nil, drafts: Bool = false) throws(SetupError) -> BuildReport {
        var options = BuildOptions(siteRoot: root)
        options.includeDrafts = drafts
        if let output { options.output = url(output) }
        return try SiteBuilder.run(options)
    }

    /// The site index of `content/`, built the way `SiteBuilder` builds it.
    func index(drafts: Bool = false) throws(SetupError) -> SiteIndex {
        let content = url("content")
        let inventory = try ContentInventory.scan(content)
        let loader = PageLoader(contentRoot: content, contentPrefix: "content", parser: MarkdownParser())
        let pages = inventory.markdownFiles.compactMap { loader.load($0).page }
        return SiteIndex.build(pages: pages, inventory: inventory, includesDrafts: drafts, siteTitle: "Fixture").0
    }
}

extension BuildReport {
    func diagnostics(_ code: String) -> [Diagnostic] { diagnostics.filter { $0.code == code } }

    /// `file:line:col code` for each diagnostic, a compact form to compare whole reports.
    var locations: [String] {
        diagnostics.map { "\($0.file ?? "-"):\($0.line ?? 0):\($0.column ?? 0) \($0.code)" }
    }
}
