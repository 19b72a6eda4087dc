/// The rows of a prefix (`"conf"*`: any term starting with `conf`), stepped in rowid order from
/// the index's segments: the cursors of its terms (``FTS5TermCursor``) merged through a heap
/// on their rowids, and in a row that holds several of the terms, their position lists merged
/// into one (``PositionListUnion``), as FTS5 matches a prefix. FTS5 itself merges every term's
/// whole doclist, positions and all, before its statement returns a first row: most of a
/// search for `conf*` at 100,000 articles.
///
/// A cursor holds page buffers: ``close()`` frees them.
package struct FTS5PrefixCursor {
    /// One cursor per term, in memory of the cursor's own.
    private let terms: UnsafeMutableBufferPointer<FTS5TermCursor>
    /// The terms not yet over, as a binary min-heap on their rowids (its first ``heapCount``
    /// entries), each entry with its term's rowid: comparisons read no cursor.
    private let heap: UnsafeMutableBufferPointer<(rowid: Int64, term: Int)>
    private var heapCount = 0
    /// The terms on the current row (the heap's top and the entries below it at its rowid):
    /// they move on at the next step.
    private let current: UnsafeMutableBufferPointer<Int>
    private var currentCount = 0
    private var union = PositionListUnion()
    /// Whether the terms have moved from before their first row.
    private var started = false
    /// The current row's rowid: `Int64.max` once the rows are over.
    package private(set) var rowid: Int64 = .min
    /// The rows stepped onto so far: the prefix's document frequency once ``next()`` has
    /// returned false without ``failed``.
    package private(set) var rows: Int64 = 0
    /// Whether a page did not parse (the cursor then stopped short).
    package private(set) var failed = false

    /// A cursor with no row.
    package init() {
        self.init([])
    }

    /// A cursor over the rows of `terms`' cursors, which it then owns.
    init(_ terms: [FTS5TermCursor]) {
        self.terms = .allocate(capacity: terms.count)
        _ = self.terms.initialize(from: terms)
        heap = .allocate(capacity: terms.count)
        current = .allocate(capacity: terms.count)
    }

    /// Frees the page buffers.
    package mutating func close() {
        for index in terms.indices { terms[index].close() }
        terms.deinitialize()
        terms.deallocate()
        heap.deallocate()
        current.deallocate()
        union.deallocate()
    }

    /// Counts the rows (the prefix's document frequency) — or, once `limit` are counted,
    /// stops and returns `limit` — then moves back before the first; nil when a page does not
    /// parse. Before ``next()`` only.
    package mutating func countRows(upTo limit: Int64 = .max) -> Int64? {
        var counted: Int64 = 0
        while counted < limit && nextRowid(gathering: false) { counted += 1 }
        guard !failed else { return nil }
        for index in terms.indices {
            guard terms[index].rewind() else { return nil }
        }
        (started, heapCount, currentCount, rowid) = (false, 0, 0, .min)
        return counted
    }

    /// Moves to the next row; false once the rows are over (``rowid`` is then `Int64.max`) or
    /// when a page does not parse (``failed``).
    package mutating func next() -> Bool {
        guard nextRowid(gathering: true) else { return false }
        rows += 1
        return true
    }

    /// Calls `body` with the current row's position list: the instances of all the prefix's
    /// terms in the row, as one list (merged here when the row has several of the terms).
    package mutating func withList<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
        if currentCount == 1 { return body(terms[current[0]].list) }
        union.start(terms[current[0]].list)
        for index in 1..<currentCount { union.add(terms[current[index]].list) }
        return body(union.finish())
    }

    /// `value` of each term's list in the current row, added up: for a count of instances
    /// (whole numbers, added exactly in any order), the count of the row's list as one,
    /// without merging the lists.
    @inline(__always)
    package func sum(_ value: (UnsafeRawBufferPointer) -> Double) -> Double {
        var total = 0.0
        for index in 0..<currentCount { total += value(terms[current[index]].list) }
        return total
    }

    /// Moves the terms of the current row on, then sets ``rowid`` to the next row's and, when
    /// `gathering`, puts its terms in ``current`` (counting needs only the rowid); false once
    /// there is none.
    ///
    /// A term moved on replaces itself at the heap's top and sinks as far as its new rowid
    /// takes it: for a prefix with one common term (`conformist` in 74,000 of the 82,000 rows
    /// of `conf*`), two comparisons, where taking it off the heap and putting it back cost ten.
    private mutating func nextRowid(gathering: Bool) -> Bool {
        if !started {
            started = true
            for index in terms.indices where step(index) { push((terms[index].rowid, index)) }
        } else {
            while heapCount > 0 && heap[0].rowid == rowid {
                let term = heap[0].term
                if step(term) {
                    heap[0].rowid = terms[term].rowid
                } else {
                    heapCount -= 1
                    heap[0] = heap[heapCount]
                }
                sink(0)
            }
        }
        currentCount = 0
        guard heapCount > 0, !failed else {
            rowid = .max
            return false
        }
        rowid = heap[0].rowid
        if gathering { gather(0) }
        return true
    }

    /// Moves term `index` to its next row; false when its rows are over.
    private mutating func step(_ index: Int) -> Bool {
        guard terms[index].next() else {
            failed = failed || terms[index].failed
            return false
        }
        return true
    }

    /// Adds to ``current`` the term at `slot` of the heap (at ``rowid``) and those below it at
    /// ``rowid`` (the terms at the least rowid are the top and the entries below them that
    /// share it).
    private mutating func gather(_ slot: Int) {
        current[currentCount] = heap[slot].term
        currentCount += 1
        for child in (2 * slot + 1)...(2 * slot + 2) where child < heapCount && heap[child].rowid == rowid {
            gather(child)
        }
    }

    /// Puts `entry` on the heap.
    private mutating func push(_ entry: (rowid: Int64, term: Int)) {
        var slot = heapCount
        heapCount += 1
        while slot > 0 {
            let parent = (slot - 1) / 2
            guard heap[parent].rowid > entry.rowid else { break }
            heap[slot] = heap[parent]
            slot = parent
        }
        heap[slot] = entry
    }

    /// Moves the entry at `slot` down the heap until no child has a smaller rowid.
    private mutating func sink(_ start: Int) {
        guard start < heapCount else { return }
        let moved = heap[start]
        var slot = start
        while true {
            var child = 2 * slot + 1
            guard child < heapCount else { break }
            if child + 1 < heapCount && heap[child + 1].rowid < heap[child].rowid { child += 1 }
            guard heap[child].rowid < moved.rowid else { break }
            heap[slot] = heap[child]
            slot = child
        }
        heap[slot] = moved
    }
}
