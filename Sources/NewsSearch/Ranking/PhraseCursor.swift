import NewsIndex

/// One phrase's rows, stepped in rowid order, read from the index's segments: a word's rows as
/// they are (``FTS5TermCursor``); a prefix's, the rows of its terms as one
/// (``FTS5PrefixCursor``); for several words, the rows that have them all where each word
/// follows the one before in the same column (``PhrasePositions``), as FTS5 matches a phrase.
/// Every row containing the phrase is stepped onto, so once the cursor is over, ``rows`` is the
/// phrase's document frequency.
///
/// A cursor holds page buffers: ``close()`` frees them.
struct PhraseCursor {
    /// The first word's cursor, kept apart from the others so that a one-word phrase (most
    /// of them) steps without reaching into an array.
    private var first: FTS5TermCursor
    /// The next words' cursors, in order.
    private var others: [FTS5TermCursor]
    /// The rows of a prefix (``isPrefix``), an empty cursor for a phrase of words.
    private var prefix = FTS5PrefixCursor()
    /// Whether the phrase is a prefix, stepped by ``prefix``.
    private var isPrefix = false
    /// Where the phrase starts in the current row (a phrase of several words), in
    /// ``follower``'s buffers.
    private var starts = UnsafeRawBufferPointer(start: nil, count: 0)
    /// The buffers for narrowing.
    private var follower = PhrasePositions()
    /// The rows the phrase was found in by ``countRows(upTo:)``, stepped through from then on.
    private var replay: FoundRows?
    /// The current row's rowid: `Int64.max` once the rows are over.
    private(set) var rowid: Int64 = .min
    /// The rows stepped onto so far.
    private(set) var rows: Int64 = 0

    /// A cursor before the first row containing `phrase` (its strings the tokens as the index
    /// stores them); nil when there is no term, a page does not parse, or a prefix starts too
    /// many terms (``FTS5TermRows/cursor(prefix:)``).
    init?(_ phrase: MatchPhrase, in index: FTS5TermRows) {
        guard phrase.isPrefix else {
            self.init(phrase.strings, in: index)
            return
        }
        guard phrase.strings.count == 1, let prefix = index.cursor(prefix: phrase.strings[0]) else { return nil }
        self.init(prefix: prefix)
    }

    /// A cursor over the rows of `prefix`'s cursor, which it then owns.
    private init(prefix: FTS5PrefixCursor) {
        first = FTS5TermCursor()
        others = []
        self.prefix = prefix
        isPrefix = true
    }

    /// A cursor before the first row containing the phrase of `terms` (tokens as the index
    /// stores them); nil when there is no term or a page does not parse.
    private init?(_ terms: [String], in index: FTS5TermRows) {
        var words: [FTS5TermCursor] = []
        for term in terms {
            guard let cursor = index.cursor(term: term) else {
                for var word in words { word.close() }
                return nil
            }
            words.append(cursor)
        }
        guard let first = words.first else { return nil }
        self.first = first
        others = Array(words.dropFirst())
    }

    /// How many tokens the phrase has.
    var tokens: Int { 1 + others.count }

    /// Whether a page did not parse (the cursor then stopped short).
    var failed: Bool { first.failed || prefix.failed || others.contains(where: \.failed) }

    /// Frees the page buffers.
    mutating func close() {
        first.close()
        prefix.close()
        for index in others.indices { others[index].close() }
        follower.deallocate()
    }

    /// Steps through every row to count them (the phrase's document frequency) — for a word
    /// or a prefix, only until `limit` are counted, returning at least `limit` — then moves
    /// back before the first; nil when a page does not parse.
    ///
    /// A phrase of several words keeps the rows it found, with where it starts in each, and
    /// steps through those from then on: stepping its words again, the most common of them
    /// entry by entry, was half of a search for an actor whose spellings are phrases.
    mutating func countRows(upTo limit: Int64 = .max) -> Int64? {
        if isPrefix { return prefix.countRows(upTo: limit) }
        if others.isEmpty { return first.countRows(upTo: limit) }
        var found = FoundRows()
        while next() { found.append(rowid, starts) }
        guard !failed else { return nil }
        replay = found
        rowid = .min
        return rows
    }

