import NewsIndex

/// Ranking by stepping the query's phrases' rows from the index's segments (``PhraseCursor``,
/// ``PhraseGroupWalk``) instead of FTS5's statement: the same rows, scores and facets, without
/// FTS5's costs per row (its statement steps, `xQueryPhrase`'s callbacks, a call through the
/// API for each phrase's instances), and without stepping the statement at all: FTS5 finds the
/// first match of a prefix only once it has merged the lists of all the prefix's terms, which
/// was most of a search for `conf*`.
extension ScanState {
    /// Ranks the match when it is an `AND` of `OR`s of phrases (``phraseGroups``) by walking
    /// its phrases' rows in the index's segments, before FTS5's statement runs; true when
    /// done. False when the walks cannot rank it (the index's layout unknown, a phrase with no
    /// term, a page that does not parse, hits tied across the page's end): the statement then
    /// ranks it, with each phrase's rows when a walk has counted them (``phraseRows``).
    mutating func walkSegments() throws -> Bool {
        guard let groups = phraseGroups else { return false }
        // Whatever happens here, the statement does not walk the segments again.
        phraseGroups = nil
        guard let totals = try FTS5Totals(db), let index = try FTS5TermRows(db),
            let terms = try PhraseGroupWalk.terms(groups, tokenizer: FTS5TermRows.tokenizer(db))
        else { return false }
        if terms.count == 1 {
            guard mayWalkPhrase, var cursor = PhraseCursor(terms[0], in: index) else { return false }
            defer { cursor.close() }
            let walked = try walkOnePhrase(&cursor, totals)
            // Hits tied across the page's end: a walk through FTS5 would tie the same way.
            if !walked && phraseRows != nil { mayWalkPhrase = false }
            return walked
        }
        guard var walk = PhraseGroupWalk(terms, groups: groups.map(\.count), in: index) else { return false }
        defer { walk.close() }
        return try walkGroups(&walk, totals)
    }

    /// Ranks a query of one phrase by walking its rows, keeping hits by saturation
    /// (``acceptWalk(rows:kept:tally:scorer:)``).
    ///
    /// A word in 85% of 100,000 articles: `xQueryPhrase` spent about 500 instructions a row
    /// before this code saw it.
    private mutating func walkOnePhrase(_ cursor: inout PhraseCursor, _ totals: FTS5Totals) throws -> Bool {
        // Saturations need only the table's mean length, not the idf.
        let unscored = BM25(rows: totals.rows, tokens: totals.tokens, weights: weights, rowsContaining: [0])
        var kept = TopHits(capacity: best.capacity + Self.walkSlack)
        var tally = FacetTally(bounds)
        while cursor.next() {
            let id = cursor.rowid
            try chunks.move(toArticle: id)
            let norm = unscored.lengthNorm(chunks.view.length(ofArticle: id))
            // A row that could not be kept at the most its list allows is not counted.
            let bound = cursor.weightedInstances(weights, bound: true)
            if kept.admits(id: id, score: unscored.saturation(bound, lengthNorm: norm)) {
                let saturation = unscored.saturation(cursor.weightedInstances(weights, bound: false), lengthNorm: norm)
                if kept.admits(id: id, score: saturation) {
                    kept.insert(RankedHit(id: id, score: saturation, positions: MatchPositions([cursor])))
                }
            }
            if countsFacets { tally.add(id, in: chunks.view) } else { tally.count() }
        }
        guard !cursor.failed else { return false }
        let scorer = BM25(rows: totals.rows, tokens: totals.tokens, weights: weights, rowsContaining: [cursor.rows])
        return acceptWalk(rows: cursor.rows, kept: kept, tally: tally, scorer: scorer)
    }

    /// Ranks an `AND` of `OR`s of several phrases by stepping their rows in rowid order
    /// (``PhraseGroupWalk``), where the statement asks every match for every phrase through
    /// FTS5's API. The phrases' rows (their idfs) are counted first, each by a walk of its
    /// own, so that each match is scored as it is reached: a word's or a prefix's only as
    /// far as half the table's rows, from where bm25's idf no longer changes (`codices
    /// carrion resource`, three words in 95% of the rows or more: 108 → 98 M instructions a search).
    private mutating func walkGroups(_ walk: inout PhraseGroupWalk, _ totals: FTS5Totals) throws -> Bool {
        // A phrase in half the rows or more has bm25's least idf, however many more.
        guard let rows = walk.rows(upTo: (totals.rows + 1) / 2) else { return false }
        let scorer = BM25(rows: totals.rows, tokens: totals.tokens, weights: weights, rowsContaining: rows)
        var page = TopHits(capacity: best.capacity)
        var tally = FacetTally(bounds)
        while let id = walk.next() {
            try chunks.move(toArticle: id)
            let norm = scorer.lengthNorm(chunks.view.length(ofArticle: id))
            // A row that could not be kept at the most its lists allow is not counted.
            if page.admits(id: id, score: walk.score(of: id, scorer: scorer, lengthNorm: norm, bound: true)) {
                // In phrase order; a phrase the row lacks adds exactly 0 in bm25, so skipping
                // it gives the same bits.
                let score = walk.score(of: id, scorer: scorer, lengthNorm: norm, bound: false)
                if page.admits(id: id, score: score) {
                    page.insert(RankedHit(id: id, score: score, positions: MatchPositions(walk.cursors.filter { $0.rowid == id })))
                }
            }
            if countsFacets { tally.add(id, in: chunks.view) } else { tally.count() }
        }
        guard !walk.failed else { return false }
        best = page
        self.tally = tally
        return true
    }
}
