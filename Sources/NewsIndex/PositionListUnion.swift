/// Several position lists of one row merged into one, instances in order, each position once:
/// the list of a prefix (`"conf"*`) in a row that holds several of its terms, as FTS5 merges
/// them. Lists are added one at a time, each merged in a pass with those before (each list is
/// in order already), into buffers kept from row to row; ``deallocate()`` frees them.
struct PositionListUnion {
    /// The instances merged so far, and room for the next merge.
    private var merged = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    private var spare = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    /// The next list, decoded.
    private var added = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    private var count = 0
    /// The merged list, written.
    private var output = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

    /// Frees the buffers.
    mutating func deallocate() {
        merged.deallocate()
        spare.deallocate()
        added.deallocate()
        output.deallocate()
        self = PositionListUnion()
    }

    /// Starts a new row's union with its first list.
    mutating func start(_ list: UnsafeRawBufferPointer) {
        // A position takes at least one byte: a list has at most as many as it has bytes.
        merged.reserveScratch(list.count)
        count = PositionList.decode(list, into: merged)
    }

    /// Merges `list` into the row's union.
    mutating func add(_ list: UnsafeRawBufferPointer) {
        added.reserveScratch(list.count)
        let addedCount = PositionList.decode(list, into: added)
        spare.reserveScratch(count + addedCount)
        var (left, right, written) = (0, 0, 0)
        while left < count && right < addedCount {
            let (a, b) = (merged[left], added[right])
            spare[written] = min(a, b)
            written += 1
            left += a <= b ? 1 : 0
            right += b <= a ? 1 : 0
        }
        while left < count {
            spare[written] = merged[left]
            (written, left) = (written + 1, left + 1)
        }
        while right < addedCount {
            spare[written] = added[right]
            (written, right) = (written + 1, right + 1)
        }
        swap(&merged, &spare)
        count = written
    }

    /// The union as a position list, valid until the next ``finish()``.
    mutating func finish() -> UnsafeRawBufferPointer {
        // An instance takes at most 11 bytes: a column change (1 and the column) and an offset.
        output.reserveScratch(count * 11)
        var writer = PositionListWriter(output.baseAddress!)
        for index in 0..<count { writer.append(merged[index]) }
        return UnsafeRawBufferPointer(start: output.baseAddress, count: writer.count)
    }
}
