import CCmark
import Foundation

/// The memory cmark parses and renders one page in: a bump allocator, one per
/// thread, emptied at once when the page is done.
///
/// cmark makes a heap allocation for every node, delimiter and buffer, and
/// frees each of them again with the tree; with `malloc` that was a fifth of
/// cmark's time. Here an allocation is a pointer bump, `free` does nothing,
/// and `withArena` takes everything back in one step (keeping one chunk for
/// the next page). cmark's `cmark_mem` callbacks take no context, so each
/// thread finds its own arena through a `pthread` key.
///
/// Nothing allocated here may outlive `withArena`: callers copy what they
/// keep (text, HTML) into Swift values before it returns.
enum CmarkArena {
    /// Runs `body` with an allocator to give cmark (`cmark_parser_new_with_mem`,
    /// `cmark_node_new_with_mem`), then releases all it allocated.
    static func withArena<Result>(_ body: (UnsafeMutablePointer<cmark_mem>) -> Result) -> Result {
        let state = ArenaState.current()
        precondition(state.pointee.isIdle, "CmarkArena.withArena does not nest")
        state.pointee.isIdle = false
        defer { state.pointee.reset() }
        return body(allocator)
    }

    /// Immutable once made, and its functions find the calling thread's own arena.
    nonisolated(unsafe) private static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let allocator = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        allocator.initialize(
            to: cmark_mem(
                calloc: { count, size in ArenaState.current().pointee.allocate(count * size, zeroed: true) },
                realloc: { pointer, size in ArenaState.current().pointee.reallocate(pointer, to: size) },
                free: { _ in }))
        return allocator
    }()
}

/// One thread's arena: a list of chunks, each starting with a link to the
/// one before it, the newest at `head`. Plain memory, no Swift objects, so
/// the allocation callbacks do no reference counting.
private struct ArenaState {
    /// Each block is preceded by its size, which `reallocate` needs.
    private static let headerSize = 16
    /// A chunk starts with the address of the previous chunk.
    private static let chunkHeaderSize = 16
    private static let chunkSize = 256 * 1024

    private var head: UnsafeMutableRawPointer?
    private var used = 0
    private var capacity = 0
    /// The latest block, which `reallocate` can grow in place.
    private var last: UnsafeMutableRawPointer?
    var isIdle = true

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { state in
            guard let state else { return }
            let arena = state.assumingMemoryBound(to: ArenaState.self)
            arena.pointee.releaseAll()
            arena.deallocate()
        }
        precondition(status == 0, "pthread_key_create failed")
        return key
    }()

    /// The calling thread's arena, created on first use.
    static func current() -> UnsafeMutablePointer<ArenaState> {
        if let state = pthread_getspecific(key) { return state.assumingMemoryBound(to: ArenaState.self) }
        let state = UnsafeMutablePointer<ArenaState>.allocate(capacity: 1)
        state.initialize(to: ArenaState())
        pthread_setspecific(key, state)
        return state
    }

    mutating func allocate(_ size: Int, zeroed: Bool) -> UnsafeMutableRawPointer {
        let rounded = (size + 15) & ~15
        let needed = Self.headerSize + rounded
        if used + needed > capacity { addChunk(holding: needed) }
        let block = head! + used
        block.storeBytes(of: rounded, as: Int.self)
        used += needed
        let pointer = block + Self.headerSize
        if zeroed { pointer.initializeMemory(as: UInt8.self, repeating: 0, count: rounded) }
        last = pointer
        return pointer
    }

    mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer {
        guard let pointer else { return allocate(size, zeroed: false) }
        let oldSize = (pointer - Self.headerSize).load(as: Int.self)
        if size <= oldSize { return pointer }
        let rounded = (size + 15) & ~15
        if pointer == last, used + (rounded - oldSize) <= capacity {
            (pointer - Self.headerSize).storeBytes(of: rounded, as: Int.self)
            used += rounded - oldSize
            return pointer
        }
        let moved = allocate(size, zeroed: false)
        moved.copyMemory(from: pointer, byteCount: oldSize)
        return moved
    }

    private mutating func addChunk(holding bytes: Int) {
        let size = max(Self.chunkSize, Self.chunkHeaderSize + bytes)
        guard let chunk = malloc(size) else { fatalError("out of memory for cmark") }
        chunk.storeBytes(of: head, as: UnsafeMutableRawPointer?.self)
        head = chunk
        used = Self.chunkHeaderSize
        capacity = size
        last = nil
    }

    /// Frees every chunk but the newest, which the next page starts in.
    mutating func reset() {
        if let head {
            var previous = head.load(as: UnsafeMutableRawPointer?.self)
            while let chunk = previous {
                previous = chunk.load(as: UnsafeMutableRawPointer?.self)
                free(chunk)
            }
            head.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
        }
        used = Self.chunkHeaderSize
        last = nil
        isIdle = true
    }

    mutating func releaseAll() {
        reset()
        if let head { free(head) }
        head = nil
        used = 0
        capacity = 0
    }
}
