import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// A running `docgen serve` on a free port of 127.0.0.1: the real binary,
/// its output going to files (so a full pipe never blocks it).
final class ServeProcess {
    let process = Process()
    let port: UInt16
    private let outputs: URL

    /// Starts `docgen serve . --port P arguments…` in `site` and waits until it prints its URL.
    init(_ site: ScratchSite, arguments: [String] = [], environment: [String: String] = [:]) throws {
        port = try Self.freePort()
        outputs = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        try start(
            in: site.root, arguments: ["serve", ".", "--port", String(port)] + arguments, environment: environment)
        guard waitForOutput({ $0.contains("serving") }, in: "stdout", timeout: 120) else {
            throw RawHTTP.Failure("docgen serve did not start: \(stdout) \(stderr)")
        }
    }

    /// Starts `docgen arguments…` without waiting for anything.
    init(rawArguments: [String], in folder: URL, environment: [String: String] = [:]) throws {
        port = 0
        outputs = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        try start(in: folder, arguments: rawArguments, environment: environment)
    }

    private func start(in folder: URL, arguments: [String], environment: [String: String]) throws {
        process.executableURL = try DocgenProcess.executable()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        for name in ["stdout", "stderr"] {
            _ = FileManager.default.createFile(atPath: outputs.appendingPathComponent(name).path, contents: nil)
        }
        process.standardOutput = try FileHandle(forWritingTo: outputs.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: outputs.appendingPathComponent("stderr"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: outputs)
    }

    var stdout: String { read("stdout") }
    var stderr: String { read("stderr") }

    private func read(_ name: String) -> String {
        (try? String(contentsOf: outputs.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    func waitForOutput(_ condition: (String) -> Bool, in name: String, timeout: TimeInterval = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(read(name)) { return true }
            if !process.isRunning { return condition(read(name)) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    func get(_ path: String, method: String = "GET") throws -> RawHTTP.Response {
        try RawHTTP.request(method, path, port: port)
    }

    func events() throws -> EventStreamClient { try EventStreamClient(port: port) }

    /// Ctrl-C; returns the exit status and how long the process took to end.
    func interrupt() -> (status: Int32, seconds: Double) {
        let started = Date()
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        return (process.terminationStatus, Date().timeIntervalSince(started))
    }

    /// Waits for the process to end by itself (a failure to start).
    func waitForExit(timeout: TimeInterval = 60) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// A port nothing listens on now: the kernel's pick for port 0.
    static func freePort() throws -> UInt16 {
        let listener = try PortHolder(port: 0)
        return listener.port
    }
}

/// A socket bound and listening on a port of 127.0.0.1, to make that port taken.
final class PortHolder {
    let descriptor: Int32
    let port: UInt16

    init(port: UInt16) throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.descriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 1) == 0 else {
            close(descriptor)
            throw RawHTTP.Failure("cannot hold port \(port): \(errno)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.port = UInt16(bigEndian: actual.sin_port)
    }

    deinit { close(descriptor) }
}
