import Foundation

/// Finds two adjacent bytes (`[^`, `::`) in a buffer: `memchr` for the first,
/// which is much faster than a byte loop over a whole page.
enum BytePair {
    static func contains(_ buffer: UnsafeBufferPointer<UInt8>, _ first: UInt8, _ second: UInt8) -> Bool {
        guard let base = buffer.baseAddress, buffer.count > 1 else { return false }
        var index = 0
        while index < buffer.count - 1, let found = memchr(base + index, Int32(first), buffer.count - 1 - index) {
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if buffer[index + 1] == second { return true }
            index += 1
        }
        return false
    }
}
