import GRDB
import NewsIndex

/// Ranks every match of a full-text query in one pass over FTS5's matches
/// (``FTS5RowVisit``): exact bm25 (``BM25``), the best `depth` kept (``TopHits``) with where
/// they matched (for snippets), and the exact total and facets counted as it goes
/// (``FacetTally``).
///
/// FTS5's own `ORDER BY rank` spends most of its time per match looking up the row's length
/// in `articles_fts_docsize` and feeding a sorter; here the length comes from the
/// ``FacetChunk`` that facet counting reads anyway, and a match that cannot make the page
/// costs one comparison. Without filters, an `AND` of `OR`s of phrases and prefixes is walked
/// through the index's segments before the statement runs at all
/// (``ScanState/walkSegments()``); when the walks cannot rank it, the statement's first match
/// is as far as it goes for one phrase or an `OR` of many, walked through FTS5's
/// `xQueryPhrase` (``ScanState/walkPhrase(from:)``, ``ScanState/walkPhrases(from:)``). Every
/// way gives the same answer.
final class RankedScan: FTS5RowVisitor {
    /// Everything a row updates, in one value: one access per row instead of one per field.
    private var state: ScanState

    /// A scan on `db` keeping the best `depth` hits, counting facets when `facets` is true,
    /// reading facet chunks through `chunkCache` when given.
    init(_ db: Database, depth: Int, facets: Bool, chunkCache: FacetChunkCache? = nil) throws {
        let weights = IndexSchema.columnWeights
        state = ScanState(
            db, best: TopHits(capacity: depth), bounds: try FacetTally.Bounds(db), countsFacets: facets,
            weights: (weights.title, weights.lede, weights.body), chunks: try FacetChunkReader(db, cache: chunkCache))
    }

    /// The hits kept.
    var best: TopHits { state.best }
    /// The total and the facets.
    var tally: FacetTally { state.tally }

    /// Scans the matches of `filter` (which must have a full-text match); `anyOfPhrases` says
    /// that its match is a phrase or an `OR` of phrases, `phrases` gives the text of each
    /// of its phrases that is a single quoted string (``MatchExpression/phraseTexts``), and
    /// `phraseGroups` the match as an `AND` of `OR`s of phrases when it is one
    /// (``MatchExpression/phraseGroups``).
    func run(
        _ db: Database, filter: FilterClause, anyOfPhrases: Bool = false, phrases: [String?] = [],
        phraseGroups: [[MatchPhrase]]? = nil
    ) throws {
        state.phraseTexts = phrases
        state.phraseGroups = filter.restrictsMatch ? nil : phraseGroups
        state.mayWalkPhrase = !filter.restrictsMatch
        state.mayWalkPhrases = anyOfPhrases && !filter.restrictsMatch
        if try state.walkSegments() { return }
        try FTS5RowVisit.run(db, visitor: self, condition: filter.fullTextCondition, arguments: filter.arguments)
        if state.pageLacksPositions, let match = filter.match {
            let positions = PositionScan()
            try positions.run(db, match: match, ids: state.best.ranked.map(\.id))
            state.best.attach(positions.positions)
        }
    }

    func visit(_ row: FTS5Row) throws {
        try state.visit(row)
    }
}

/// The state of a ``RankedScan``.
struct ScanState {
    /// The connection, for counting phrases' rows from the index.
    let db: Database
    /// The hits kept.
    var best: TopHits
    /// The total and the facets.
    var tally: FacetTally
    /// The index's largest section and actor ids, for a fresh tally.
    let bounds: FacetTally.Bounds
    /// Whether facets are counted (else only the total).
    let countsFacets: Bool
    /// The column weights of bm25.
    let weights: (Double, Double, Double)
    /// The scorer of the statement's rows, once made.
    var scorer: BM25?
    /// The articles' facet chunks (lengths, sections, dates, actors).
    var chunks: FacetChunkReader
    /// Whether every row containing the query's phrase matches (no exclusion, no filter).
    var mayWalkPhrase = false
    /// Whether every row containing one of the query's phrases matches (an `OR` of phrases,
    /// no filter).
    var mayWalkPhrases = false
    /// Whether the kept hits still need their match positions (after ``walkPhrases(from:)``).
    var pageLacksPositions = false
    /// Each phrase's rows, once counted.
    var phraseRows: [Int64?]?
    /// Each phrase's text when it is a single quoted string (``MatchExpression/phraseTexts``).
    var phraseTexts: [String?] = []
    /// The match as an `AND` of `OR`s of phrases (``MatchExpression/phraseGroups``), when
    /// it is one and nothing else restricts the rows: its phrases' rows may then be walked
    /// from the index's segments (``walkSegments()``).
    var phraseGroups: [[MatchPhrase]]?

