/// SQLite varints: big-endian groups of seven bits, a ninth byte giving eight.
enum Varint {
    /// The varint at `offset` of `bytes`, moving `offset` past it; nil when it runs off the end.
    @inline(__always)
    static func read(_ bytes: UnsafeRawBufferPointer, _ offset: inout Int) -> Int64? {
        guard offset < bytes.count else { return nil }
        let first = bytes[offset]
        if first < 0x80 {
            offset += 1
            return Int64(first)
        }
        var value: UInt64 = 0
        for index in 0..<9 {
            guard offset < bytes.count else { return nil }
            let byte = bytes[offset]
            offset += 1
            if index == 8 { return Int64(bitPattern: value << 8 | UInt64(byte)) }
            value = value << 7 | UInt64(byte & 0x7f)
            if byte < 0x80 { break }
        }
        return Int64(bitPattern: value)
    }
}

extension Varint {
    /// Appends `value` to `bytes` as a SQLite varint (nine bytes at most: the ninth gives eight
    /// bits).
    static func append(_ value: Int64, to bytes: inout [UInt8]) {
        var value = UInt64(bitPattern: value)
        if value >> 56 != 0 {
            var high: [UInt8] = []
            let last = UInt8(truncatingIfNeeded: value)
            value >>= 8
            for _ in 0..<8 {
                high.append(UInt8(truncatingIfNeeded: value & 0x7f) | 0x80)
                value >>= 7
            }
            bytes.append(contentsOf: high.reversed())
            bytes.append(last)
            return
        }
        var groups: [UInt8] = [UInt8(truncatingIfNeeded: value & 0x7f)]
        value >>= 7
        while value != 0 {
            groups.append(UInt8(truncatingIfNeeded: value & 0x7f) | 0x80)
            value >>= 7
        }
        bytes.append(contentsOf: groups.reversed())
    }
}
