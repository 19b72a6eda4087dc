/// One term's rows in `articles_fts`, stepped in rowid order, each with its position list —
/// the rows `xQueryPhrase` gives for a one-word phrase searched in every column — read from
/// FTS5's segments (``FTS5TermRows/cursor(term:)``).
///
/// Per rowid the newest segment's entry counts, and only when it has positions (an entry
/// without any records a deletion), as FTS5 merges segments. The newer segments' entries (few,
/// after an ordinary run) are gathered first, with their lists; the oldest segment, which has
/// most of them, is stepped through beside them without being stored.
///
/// A cursor holds page buffers: ``close()`` frees them.
package struct FTS5TermCursor {
    /// The oldest segment's entries (an empty cursor when it lacks the term). Not optional:
    /// reaching into an optional copied the cursor in and out on every row.
    private var oldest: SegmentCursor
    /// Whether the oldest segment's current entry is still to be handed on.
    private var oldestPending = false
    /// The newer segments' entries, newest first on a shared rowid: rowids, and where each
    /// one's list ends in `overrideBytes`.
    private let overrideRowids: [Int64]
    private let overrideEnds: [Int]
    private var overrideBytes: UnsafeMutableRawBufferPointer
    private var nextOverride = 0
    /// The next override's rowid, `Int64.max` when none is left.
    private var upcoming = Int64.max
    /// The current row's rowid: `Int64.max` once the rows are over.
    package private(set) var rowid: Int64 = .min
    /// The current row's position list, valid until the next call to ``next()`` or ``close()``.
    package private(set) var list = UnsafeRawBufferPointer(start: nil, count: 0)
    /// The rows stepped onto so far: the term's document frequency once ``next()`` has
    /// returned false without ``failed``.
    package private(set) var rows: Int64 = 0
    /// Whether a page did not parse (the cursor then stopped short).
    package private(set) var failed = false

    /// A cursor before the first row, over the oldest segment's entries and the newer ones'.
    init(oldest: SegmentCursor, overrides: [(rowid: Int64, positions: [UInt8])]) {
        self.oldest = oldest
        overrideRowids = overrides.map(\.rowid)
        upcoming = overrides.first?.rowid ?? .max
        var ends: [Int] = []
        var total = 0
        for override in overrides {
            total += override.positions.count
            ends.append(total)
        }
        overrideEnds = ends
        overrideBytes = .allocate(byteCount: total, alignment: 1)
        for (index, override) in overrides.enumerated() {
            let start = index == 0 ? 0 : ends[index - 1]
            override.positions.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: overrideBytes[start..<ends[index]]).copyMemory(from: $0) }
        }
    }

    /// A cursor with no row.
    package init() {
        self.init(oldest: SegmentCursor(), overrides: [])
    }

    /// Frees the page buffers.
    package mutating func close() {
        oldest.close()
        overrideBytes.deallocate()
        overrideBytes = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    }

    /// Moves back before the first row; false when a page does not parse.
    package mutating func rewind() -> Bool {
        oldestPending = false
        nextOverride = 0
        upcoming = overrideRowids.first ?? .max
        rowid = .min
        list = UnsafeRawBufferPointer(start: nil, count: 0)
        rows = 0
        failed = !oldest.rewind()
        return !failed
    }

    /// Counts the rows (the term's document frequency) — or, once `limit` are counted, stops
    /// and returns at least `limit` — then moves back before the first; nil when a page does
    /// not parse. Before ``next()`` only.
    ///
    /// The oldest segment's entries are stepped through directly, each looked up among the
    /// overrides by rowid alone: half the instructions of stepping the merged rows.
    package mutating func countRows(upTo limit: Int64 = .max) -> Int64? {
        // The overrides with positions are rows, whatever the oldest segment holds.
        var counted = Int64(overrideEnds.indices.count { overrideEnds[$0] > ($0 == 0 ? 0 : overrideEnds[$0 - 1]) })
        var override = 0
        (overrideRowids + [.max]).withUnsafeBufferPointer { skipped in
            while counted < limit {
                // Most entries: counted where they lie on the page.
                if oldest.count(&counted, upTo: limit, skipping: skipped, at: &override) { continue }
                guard oldest.next() else { break }
                let rowid = oldest.rowid
                while skipped[override] < rowid { override += 1 }
                counted &+= skipped[override] != rowid && !oldest.list.isEmpty ? 1 : 0
            }
        }
        guard !oldest.failed, rewind() else { return nil }
        return counted
    }

    /// Moves to the next row; false once the rows are over (``rowid`` is then `Int64.max`) or
    /// when a page does not parse (``failed``).
    @inline(__always)
    package mutating func next() -> Bool {
        while true {
            if !oldestPending {
                if oldest.next() {
                    oldestPending = true
                } else if oldest.failed {
                    failed = true
                    rowid = .max
                    return false
                }
            }
            let fromOldest = oldestPending ? oldest.rowid : Int64.max
            // Most rows: the oldest segment's entry, before the next override.
            if fromOldest < upcoming {
                oldestPending = false
                rowid = fromOldest
                list = oldest.list
                if !list.isEmpty {
                    rows &+= 1
                    return true
                }
                continue
            }
            guard upcoming != .max else {
                rowid = .max
                list = UnsafeRawBufferPointer(start: nil, count: 0)
                return false
            }
            // The override, which replaces the oldest segment's entry of the same rowid.
            if upcoming == fromOldest { oldestPending = false }
            let start = nextOverride == 0 ? 0 : overrideEnds[nextOverride - 1]
            list = UnsafeRawBufferPointer(rebasing: overrideBytes[start..<overrideEnds[nextOverride]])
            rowid = upcoming
            nextOverride += 1
            upcoming = nextOverride < overrideRowids.count ? overrideRowids[nextOverride] : .max
            if !list.isEmpty {
                rows &+= 1
                return true
            }
        }
    }
}
