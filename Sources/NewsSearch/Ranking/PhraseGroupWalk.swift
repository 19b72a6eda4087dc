import GRDB
import NewsIndex

/// The rows matching an `AND` of groups, each an `OR` of phrases
/// (``MatchExpression/phraseGroups``), stepped in rowid order from the index's segments: one
/// ``PhraseCursor`` per phrase, each group's cursors led to the greatest of the groups' next
/// rows, as FTS5 itself walks such a query, but without FTS5's costs per row (its statement
/// steps, the calls back for each phrase's instances).
///
/// A walk holds page buffers: ``close()`` frees them.
struct PhraseGroupWalk {
    /// One cursor per phrase, in FTS5's phrase numbering, in memory of the walk's own (freed
    /// by ``close()``): reached through an array, each look at a cursor copied it, retaining
    /// its arrays (a third of a search for two words in most articles).
    let cursors: UnsafeMutableBufferPointer<PhraseCursor>
    /// The cursors stepped, as indices into ``cursors``, group after group, in phrase order:
    /// every phrase at first, those found in some row once ``rows(upTo:)`` has counted them (most
    /// spellings of an actor are in no article, and looking at their cursors at every step
    /// was most of a walk). In the walk's own memory, as ``cursors``: slicing an array at every
    /// step retained it (two words in most articles +13%).
    private let live: UnsafeMutableBufferPointer<Int>
    /// How many of ``live`` are stepped.
    private var liveCount: Int
    /// Each group's phrases, as a range of ``live``.
    private var groups: [Range<Int>]
    /// Whether every group has one phrase stepped (an `AND` of phrases, the commonest query):
    /// ``next()`` then leapfrogs the cursors (``nextOfEvery()``).
    private var everyGroupOne: Bool
    /// Whether the cursors have moved from before their first row.
    private var started = false
    /// The last row handed on (its cursors move on at the next call).
    private var last = Int64.min

    /// Each phrase of `groups` as the terms `tokenizer` (the table's) cuts from its strings
    /// (a prefix: the one term it starts), in FTS5's phrase numbering; nil when a phrase has
    /// no term (FTS5 would leave it out of its numbering) or a prefix more than one.
    static func terms(_ groups: [[MatchPhrase]], tokenizer: any FTS5Tokenizer) throws -> [MatchPhrase]? {
        var terms: [MatchPhrase] = []
        for phrase in groups.joined() {
            var words: [String] = []
            for text in phrase.strings { words += try tokenizer.tokenize(query: text).map(\.token) }
            guard !phrase.isPrefix || words.count == 1 else { return nil }
            terms.append(MatchPhrase(words, isPrefix: phrase.isPrefix))
        }
        return terms.contains { $0.strings.isEmpty } ? nil : terms
    }

    /// The rows containing each phrase (its document frequency), each phrase's cursor stepped
    /// to its end and moved back — a word's or a prefix's only until `limit` are counted, the
    /// count then at least `limit`; nil when a page does not parse. Before ``next()`` only.
    ///
    /// bm25 gives every phrase found in half the rows or more the same idf (the least, 1e-6),
    /// so with `limit` half the table's rows, a word in most rows is counted half-way.
    mutating func rows(upTo limit: Int64) -> [Int64]? {
        var rows: [Int64] = []
        for index in cursors.indices {
            guard let count = cursors[index].countRows(upTo: limit) else { return nil }
            rows.append(count)
        }
        // Compacted in place: a phrase is written at or before where it was read.
        var found = 0
        groups = groups.map { group in
            let start = found
            for index in group where rows[live[index]] > 0 {
                live[found] = live[index]
                found += 1
            }
            return start..<found
        }
        liveCount = found
        everyGroupOne = groups.allSatisfy { $0.count == 1 }
        return rows
    }

    /// A walk over the phrases of `terms` (``terms(_:tokenizer:)``), the first
    /// `groups[0]` of them a group, the next `groups[1]` another, and so on; nil when a page
    /// does not parse.
    init?(_ terms: [MatchPhrase], groups: [Int], in index: FTS5TermRows) {
        var cursors: [PhraseCursor] = []
        for phrase in terms {
            guard let cursor = PhraseCursor(phrase, in: index) else {
                for var open in cursors { open.close() }
                return nil
            }
            cursors.append(cursor)
        }
        self.cursors = .allocate(capacity: cursors.count)
        _ = self.cursors.initialize(from: cursors)
        live = .allocate(capacity: cursors.count)
        _ = live.initialize(from: cursors.indices)
        liveCount = cursors.count
        everyGroupOne = groups.allSatisfy { $0 == 1 }
        var start = 0
        self.groups = groups.map { size in
            defer { start += size }
            return start..<(start + size)
        }
    }

    /// Frees the page buffers.
    mutating func close() {
        for index in cursors.indices { cursors[index].close() }
        cursors.deinitialize()
        cursors.deallocate()
        live.deallocate()
    }

    /// Whether a page did not parse (the walk then stopped short).
    var failed: Bool { cursors.contains(where: \.failed) }

    /// The bm25 score of row `id` (the current row, whose ``BM25/lengthNorm(_:)`` is `norm`)
    /// — or, when `bound`, at least that (``PhraseCursor/weightedInstances(_:bound:)``) — its
    /// phrases' terms added in phrase order as bm25 adds them.
    @inline(__always)
    func score(of id: Int64, scorer: BM25, lengthNorm norm: Double, bound: Bool) -> Double {
        var score = 0.0
        for phrase in live[..<liveCount] where cursors[phrase].rowid == id {
            let instances = cursors[phrase].weightedInstances(scorer.weights, bound: bound)
            score += scorer.term(phrase, frequency: instances, lengthNorm: norm)
        }
        return score
    }

    /// The next row that every group has in one of its phrases; nil once there is none. The
    /// phrases in it are the cursors whose ``PhraseCursor/rowid`` it is (a phrase left out as
    /// found nowhere stays before its first row).
    mutating func next() -> Int64? {
        if everyGroupOne { return nextOfEvery() }
        for index in live[..<liveCount] where !started || cursors[index].rowid == last {
            _ = cursors[index].next()
        }
        started = true
        while true {
            var target = Int64.min
            for group in groups {
                var least = Int64.max
                for index in live[group] { least = min(least, cursors[index].rowid) }
                target = max(target, least)
            }
            guard target != .max else { return nil }
            var everyGroup = true
            for group in groups {
                var found = false
                for index in live[group] {
                    while cursors[index].rowid < target { _ = cursors[index].next() }
                    found = found || cursors[index].rowid == target
                }
                everyGroup = everyGroup && found
            }
            if everyGroup {
                last = target
                return target
            }
        }
    }

    /// ``next()`` when every group has one phrase: each cursor in turn is moved to the row
    /// the others agree on, or beyond it, which then becomes the row to agree on, until all
    /// agree. Every cursor is on the last row handed on (or before its first): all move on.
    private mutating func nextOfEvery() -> Int64? {
        guard liveCount > 0 else { return nil }
        for position in 0..<liveCount { _ = cursors[live[position]].next() }
        var target = cursors[live[0]].rowid
        var agreeing = 1
        var position = 0
        while agreeing < liveCount && target != .max {
            position = position + 1 == liveCount ? 0 : position + 1
            let index = live[position]
            while cursors[index].rowid < target { _ = cursors[index].next() }
            if cursors[index].rowid == target {
                agreeing += 1
            } else {
                target = cursors[index].rowid
                agreeing = 1
            }
        }
        guard target != .max else { return nil }
        last = target
        return target
    }
}
