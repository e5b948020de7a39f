import DocgenCore
import Foundation

/// Owns the `SiteSession` while serving: answers requests from it (many at
/// a time) and rebuilds it (alone, on its own thread) when files change, then
/// tells the browsers (a `build` event) and the terminal.
///
/// A request that arrives during a rebuild waits for it, so a page fetched
/// after an edit was seen is never a page of the half-updated site.
final class SessionHost: @unchecked Sendable {
    let siteRoot: URL
    let hub = EventHub()
    private let session: SiteSession
    private let lock = ReadWriteLock()
    private let console: ServeConsole
    private let consoleQueue = DispatchQueue(label: "docgen.serve.console")
    private let encoder: EventEncoder
    /// The latest build (under `lock`).
    private var latest: SessionBuild
    /// Old URL → where the page went, from every build so far, until the old
    /// URL is served again: a tab left on it is offered the new one.
    private var movedTo: [String: String] = [:]
    private var basePath: String
    /// What is watched now (under `pendingLock`: watchers read it from their threads).
    private var watchedRoots: [String]

    /// Paths waiting for the rebuild thread, and whether it is running.
    private let pendingLock = NSLock()
    private var pending: Set<String> = []
    private var pendingSince: DispatchTime?
    private var rebuilding = false
    /// Called on the rebuild thread when `docgen.yml` changed what to watch.
    var rootsChanged: (([String]) -> Void)?

    init(options: BuildOptions) {
        siteRoot = options.siteRoot
        console = ServeConsole(siteRoot: options.siteRoot)
        encoder = EventEncoder(siteRoot: options.siteRoot)
        session = SiteSession(options: options)
        latest = session.initial
        basePath = session.basePath
        watchedRoots = session.watchedRoots.map(\.path)
        console.report(latest, isFirst: true)
        hub.publish([], greeting: encoder.event(for: latest, changed: []).message(named: "state"))
    }

    var currentBasePath: String { lock.reading { basePath } }
    var roots: [String] { pendingLock.withLock { watchedRoots } }

    // MARK: - Requests

    /// The answer to a GET or HEAD of this raw path: served from memory only.
    func respond(rawPath: String, rawQuery: String) -> SiteResponse {
        lock.reading {
            let router = SiteRouter(basePath: basePath) { [session] in session.hasFile(at: $0) }
            switch router.route(rawPath: rawPath, rawQuery: rawQuery) {
            case .events: return .events
            case .liveScript:
                return SiteResponse(status: 200, contentType: ContentType.javascript, body: LiveScript.bytes)
            case .redirect(let location, let permanent):
                return SiteResponse(status: permanent ? 301 : 302, location: location)
            case .file(let path):
                guard let bytes = session.file(at: path) else { return notFound(rawPath) }
                let type = ContentType.of(path)
                guard type == ContentType.html else { return SiteResponse(status: 200, contentType: type, body: bytes) }
                return SiteResponse(
                    status: 200, contentType: type,
                    body: ScriptInjector.inject(LiveScript.tag(build: latest.number), into: bytes))
            case .notFound: return notFound(rawPath)
            }
        }
    }

    /// The theme's `404.html` (status 404), with a link to where the page
    /// went when it moved; a small page of its own while no site was built.
    private func notFound(_ rawPath: String) -> SiteResponse {
        let moved = movedTo[rawPath]
        let page =
            session.file(at: "404.html")
            ?? Array(
                "<!doctype html>\n<meta charset=\"utf-8\">\n<title>Not found</title>\n<h1>Not found</h1>\n</body>\n"
                    .utf8)
        let tag = LiveScript.tag(build: latest.number, notFound: true, movedTo: moved)
        return SiteResponse(status: 404, contentType: ContentType.html, body: ScriptInjector.inject(tag, into: page))
    }

    // MARK: - Rebuilds

    /// Paths reported by a watcher (after coalescing): rebuilt on the rebuild
    /// thread; paths arriving during a rebuild make one more rebuild after it.
    /// `since`: when the first file event of these paths came.
    func enqueue(_ paths: Set<String>, since: DispatchTime = .now()) {
        let starts = pendingLock.withLock { () -> Bool in
            pending.formUnion(paths)
            if pendingSince.map({ since < $0 }) ?? true { pendingSince = since }
            guard !rebuilding else { return false }
            rebuilding = true
            return true
        }
        guard starts else { return }
        let thread = Thread { [self] in drain() }
        thread.name = "docgen rebuild"
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func drain() {
        while true {
            let (batch, since) = pendingLock.withLock { () -> (Set<String>, DispatchTime) in
                let batch = (pending, pendingSince ?? .now())
                pending = []
                pendingSince = nil
                if batch.0.isEmpty { rebuilding = false }
                return batch
            }
            guard !batch.isEmpty else { return }
            rebuild(batch, since: since)
        }
    }

    private func rebuild(_ paths: Set<String>, since: DispatchTime) {
        let (build, newRoots) = lock.writing { () -> (SessionBuild, [String]) in
            let build = session.rebuild(changed: paths)
            latest = build
            if build.setupError == nil {
                basePath = session.basePath
                for url in build.changedURLs { movedTo[url] = nil }
                for (old, new) in build.movedURLs { movedTo[old] = new }
                for (old, new) in movedTo where build.removedURLs.contains(new) {
                    movedTo[old] = build.movedURLs[new]
                }
            }
            return (build, session.watchedRoots.map(\.path))
        }
        var event = encoder.event(for: build, changed: paths)
        event.sinceChange = Int(
            (Double(DispatchTime.now().uptimeNanoseconds - since.uptimeNanoseconds) / 1e6).rounded())
        let json = event.json()
        hub.publish(
            BuildEvent.message(named: "build", json: json), greeting: BuildEvent.message(named: "state", json: json))
        // Printing (and quoting source lines for) every diagnostic can take
        // longer than the rebuild: it must not hold up the next one.
        consoleQueue.async { [console] in console.report(build, isFirst: false) }
        let moved = pendingLock.withLock { () -> Bool in
            guard newRoots != watchedRoots else { return false }
            watchedRoots = newRoots
            return true
        }
        if moved { rootsChanged?(newRoots) }
    }
}
