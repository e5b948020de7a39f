import DocgenCore
import FlyingFox
import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `docgen serve`: builds the site into memory, serves it over HTTP, watches
/// its files and rebuilds what changed, telling open pages through
/// server-sent events. Writes nothing to disk. Runs until Ctrl-C (or
/// SIGTERM), which ends the process at once with status 0.
public enum DevServer {
    /// Runs until the process is stopped; returns only to report a failure
    /// to start (exit status 2).
    public static func run(_ options: ServeOptions) -> ServeFailure {
        stopsAtOnceOnSignals()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.siteRoot.path, isDirectory: &isFolder), isFolder.boolValue
        else { return ServeFailure(message: "no site folder at \(options.siteRoot.path)") }
        let port: UInt16
        let address: any SocketAddress
        do {
            port = try ListeningAddress.choosePort(host: options.host, requested: options.port)
            address = try ListeningAddress.address(host: options.host, port: port)
        } catch { return ServeFailure(message: error.message) }

        var buildOptions = BuildOptions(siteRoot: options.siteRoot.standardizedFileURL)
        buildOptions.includeDrafts = options.includeDrafts
        buildOptions.writesSite = false
        buildOptions.reusesUnchangedBuild = false
        let host = SessionHost(options: buildOptions)
        let watcher = startWatching(host, options)
        host.rootsChanged = { watcher.watch($0) }

        let server = HTTPServer(
            address: address, timeout: 60, logger: .disabled, handler: SiteHTTPHandler(host: host))
        let failure = FailureBox()
        let stopped = DispatchSemaphore(value: 0)
        Task {
            do { try await server.run() } catch {
                failure.message = "cannot listen on \(options.host):\(port): \(error)"
            }
            stopped.signal()
        }
        Task {
            try? await server.waitUntilListening(timeout: 30)
            // `--port 0` asks the system for a port: print the one it gave.
            var actual = port
            switch await server.listeningAddress {
            case .ip4(_, let listening), .ip6(_, let listening): actual = listening
            default: break
            }
            let url = "http://\(ListeningAddress.urlHost(options.host)):\(actual)\(host.currentBasePath)/"
            FileHandle.standardOutput.write(
                Data("docgen: serving \(options.siteRoot.path) at \(url) (Ctrl-C to stop)\n".utf8))
            if options.opensBrowser { openBrowser(url) }
        }
        stopped.wait()
        return ServeFailure(message: failure.message ?? "the server stopped")
    }

    /// Ctrl-C and SIGTERM end the process at once with status 0: there is
    /// nothing to save (the site lives in memory) and nothing to print.
    private static func stopsAtOnceOnSignals() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGINT) { _ in _exit(0) }
        signal(SIGTERM) { _ in _exit(0) }
    }

    /// inotify unless `--poll`; polling when inotify is unavailable or runs
    /// out of watches, with a message saying so.
    private static func startWatching(_ host: SessionHost, _ options: ServeOptions) -> any FileWatcher {
        let openWrites = OpenWrites()
        let coalescer = ChangeCoalescer(
            quietPeriod: options.quietPeriod, roots: { host.roots }, isBeingWritten: openWrites.contains
        ) { host.enqueue($0, since: $1) }
        let boundary = WatchBoundary(siteRoot: host.siteRoot)
        let polling = PollingWatcher(interval: options.pollInterval, boundary: boundary) { coalescer.add($0) }
        let fallback = { (failure: WatchFailure) in
            ServeConsole.say("\(failure.message): watching by polling every \(options.pollInterval) s instead")
            polling.start(host.roots)
        }
        #if os(Linux)
            if !options.polls {
                let limit = ProcessInfo.processInfo.environment["DOCGEN_SERVE_MAX_WATCHES"].flatMap { Int($0) }
                do {
                    let inotify = try InotifyWatcher(
                        boundary: boundary, limit: limit, openWrites: openWrites, onChange: { coalescer.add($0) },
                        onFailure: fallback)
                    try inotify.start(host.roots)
                    return SwitchingWatcher(first: inotify, second: polling)
                } catch {
                    fallback(error as? WatchFailure ?? .unavailable("\(error)"))
                    return polling
                }
            }
        #endif
        polling.start(host.roots)
        return polling
    }

    private static func openBrowser(_ url: String) {
        let process = Process()
        #if os(macOS)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
            process.arguments = [url]
        #else
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["xdg-open", url]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { ServeConsole.say("cannot open a browser (\(error)); open \(url)") }
    }
}

/// Why `docgen serve` could not start (exit status 2).
public struct ServeFailure: Error {
    public var message: String
}

/// A failure message written by the server task and read by the main thread
/// after the semaphore.
private final class FailureBox: @unchecked Sendable {
    var message: String?
}