    /// Calls `body` with the current row's position list of where the phrase starts (valid
    /// during the call). Mutating only so that a call through a pointer to the cursor borrows
    /// it: a non-mutating call there copied the cursor, arrays retained, on every match.
    @inline(__always)
    mutating func withList<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
        if isPrefix { return prefix.withList(body) }
        if others.isEmpty { return body(first.list) }
        if let replay { return replay.withList(body) }
        return body(starts)
    }

    /// The current row's instances, each weighted by its column's weight in `weights`
    /// (``PositionList/weightedInstances(_:weights:)``), or, when `bound`, at least that
    /// (``PositionList/weightedInstancesBound(_:weights:)``): for a prefix, of each of its
    /// terms' lists in the row, added up (the same count, without merging the lists).
    ///
    /// A flag rather than the function to apply: passed as a value, the function went through
    /// a thunk at every call (a tenth of an AND of three words in every article).
    @inline(__always)
    mutating func weightedInstances(_ weights: (Double, Double, Double), bound: Bool) -> Double {
        if isPrefix { return prefix.sum { Self.weighted($0, weights, bound: bound) } }
        return withList { Self.weighted($0, weights, bound: bound) }
    }

    /// `list`'s weighted instances, or their bound.
    @inline(__always)
    private static func weighted(
        _ list: UnsafeRawBufferPointer, _ weights: (Double, Double, Double), bound: Bool
    ) -> Double {
        bound
            ? PositionList.weightedInstancesBound(list, weights: weights)
            : PositionList.weightedInstances(list, weights: weights)
    }

    /// Moves to the next row containing the phrase; false once the rows are over.
    @inline(__always)
    mutating func next() -> Bool {
        if isPrefix { return nextOfPrefix() }
        guard others.isEmpty else { return replay == nil ? nextOfSeveral() : nextFound() }
        let found = first.next()
        rowid = first.rowid
        rows = first.rows
        return found
    }

    /// ``next()`` for a prefix.
    private mutating func nextOfPrefix() -> Bool {
        let found = prefix.next()
        rowid = prefix.rowid
        rows = prefix.rows
        return found
    }

    /// ``next()`` over the rows ``countRows(upTo:)`` kept.
    private mutating func nextFound() -> Bool {
        guard replay!.next() else { return over() }
        rowid = replay!.rowid
        return true
    }

    /// ``next()`` for a phrase of several words: the words' cursors led to a row they all
    /// have, whose positions are then narrowed to where the words follow each other.
    private mutating func nextOfSeveral() -> Bool {
        while first.next() {
            var target = first.rowid
            var aligned = false
            while !aligned {
                aligned = true
                for index in others.indices {
                    while others[index].rowid < target {
                        guard others[index].next() else { return over() }
                    }
                    if others[index].rowid > target {
                        target = others[index].rowid
                        aligned = false
                    }
                }
                while first.rowid < target {
                    guard first.next() else { return over() }
                }
                if first.rowid > target {
                    target = first.rowid
                    aligned = false
                }
            }
            if follows() {
                rowid = target
                rows += 1
                return true
            }
        }
        return over()
    }

    /// Narrows the first word's positions in the current row to where every next word follows.
    private mutating func follows() -> Bool {
        starts = follower.follow(first.list, by: others[0].list, at: 1)
        var distance: Int32 = 2
        for index in others.indices.dropFirst() where !starts.isEmpty {
            starts = follower.follow(starts, by: others[index].list, at: distance)
            distance += 1
        }
        return !starts.isEmpty
    }

    private mutating func over() -> Bool {
        rowid = .max
        return false
    }
}

/// The rows a phrase of several words was found in, with where it starts in each (position
/// lists end to end), and a place among them.
private struct FoundRows {
    private var rowids: [Int64] = []
    private var ends: [Int] = []
    private var bytes: [UInt8] = []
    /// The current row's index, -1 before the first.
    private var index = -1

    /// Adds a row after the others.
    mutating func append(_ rowid: Int64, _ list: UnsafeRawBufferPointer) {
        rowids.append(rowid)
        bytes.append(contentsOf: list)
        ends.append(bytes.count)
    }

    /// Moves to the next row; false after the last.
    mutating func next() -> Bool {
        index += 1
        return index < rowids.count
    }

    /// The current row's rowid.
    var rowid: Int64 { rowids[index] }

    /// Calls `body` with the current row's list.
    func withList<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<ends[index]])) }
    }
}
