import Foundation

/// Makes builds of the same output folder take turns: each holds an
/// exclusive `flock` on the folder that holds the output folder while it
/// writes. The kernel drops the lock when its holder dies, even by
/// `kill -9`, so a lock is never stale and the next build may remove
/// whatever a killed one left (`OutputLeftovers`). On a file system without
/// `flock` builds go ahead unlocked, as before.
enum OutputLock {
    static func holding<Result>(
        _ parent: String, _ body: () throws(SetupError) -> Result
    ) throws(SetupError) -> Result {
        let descriptor = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        if descriptor >= 0 {
            while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
        }
        return try body()
    }
}
