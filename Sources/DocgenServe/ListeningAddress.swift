import FlyingSocks
import Foundation

/// The address to listen on, and the port rule: a `--port` that is taken is
/// an error; without `--port`, 8000 or the next free port after it.
enum ListeningAddress {
    struct Failure: Error {
        var message: String
    }

    static let defaultPort: UInt16 = 8000

    /// A free port, found by binding and listening on it (then closing: the
    /// server binds it again at once, with `SO_REUSEADDR`).
    static func choosePort(host: String, requested: UInt16?) throws(Failure) -> UInt16 {
        let candidates: [UInt16] =
            requested.map { [$0] } ?? Array(defaultPort...(defaultPort + 100))
        for port in candidates {
            switch probe(host: host, port: port) {
            case .free: return port
            case .taken where requested == nil: continue
            case .taken:
                throw Failure(
                    message: "port \(port) on \(host) is already in use (leave out --port to use the next free one)")
            case .failed(let reason): throw Failure(message: "cannot listen on \(host):\(port): \(reason)")
            }
        }
        throw Failure(message: "no free port between \(defaultPort) and \(defaultPort + 100) on \(host)")
    }

    /// The socket address for `host` (an IPv4 or IPv6 literal, or `localhost`).
    static func address(host: String, port: UInt16) throws(Failure) -> any SocketAddress {
        let name = host == "localhost" ? "127.0.0.1" : host
        if name.contains(":") {
            let literal = name.hasPrefix("[") && name.hasSuffix("]") ? String(name.dropFirst().dropLast()) : name
            guard let address = try? sockaddr_in6.inet6(ip6: literal, port: port) else {
                throw Failure(message: "--host \(host) is not an IP address")
            }
            return address
        }
        guard let address = try? sockaddr_in.inet(ip4: name, port: port) else {
            throw Failure(message: "--host \(host) is not an IPv4 or IPv6 address (or localhost)")
        }
        return address
    }

    /// How to write `host` in a URL.
    static func urlHost(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }

    private enum Probe {
        case free, taken
        case failed(String)
    }

    private static func probe(host: String, port: UInt16) -> Probe {
        do {
            let address = try address(host: host, port: port)
            let socket = try Socket(domain: Int32(type(of: address).family))
            defer { try? socket.close() }
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            try socket.listen()
            return .free
        } catch let failure as Failure {
            return .failed(failure.message)
        } catch SocketError.failed(_, let code, let message) {
            return code == EADDRINUSE ? .taken : .failed(message)
        } catch {
            return .failed("\(error)")
        }
    }
}