    init(
        _ db: Database, best: TopHits, bounds: FacetTally.Bounds, countsFacets: Bool, weights: (Double, Double, Double),
        chunks: FacetChunkReader
    ) {
        self.db = db
        self.best = best
        tally = FacetTally(bounds)
        self.bounds = bounds
        self.countsFacets = countsFacets
        self.weights = weights
        self.chunks = chunks
    }

    @inline(__always)
    mutating func visit(_ row: FTS5Row) throws {
        if scorer == nil {
            if mayWalkPhrase && row.phraseCount == 1, try walkPhrase(from: row) { throw FTS5VisitEnd() }
            if mayWalkPhrases && row.phraseCount >= Self.walkedPhrasesMinimum {
                try walkPhrases(from: row)
                throw FTS5VisitEnd()
            }
            scorer = try BM25(row, weights: weights, rowsContaining: phraseRows ?? wordRows(row))
        }
        let id = row.rowid
        try chunks.move(toArticle: id)
        let score = try scorer!.score(row, length: chunks.view.length(ofArticle: id))
        if best.admits(id: id, score: score) { best.insert(RankedHit(id: id, score: score, positions: try MatchPositions(row))) }
        if countsFacets { tally.add(id, in: chunks.view) } else { tally.count() }
    }

    /// The rows of each phrase that is one word, counted from the index's segments
    /// (``FTS5TermRows``: a few instructions a row where FTS5's `xQueryPhrase` spends about
    /// 300); nil for the other phrases, which bm25 counts the way FTS5 does.
    private func wordRows(_ row: FTS5Row) throws -> [Int64?] {
        guard phraseTexts.count == row.phraseCount, phraseTexts.contains(where: { $0 != nil }),
            let counter = try FTS5TermRows(db)
        else { return [] }
        let tokenizer = try FTS5TermRows.tokenizer(db)
        return try phraseTexts.indices.map { phrase in
            guard let text = phraseTexts[phrase], row.tokens(inPhrase: phrase) == 1 else { return nil }
            return try counter.count(phrase: text, tokenizer: tokenizer)
        }
    }

    /// Hits kept beyond the page while walking a phrase, to prove the page.
    static let walkSlack = 16

    /// Ranks a one-phrase query that the segment walks could not rank (``walkSegments()``) by
    /// walking the rows that contain the phrase through FTS5
    /// (``FTS5Row/forEachRow(containingPhrase:_:)``) instead of stepping through the
    /// statement's matches: the same rows, when nothing else restricts them, at less cost per
    /// row (a word in 85% of 100,000 articles: 171 → 107 M instructions a search), and the
    /// walk counts the phrase's rows (its idf) on the way. Hits are kept by saturation
    /// (``acceptWalk(rows:kept:tally:scorer:)``).
    private mutating func walkPhrase(from first: FTS5Row) throws -> Bool {
        // Saturations need only the table's mean length, not the idf.
        let unscored = try BM25(first, weights: weights, rowsContaining: [0])
        var rows: Int64 = 0
        var kept = TopHits(capacity: best.capacity + Self.walkSlack)
        var tally = FacetTally(bounds)
        try first.forEachRow(containingPhrase: 0) { row in
            let id = row.rowid
            try chunks.move(toArticle: id)
            let norm = unscored.lengthNorm(chunks.view.length(ofArticle: id))
            let instances = try row.weightedInstances(ofPhrase: 0, weights: weights)
            let saturation = unscored.saturation(instances, lengthNorm: norm)
            if kept.admits(id: id, score: saturation) {
                kept.insert(RankedHit(id: id, score: saturation, positions: try MatchPositions(row)))
            }
            if countsFacets { tally.add(id, in: chunks.view) } else { tally.count() }
            rows += 1
        }
        let scorer = try BM25(first, weights: weights, rowsContaining: [rows])
        return acceptWalk(rows: rows, kept: kept, tally: tally, scorer: scorer)
    }

