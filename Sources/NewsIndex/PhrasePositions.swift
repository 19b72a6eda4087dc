/// Where a phrase of several words occurs in a row, worked out from its words' position lists
/// (``PositionList``'s format) the way FTS5 matches a phrase: an instance starts at position
/// `p` of the first word when each later word `k` of the phrase is at `p + k` in the same column.
///
/// It keeps its buffers, grown as needed, across calls (a phrase's cursor makes one call per
/// row that has all its words): temporary allocations in each call were most of a call for
/// short lists, and appending the narrowed list to an array byte by byte a third of it.
/// ``deallocate()`` frees them.
package struct PhrasePositions {
    /// The two lists, decoded.
    private var first = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    private var second = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    /// The narrowed lists, written in turn into one and the other, so that a call can narrow
    /// the list the call before returned.
    private var outputs = (
        UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0), UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    )
    private var writesFirstOutput = true

    /// Empty buffers.
    package init() {}

    /// Frees the buffers.
    package mutating func deallocate() {
        first.deallocate()
        second.deallocate()
        outputs.0.deallocate()
        outputs.1.deallocate()
        self = PhrasePositions()
    }

    /// The positions of `starts` (a position list) that `next` (another) holds `distance`
    /// tokens later in the same column, as a position list (empty when there is none), valid
    /// until the call after next: the next call may narrow it further.
    ///
    /// Both lists are decoded first into arrays of `column << 32 | offset`, and merged without
    /// a branch on which list moves (a coin toss the processor mispredicts): merging while
    /// decoding took 59 ms of an 87 ms search for a word pair in every article of 100,000.
    package mutating func follow(
        _ starts: UnsafeRawBufferPointer, by next: UnsafeRawBufferPointer, at distance: Int32
    ) -> UnsafeRawBufferPointer {
        // A position takes at least one byte: a list has at most as many as it has bytes.
        first.reserveScratch(starts.count)
        second.reserveScratch(next.count + 1)
        let firstCount = PositionList.decode(starts, into: first)
        second[PositionList.decode(next, into: second)] = .max  // a sentinel: the merge needs no bound check
        // An instance takes at most 11 bytes: a column change (1 and the column) and an offset.
        var output = writesFirstOutput ? outputs.0 : outputs.1
        output.reserveScratch(firstCount * 11 + 1)
        if writesFirstOutput { outputs.0 = output } else { outputs.1 = output }
        writesFirstOutput.toggle()
        var writer = PositionListWriter(output.baseAddress!)
        var (index, other) = (0, 0)
        while index < firstCount {
            let wanted = first[index] &+ UInt64(distance)
            let found = second[other]
            if found == wanted { writer.append(first[index]) }
            index &+= wanted <= found ? 1 : 0
            other &+= found <= wanted ? 1 : 0
        }
        return UnsafeRawBufferPointer(start: output.baseAddress, count: writer.count)
    }
}
