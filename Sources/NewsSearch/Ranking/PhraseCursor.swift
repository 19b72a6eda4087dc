import NewsIndex

/// One phrase's rows, stepped in rowid order, read from the index's segments: a word's rows as
/// they are (``FTS5TermCursor``); for several words, the rows that have them all where each
/// word follows the one before in the same column (``PhrasePositions``), as FTS5 matches a
/// phrase. Every row containing the phrase is stepped onto, so once the cursor is over,
/// ``rows`` is the phrase's document frequency.
///
/// A cursor holds page buffers: ``close()`` frees them.
struct PhraseCursor {
    /// The first word's cursor, kept apart from the others so that a one-word phrase (most
    /// of them) steps without reaching into an array.
    private var first: FTS5TermCursor
    /// The next words' cursors, in order.
    private var others: [FTS5TermCursor]
    /// Where the phrase starts in the current row (a phrase of several words), and room to
    /// narrow it word by word.
    private var starts: [UInt8] = []
    private var narrowed: [UInt8] = []
    /// The current row's rowid: `Int64.max` once the rows are over.
    private(set) var rowid: Int64 = .min
    /// The rows stepped onto so far.
    private(set) var rows: Int64 = 0

    /// A cursor before the first row containing the phrase of `terms` (tokens as the index
    /// stores them); nil when there is no term or a page does not parse.
    init?(_ terms: [String], in index: FTS5TermRows) {
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
    var failed: Bool { first.failed || others.contains(where: \.failed) }

    /// Frees the page buffers.
    mutating func close() {
        first.close()
        for index in others.indices { others[index].close() }
    }

    /// Steps through every row to count them (the phrase's document frequency), then moves
    /// back before the first; nil when a page does not parse.
    mutating func countRows() -> Int64? {
        if others.isEmpty { return first.countRows() }
        while next() {}
        let counted = rows
        guard !failed, first.rewind(), others.indices.allSatisfy({ others[$0].rewind() }) else { return nil }
        rowid = .min
        rows = 0
        return counted
    }

    /// Calls `body` with the current row's position list of where the phrase starts (valid
    /// during the call).
    @inline(__always)
    func withList<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
        others.isEmpty ? body(first.list) : starts.withUnsafeBytes(body)
    }

    /// Moves to the next row containing the phrase; false once the rows are over.
    @inline(__always)
    mutating func next() -> Bool {
        guard others.isEmpty else { return nextOfSeveral() }
        let found = first.next()
        rowid = first.rowid
        rows = first.rows
        return found
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
        var found = PhrasePositions.follow(first.list, by: others[0].list, at: 1, into: &starts)
        var distance: Int32 = 2
        for index in others.indices.dropFirst() where found {
            found = starts.withUnsafeBytes { PhrasePositions.follow($0, by: others[index].list, at: distance, into: &narrowed) }
            swap(&starts, &narrowed)
            distance += 1
        }
        return found
    }

    private mutating func over() -> Bool {
        rowid = .max
        return false
    }
}
