/// Where a phrase of several words occurs in a row, worked out from its words' position lists
/// (``PositionList``'s format) the way FTS5 matches a phrase: an instance starts at position
/// `p` of the first word when each later word `k` of the phrase is at `p + k` in the same column.
///
/// It keeps two buffers for the decoded lists, grown as needed, across calls (a phrase's
/// cursor makes one call per row that has all its words): temporary allocations in each call
/// were most of a call for short lists. ``deallocate()`` frees them.
package struct PhrasePositions {
    private var first = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    private var second = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)

    /// Empty buffers.
    package init() {}

    /// Frees the buffers.
    package mutating func deallocate() {
        first.deallocate()
        second.deallocate()
        first = UnsafeMutableBufferPointer(start: nil, count: 0)
        second = first
    }

    /// Writes into `output` (emptied first), as a position list, the positions of `starts` (a
    /// position list) that `next` (another) holds `distance` tokens later in the same column;
    /// returns whether there was any.
    ///
    /// Both lists are decoded first into arrays of `column << 32 | offset`, and merged without
    /// a branch on which list moves (a coin toss the processor mispredicts): merging while
    /// decoding took 59 ms of an 87 ms search for a word pair in every article of 100,000.
    @discardableResult
    package mutating func follow(
        _ starts: UnsafeRawBufferPointer, by next: UnsafeRawBufferPointer, at distance: Int32, into output: inout [UInt8]
    ) -> Bool {
        if !output.isEmpty { output.removeAll(keepingCapacity: true) }
        // A position takes at least one byte: a list has at most as many as it has bytes.
        Self.reserve(&first, starts.count)
        Self.reserve(&second, next.count + 1)
        let firstCount = PositionList.decode(starts, into: first)
        second[PositionList.decode(next, into: second)] = .max  // a sentinel: the merge needs no bound check
        var writer = Writer()
        var (index, other) = (0, 0)
        while index < firstCount {
            let wanted = first[index] &+ UInt64(distance)
            let found = second[other]
            if found == wanted { writer.append(first[index], to: &output) }
            index &+= wanted <= found ? 1 : 0
            other &+= found <= wanted ? 1 : 0
        }
        return !output.isEmpty
    }

    /// Makes `buffer` hold at least `count` values.
    @inline(__always)
    private static func reserve(_ buffer: inout UnsafeMutableBufferPointer<UInt64>, _ count: Int) {
        guard buffer.count < count else { return }
        buffer.deallocate()
        buffer = .allocate(capacity: max(count, 2 * buffer.count, 64))
    }

    /// Writes instances, in order, as a position list: an offset is stored as its distance
    /// from the previous one in the column plus 2, and a change of column as a 1, the column
    /// and then the offset plus 2.
    private struct Writer {
        private var column: UInt64 = 0
        private var offset: UInt64 = 0

        mutating func append(_ position: UInt64, to output: inout [UInt8]) {
            let column = position >> 32
            let offset = position & 0xFFFF_FFFF
            if column != self.column {
                output.append(1)
                Self.appendVarint(column, to: &output)
                self.column = column
                self.offset = 0
            }
            Self.appendVarint(offset - self.offset + 2, to: &output)
            self.offset = offset
        }

        /// A SQLite varint of at most 32 bits: big-endian groups of seven bits, the high bit set
        /// on all but the last.
        private static func appendVarint(_ value: UInt64, to output: inout [UInt8]) {
            var shift: UInt64 = 28
            while shift > 0 && value >> shift == 0 { shift -= 7 }
            while shift > 0 {
                output.append(UInt8(truncatingIfNeeded: value >> shift) | 0x80)
                shift -= 7
            }
            output.append(UInt8(truncatingIfNeeded: value & 0x7f))
        }
    }
}
