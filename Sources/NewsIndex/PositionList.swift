/// FTS5's position list format (`detail=full`), as `xPhraseNext` decodes it: a sequence of
/// varints in which `1` announces a change of column (the column number follows, then the
/// first position in it) and any other value is a position (offset plus 2) in the current
/// column. The format is FTS5's on-disk format, which SQLite keeps stable.
package enum PositionList {
    /// The instances of a whole position list (as FTS5 stores it, from column 0), each counted
    /// with the weight of its column (`weights`, then 1 for further columns): bm25's `f`.
    package static func weightedInstances(_ list: UnsafeRawBufferPointer, weights: (Double, Double, Double)) -> Double {
        guard let start = list.baseAddress?.assumingMemoryBound(to: UInt8.self), !list.isEmpty else { return 0 }
        var total = 0.0
        forEachRun(start, start + list.count, from: 0) { column, count in
            total += Double(count) * weight(ofColumn: column, weights)
        }
        return total
    }

    /// At least ``weightedInstances(_:weights:)`` of `list`, from its length and first bytes
    /// alone: every instance takes a byte at least, and a list that opens with a change of
    /// column (a 1, then the column) has none before that column, so a word found only in
    /// bodies weighs at most a byte each. A few instructions where counting takes dozens; a
    /// ranking that cannot keep a row even at this weight need not count it.
    @inline(__always)
    package static func weightedInstancesBound(_ list: UnsafeRawBufferPointer, weights: (Double, Double, Double)) -> Double {
        guard list.count >= 2, list[0] == 1, list[1] < 0x80 else {
            return Double(list.count) * max(weights.0, weights.1, weights.2, 1)
        }
        let heaviest = list[1] == 1 ? max(weights.1, weights.2, 1) : max(weights.2, 1)
        return Double(list.count - 2) * heaviest
    }

    /// The weight of an instance in `column`.
    @inline(__always)
    static func weight(ofColumn column: Int32, _ weights: (Double, Double, Double)) -> Double {
        switch column {
        case 0: weights.0
        case 1: weights.1
        case 2: weights.2
        default: 1
        }
    }

    /// The column and token offset of each instance of a whole position list, in order (what
    /// `xPhraseNext` yields).
    package static func positions(_ list: UnsafeRawBufferPointer) -> [(column: Int, offset: Int)] {
        // A position takes at least one byte: a list has at most as many as it has bytes.
        let decoded = [UInt64](unsafeUninitializedCapacity: list.count) { buffer, count in
            count = decode(list, into: buffer)
        }
        return decoded.map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
    }

    /// Decodes a whole position list into `positions` (room for at least as many values as the
    /// list has bytes) as `column << 32 | offset`, in order; returns how many.
    @inline(__always)
    static func decode(_ list: UnsafeRawBufferPointer, into positions: UnsafeMutableBufferPointer<UInt64>) -> Int {
        guard var byte = list.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        let end = byte + list.count
        var column: UInt64 = 0
        var offset: UInt64 = 0
        var count = 0
        while byte < end {
            var value = UInt64(byte.pointee)
            if value < 0x80 {
                byte += 1
            } else {
                value = UInt64(UInt32(bitPattern: readVarint(&byte, end)))
            }
            if value == 1 {
                // A change of column: the column follows, then the first offset in it.
                column = UInt64(UInt32(bitPattern: readVarint(&byte, end))) << 32
                offset = 0
                continue
            }
            offset &+= value &- 2
            positions[count] = column | offset
            count += 1
        }
        return count
    }

    /// Calls `body` with each run of instances in one column of the list between `start` and
    /// `end` — the column and how many instances — in order, starting in column `column` (the
    /// column of the instance before `start`). Runs of no instance are not reported.
    ///
    /// Every byte below 0x80 ends a varint, and a column change is the only varint that is a
    /// byte 1, so eight bytes without a 1 hold as many positions as bytes below 0x80: most of
    /// a long list is counted a word at a time. A 1 is a column change only where a varint
    /// starts (it also ends varints such as 0x81 0x01): in a word with a 1, the bytes before
    /// the first 1 are counted at once, the 1 is looked at, and the next word starts after it
    /// (going byte by byte through such words cost a word in every article 60% more).
    @inline(__always)
    static func forEachRun(
        _ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, from column: Int32, _ body: (Int32, Int) -> Void
    ) {
        var cursor = Cursor(byte: start, end: end, column: column)
        while cursor.end - cursor.byte >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(cursor.byte).loadUnaligned(as: UInt64.self))
            let ones = onesMask(word)
            if ones == 0 {
                cursor.count += endingBytes(word)
                cursor.atStart = word >> 63 == 0
                cursor.byte += 8
                continue
            }
            // The first 1 (the lowest flag is exact); the bytes before it end varints or not.
            let index = ones.trailingZeroBitCount >> 3
            let before = (UInt64(1) << UInt64(8 * index)) &- 1
            cursor.count += endingBytes(word | ~before)
            if index > 0 { cursor.atStart = (word >> UInt64(8 * index - 1)) & 1 == 0 }
            cursor.byte += index
            cursor.step(body)
        }
        let rest = cursor.end - cursor.byte
        if rest > 0 && cursor.end - start >= 8 {
            // The last eight bytes of the list, shifted so only the `rest` not yet read remain.
            let shift = UInt64(8 * (8 - rest))
            let word = UInt64(littleEndian: UnsafeRawPointer(cursor.end - 8).loadUnaligned(as: UInt64.self)) >> shift
            if !containsOne(word, among: highBits >> shift) {
                cursor.count += endingBytes(word | ~(UInt64.max >> shift))
                cursor.byte = cursor.end
            }
        }
        while cursor.byte < cursor.end { cursor.step(body) }
        if cursor.count > 0 { body(cursor.column, cursor.count) }
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// How many bytes of `word` are below 0x80: their high bits, moved down to 1s and summed
    /// into the top byte by a multiplication (the baseline x86-64 target has no `popcnt`, and
    /// `nonzeroBitCount` there costs dozens of instructions).
    @inline(__always)
    private static func endingBytes(_ word: UInt64) -> Int {
        Int(truncatingIfNeeded: (((~word & highBits) >> 7) &* lowBits) >> 56)
    }

    /// Whether any byte of `word` whose high bit is in `bytes` is 1.
    @inline(__always)
    private static func containsOne(_ word: UInt64, among bytes: UInt64 = highBits) -> Bool {
        onesMask(word) & bytes != 0
    }

    /// The high bit of each byte of `word` that is 1, and possibly of bytes above such a byte
    /// (a borrow only reaches bytes above a byte that is 1): the lowest bit set, and whether
    /// any is, are exact.
    @inline(__always)
    private static func onesMask(_ word: UInt64) -> UInt64 {
        let ones = word ^ lowBits
        return (ones &- lowBits) & ~ones & highBits
    }

    /// Where the decoding is, and the instances of the current run.
    private struct Cursor {
        var byte: UnsafePointer<UInt8>
        let end: UnsafePointer<UInt8>
        var column: Int32
        var count = 0
        /// Whether `byte` starts a varint.
        var atStart = true

        init(byte: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, column: Int32) {
            self.byte = byte
            self.end = end
            self.column = column
        }

        /// Decodes one byte, or a whole column change.
        @inline(__always)
        mutating func step(_ body: (Int32, Int) -> Void) {
            let value = byte.pointee
            byte += 1
            if atStart && value == 1 {
                if count > 0 { body(column, count) }
                count = 0
                column = PositionList.readVarint(&byte, end)
            } else {
                // Without a branch on the byte: whether a byte ends a varint is a coin toss
                // in a list of two-byte varints, and a mispredicted branch costs more than this.
                let ending = Int(truncatingIfNeeded: (value >> 7) ^ 1)
                count &+= ending
                atStart = ending != 0
            }
        }
    }

    /// Reads a SQLite varint of at most 32 bits (FTS5's `fts5GetVarint32`) and moves past it.
    @inline(__always)
    static func readVarint(_ byte: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Int32 {
        var value: UInt32 = 0
        while byte < end {
            let next = byte.pointee
            byte += 1
            value = (value << 7) | UInt32(next & 0x7f)
            if next < 0x80 { break }
        }
        return Int32(bitPattern: value)
    }
}
