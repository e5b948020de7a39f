import Foundation

/// What `docgen build` and `docgen check` were asked to do.
public struct BuildOptions: Sendable {
    public var siteRoot: URL
    /// `--output`; else the config's `output_dir` under the site root.
    public var output: URL?
    /// `--drafts`: publish draft pages too.
    public var includeDrafts = false
    /// False for `docgen check`: check everything, write nothing.
    public var writesSite = true
    public var warningsAsErrors = false

    public init(siteRoot: URL) { self.siteRoot = siteRoot }
}