    /// Takes the page of a one-phrase walk that kept hits by their
    /// ``BM25/saturation(_:lengthNorm:)`` (`kept`, ``walkSlack`` more than the page) and
    /// counted `rows` rows and `tally`, scoring them with `scorer`, true; or, with the phrase's
    /// rows kept (``phraseRows``), false.
    ///
    /// The idf being unknown until a walk's end, hits are kept by saturation and scored after:
    /// the score is the idf times the saturation, so a greater saturation never scores less,
    /// but rounding can give two saturations one score. The page is accepted only when the
    /// least hit kept scores strictly below the page's last; else (ties across the cut) the
    /// scan goes on the ordinary way, the phrase's rows already counted.
    mutating func acceptWalk(rows: Int64, kept: TopHits, tally: FacetTally, scorer: BM25) -> Bool {
        phraseRows = [rows]
        let scored = kept.ranked.map { RankedHit(id: $0.id, score: scorer.score(saturation: $0.score), positions: $0.positions) }
        var page = TopHits(capacity: best.capacity)
        for hit in scored where page.admits(id: hit.id, score: hit.score) { page.insert(hit) }
        if scored.count == kept.capacity, let least = scored.last, let last = page.ranked.last, !(least.score < last.score) {
            return false
        }
        best = page
        self.tally = tally
        return true
    }

    /// The fewest phrases an `OR` must have to be walked through FTS5 (since the segment walks,
    /// only an `OR` with a prefix comes here): the statement asks every match for every phrase,
    /// which the walks save when there are many (measured on an actor with its spellings, before
    /// the segment walks took them: `Spain`, 19 phrases, 9.1 → 5.2 ms at 100,000 articles), but
    /// with two or three phrases the statement was as fast or faster (`merchant OR yesterday`
    /// 32 ms against 36 walked, three rare words 2.1 against 2.8 ms; alternating runs).
    static let walkedPhrasesMinimum = 4

    /// Ranks an `OR` of phrases by walking each phrase's rows in turn (recording each row's
    /// weighted instances of it) and merging the walks in rowid order: every row of any walk
    /// matches, the walks' lengths are the idfs, and a row's score adds its phrases' terms in
    /// phrase order, as bm25 does (a phrase the row lacks adds exactly 0). The statement would
    /// visit the same rows and ask every row for every phrase. Match positions, needed for
    /// the page only, are read afterwards (``pageLacksPositions``).
    private mutating func walkPhrases(from first: FTS5Row) throws {
        var walks: [(ids: [Int64], frequencies: [Double])] = []
        for phrase in 0..<first.phraseCount {
            var walk: (ids: [Int64], frequencies: [Double]) = ([], [])
            try first.forEachRow(containingPhrase: phrase) { row in
                walk.ids.append(row.rowid)
                walk.frequencies.append(try row.weightedInstances(ofPhrase: 0, weights: weights))
            }
            walks.append(walk)
        }
        let scorer = try BM25(first, weights: weights, rowsContaining: walks.map { Int64($0.ids.count) })
        var next = [Int](repeating: 0, count: walks.count)
        while true {
            var id = Int64.max
            for phrase in walks.indices where next[phrase] < walks[phrase].ids.count {
                id = min(id, walks[phrase].ids[next[phrase]])
            }
            guard id != .max else { break }
            try chunks.move(toArticle: id)
            let norm = scorer.lengthNorm(chunks.view.length(ofArticle: id))
            var score = 0.0
            for phrase in walks.indices where next[phrase] < walks[phrase].ids.count && walks[phrase].ids[next[phrase]] == id {
                score += scorer.term(phrase, frequency: walks[phrase].frequencies[next[phrase]], lengthNorm: norm)
                next[phrase] += 1
            }
            if best.admits(id: id, score: score) { best.insert(RankedHit(id: id, score: score, positions: nil)) }
            if countsFacets { tally.add(id, in: chunks.view) } else { tally.count() }
        }
        pageLacksPositions = true
    }
}
