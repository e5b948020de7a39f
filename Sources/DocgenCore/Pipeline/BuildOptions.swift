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
    /// False for `--no-cache`: when nothing changed since the last build, a
    /// build normally prints that build's report again and writes nothing.
    public var reusesUnchangedBuild = true
    /// Set by the command line, which exits right after the build: the
    /// build's memory is left to the OS rather than freed (see `ExitReserve`).
    public var exitsAfterBuild = false
    /// `--previous`: the URLs the previous site served, each of which must
    /// still be served (`removed-url`).
    public var previous: PreviousSite?

    public init(siteRoot: URL) { self.siteRoot = siteRoot }
}
