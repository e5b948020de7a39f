import Foundation

/// The open `/__docgen/events` streams, and what each new one is told first.
///
/// Rebuilds publish from their own thread, requests subscribe from
/// FlyingFox's tasks: one lock guards the subscriber table. A comment line
/// every 15 seconds keeps idle connections open through proxies and lets a
/// closed tab's stream fail its write and be dropped.
final class EventHub: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    /// Sent to every new subscriber before anything else: the current
    /// build's state (its errors for the overlay), as a `state` event.
    private var greeting: [UInt8] = []
    private var keepAlive: DispatchSourceTimer?

    init() {
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + 15, repeating: 15)
        timer.setEventHandler { [weak self] in self?.broadcast(Array(": keep-alive\n\n".utf8)) }
        timer.resume()
        keepAlive = timer
    }

    deinit { keepAlive?.cancel() }

    var count: Int { lock.withLock { subscribers.count } }

    /// Chunks kept for a client that stops reading: every `build` event holds
    /// the whole state, so older ones can go, and memory stays bounded.
    static let backlog = 32

    /// A new stream, already holding the reconnection delay and the greeting.
    func subscribe() -> AsyncStream<[UInt8]> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(Self.backlog))
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.subscribers.removeValue(forKey: id) }
        }
        lock.withLock {
            continuation.yield(Array("retry: 500\n\n".utf8) + greeting)
            subscribers[id] = continuation
        }
        return stream
    }

    /// Sends `event` to every open stream and makes `greeting` what later ones get first.
    func publish(_ event: [UInt8], greeting: [UInt8]) {
        lock.withLock {
            self.greeting = greeting
            for continuation in subscribers.values { continuation.yield(event) }
        }
    }

    private func broadcast(_ bytes: [UInt8]) {
        lock.withLock {
            for continuation in subscribers.values { continuation.yield(bytes) }
        }
    }
}
