import Foundation

/// Holds a finished build's data until the process exits. Freeing 10,000
/// pages object by object took about 60 ms, a tenth of a `docgen check`;
/// when the command line is about to exit anyway (`BuildOptions.exitsAfterBuild`)
/// the operating system reclaims it all at once.
final class ExitReserve: @unchecked Sendable {
    static let shared = ExitReserve()
    private let lock = NSLock()
    private var kept: [Any] = []

    func keep(_ value: Any) {
        lock.lock()
        kept.append(value)
        lock.unlock()
    }
}
