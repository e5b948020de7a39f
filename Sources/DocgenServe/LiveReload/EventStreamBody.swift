import FlyingSocks

/// The body of a `text/event-stream` response: the bytes of each event as
/// the hub sends them, for as long as the client stays connected.
///
/// FlyingFox sends a body whose length is unknown with chunked transfer
/// encoding, flushing each event as it comes, which is what `EventSource`
/// needs. When the client goes away, the write fails, the iterator is
/// dropped, and the stream's termination handler unsubscribes it.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8

    let events: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async throws -> UInt8? {
            guard let buffer = try await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = event[...]
            }
            let taken = pending.prefix(Swift.max(count, 1))
            pending = pending.dropFirst(taken.count)
            return taken
        }
    }
}
