extension UnsafeMutableBufferPointer {
    /// Makes this scratch buffer hold at least `count` values, its contents not kept: a larger
    /// one, at least twice the size, replaces it when it is too small (the buffers that
    /// position lists are decoded into and written to, kept from call to call).
    @inline(__always)
    mutating func reserveScratch(_ count: Int) {
        guard self.count < count else { return }
        let old = self
        self = .allocate(capacity: Swift.max(count, 2 * old.count, 64))
        old.deallocate()
    }
}
