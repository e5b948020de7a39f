import Foundation

/// What one build of a `SiteSession` did: the data of `docgen serve`'s
/// `build` event and of its terminal summary.
public struct SessionBuild: Sendable {
    /// 1 for the session's first build, then 2, 3… (the event's `build`).
    public let number: Int
    /// Site URLs (with the base path, percent-encoded, e.g.
    /// `/docs/tokens/access_token/`) whose bytes changed or that are new, sorted.
    public let changedURLs: [String]
    /// URLs no longer served, sorted.
    public let removedURLs: [String]
    /// Old URL → new URL of a page that was renamed or moved, when that is
    /// obvious (the same source file at a new URL, or one removed page and
    /// one new page with the same title).
    public let movedURLs: [String: String]
    /// True when every changed file is a stylesheet: a browser can swap them without reloading.
    public let cssOnly: Bool
    /// What `docgen build --format json` reports for the current files; the
    /// setup error's diagnostics when there is one.
    public let diagnostics: [Diagnostic]
    /// The current files cannot be built (broken `docgen.yml`, template
    /// syntax error…): the last good site is still served.
    public let setupError: SetupError?
    /// Pages rendered by this build.
    public let renderedPages: Int
    public let seconds: Double

    public init(
        number: Int, changedURLs: [String], removedURLs: [String], movedURLs: [String: String], cssOnly: Bool,
        diagnostics: [Diagnostic], setupError: SetupError?, renderedPages: Int, seconds: Double
    ) {
        self.number = number
        self.changedURLs = changedURLs
        self.removedURLs = removedURLs
        self.movedURLs = movedURLs
        self.cssOnly = cssOnly
        self.diagnostics = diagnostics
        self.setupError = setupError
        self.renderedPages = renderedPages
        self.seconds = seconds
    }
}
