/// The folded bytes of an article's tokens, back to back: a growable byte buffer whose append
/// is a store and an increment (no uniqueness or capacity bookkeeping per byte, as `[UInt8]`
/// has), for the tokenizer's inner loop.
final class FoldedBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written so far.
    private(set) var count = 0

    /// A buffer with room for `capacity` bytes before it first grows.
    init(capacity: Int) {
        self.capacity = max(16, capacity)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow() }
        storage[count] = byte
        count += 1
    }

    /// The byte at `index`.
    @inline(__always)
    subscript(index: Int) -> UInt8 { storage[index] }

    /// The bytes written, as an array.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    private func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
