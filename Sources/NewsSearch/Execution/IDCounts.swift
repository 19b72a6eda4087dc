#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many times each id was counted, for dense ids up to a known largest (section and actor
/// ids). A count is an increment in a zeroed buffer — no uniqueness check or growth test, as
/// an array stored in the tally needed on every count (a third of ranking a word found in
/// every article went to them) — and ids are listed as they are first counted, so reading
/// the counts costs the ids seen, not the largest id.
///
/// A reference type: the buffers belong to one tally and are freed with it.
final class IDCounts {
    /// One more than the largest id.
    private let size: Int
    /// Each id's count, zeroed by `calloc` (for a large table the system's zero pages, touched
    /// only where counted).
    private let counts: UnsafeMutablePointer<UInt32>
    /// The ids counted so far, in the order first counted.
    private let seen: UnsafeMutablePointer<UInt32>
    private var seenCount = 0

    /// Counts for ids from 0 to `largest` (an id beyond it is not counted: in a consistent
    /// index none is).
    init(largest: Int) {
        size = max(largest, 0) + 1
        counts = calloc(size, MemoryLayout<UInt32>.stride)!.assumingMemoryBound(to: UInt32.self)
        seen = malloc(size * MemoryLayout<UInt32>.stride)!.assumingMemoryBound(to: UInt32.self)
    }

    deinit {
        free(counts)
        free(seen)
    }

    /// Counts `id` once more.
    @inline(__always)
    func add(_ id: UInt32) {
        let index = Int(id)
        guard index < size else { return }
        let count = counts[index]
        counts[index] = count &+ 1
        if count == 0 { record(id) }
    }

    private func record(_ id: UInt32) {
        seen[seenCount] = id
        seenCount += 1
    }

    /// Each id counted (but 0, which means "none") with its count, in the order first counted.
    var counted: [(id: UInt32, count: Int)] {
        UnsafeBufferPointer(start: seen, count: seenCount).compactMap { $0 == 0 ? nil : ($0, Int(counts[Int($0)])) }
    }
}
