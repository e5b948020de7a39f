import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// A client of `/__docgen/events` that keeps every event it receives, read
/// on its own thread, as a browser's `EventSource` would.
final class EventStreamClient: @unchecked Sendable {
    struct Event {
        var name: String
        var data: String
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(data.utf8))) as? [String: Any] ?? [:] }
        var build: Int { json["build"] as? Int ?? 0 }
    }

    private let lock = NSLock()
    private var received: [Event] = []
    private(set) var headers = ""
    private let descriptor: Int32

    init(port: UInt16) throws {
        descriptor = try RawHTTP.connect(port: port, timeout: 120)
        RawHTTP.send(
            descriptor, "GET /__docgen/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        let thread = Thread { [self] in readLoop() }
        thread.start()
        XCTAssertNotNil(wait(for: "state", timeout: 30), "a new stream starts with the state event")
    }

    deinit { close() }

    func close() { shutdown(descriptor, Int32(SHUT_RDWR)) }

    var events: [Event] { lock.withLock { received } }
    func events(named name: String) -> [Event] { events.filter { $0.name == name } }

    /// The first event named `name` after the first `after` of them, waiting up to `timeout`.
    func wait(for name: String, after: Int = 0, timeout: TimeInterval = 30) -> Event? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let matching = events(named: name)
            if matching.count > after { return matching[after] }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return nil
    }

    /// Reads the response head, then de-chunks the body and splits it into events.
    private func readLoop() {
        var raw = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var inBody = false
        var body = Data()
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { return }
            raw.append(contentsOf: buffer[0..<count])
            if !inBody {
                guard let end = raw.range(of: Data("\r\n\r\n".utf8)) else { continue }
                lock.withLock { headers = String(decoding: raw[..<end.lowerBound], as: UTF8.self) }
                raw = Data(raw[end.upperBound...])
                inBody = true
            }
            // Chunked transfer encoding: size line, data, CRLF.
            while let line = raw.range(of: Data("\r\n".utf8)),
                let size = Int(String(decoding: raw[raw.startIndex..<line.lowerBound], as: UTF8.self), radix: 16),
                raw.distance(from: line.upperBound, to: raw.endIndex) >= size + 2
            {
                let start = line.upperBound
                body.append(raw[start..<raw.index(start, offsetBy: size)])
                raw = Data(raw[raw.index(start, offsetBy: size + 2)...])
            }
            while let end = body.range(of: Data("\n\n".utf8)) {
                let block = String(decoding: body[..<end.lowerBound], as: UTF8.self)
                body = Data(body[end.upperBound...])
                var name = "message"
                var data: [String] = []
                for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
                }
                if !data.isEmpty {
                    lock.withLock { received.append(Event(name: name, data: data.joined(separator: "\n"))) }
                }
            }
        }
    }
}
