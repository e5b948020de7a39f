import Foundation

/// A 64-bit FNV-1a digest of what a build read or wrote: names, sizes, times
/// and inode numbers of files, and option values. It detects change, not
/// tampering; a stat that cannot be read counts as a change.
struct Fingerprint: Equatable, Codable, Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The newest mtime or ctime seen, in nanoseconds since 1970.
    private(set) var newestChange: Int64 = 0

    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte: byte) }
        add(byte: 0)
    }

    mutating func add(_ number: Int64) {
        withUnsafeBytes(of: number.littleEndian) { for byte in $0 { add(byte: byte) } }
    }

    /// Adds the file's path, type, size, inode, mtime and ctime.
    mutating func add(file path: String, named name: String) { add(FileStatus(path), named: name) }

    mutating func add(_ status: FileStatus?, named name: String) {
        add(name)
        guard let status else {
            add(-1)
            return
        }
        add(status.mode)
        add(status.size)
        add(status.inode)
        add(status.modified)
        add(status.changed)
        newestChange = max(newestChange, status.modified, status.changed)
    }

    private mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The wall clock in the file system's unit, nanoseconds since 1970.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
