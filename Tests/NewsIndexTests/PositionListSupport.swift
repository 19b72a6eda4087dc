/// SQLite's varint of a 32-bit value, as FTS5 writes position lists: seven bits a byte, most
/// significant first.
func sqliteVarint(_ value: UInt32) -> [UInt8] {
    var groups: [UInt8] = [UInt8(value & 0x7f)]
    var rest = value >> 7
    while rest > 0 {
        groups.insert(UInt8(rest & 0x7f) | 0x80, at: 0)
        rest >>= 7
    }
    return groups
}

/// A deterministic generator (Knuth's MMIX linear congruence, high bits), so a failure can
/// be replayed.
struct Congruence {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
