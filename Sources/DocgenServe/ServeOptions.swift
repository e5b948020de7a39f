import DocgenCore
import Foundation

/// What `docgen serve` was asked to do.
public struct ServeOptions: Sendable {
    public var siteRoot: URL
    public var host = "127.0.0.1"
    /// `--port`; nil: 8000, or the next free port when 8000 is taken.
    public var port: UInt16?
    public var includeDrafts = false
    public var opensBrowser = false
    /// `--poll`: watch by looking at the files' times instead of inotify.
    public var polls = false
    /// How long no file event must come before a rebuild starts
    /// (`DOCGEN_SERVE_QUIET_MS`; see the README for how it was measured).
    public var quietPeriod: TimeInterval = 0.01
    /// Between two looks when polling.
    public var pollInterval: TimeInterval = 0.3

    public init(siteRoot: URL) { self.siteRoot = siteRoot }
}
