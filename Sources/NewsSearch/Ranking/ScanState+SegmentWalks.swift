import NewsIndex

/// Ranking by stepping the query's phrases' rows from the index's segments (``PhraseCursor``,
/// ``PhraseGroupWalk``) instead of FTS5's statement: the same rows, scores and facets, without
/// FTS5's costs per row (its statement steps, `xQueryPhrase`'s callbacks, a call through the
/// API for each phrase's instances).
extension ScanState {
    /// Walks the rows of a query's one phrase (a word or several), keeping hits by saturation
    /// and counting as ``walkPhrase(from:)`` does, and returns the rows with what it kept and
    /// counted; nil when the match is not one phrase of plain words or the index's layout is
    /// not known.
    ///
    /// A word in 85% of 100,000 articles: `xQueryPhrase` spent about 500 instructions a row
    /// before this code saw it.
    mutating func walkOnePhrase(_ first: FTS5Row, unscored: BM25) throws -> (Int64, TopHits, FacetTally)? {
        guard let groups = phraseGroups, groups.count == 1, groups[0].count == 1,
            let (index, terms) = try segmentTerms(first), var cursor = PhraseCursor(terms[0], in: index)
        else { return nil }
        defer { cursor.close() }
        var kept = TopHits(capacity: best.capacity + Self.walkSlack)
        var tally = FacetTally(bounds)
        while cursor.next() {
            let id = cursor.rowid
            try chunks.move(toArticle: id)
            let length = chunks.view.length(ofArticle: id)
            // A row that could not be kept at the most its list allows is not counted.
            let bound = cursor.withList { PositionList.weightedInstancesBound($0, weights: weights) }
            if kept.admits(id: id, score: unscored.saturation(bound, length: length)) {
                let saturation = unscored.saturation(cursor.withList { PositionList.weightedInstances($0, weights: weights) }, length: length)
                if kept.admits(id: id, score: saturation) {
                    kept.insert(RankedHit(id: id, score: saturation, positions: MatchPositions([cursor])))
                }
            }
            if countsFacets { tally.add(id, in: chunks.view) } else { tally.count() }
        }
        return cursor.failed ? nil : (cursor.rows, kept, tally)
    }

    /// The index's segments and the terms of each phrase of ``phraseGroups``
    /// (``PhraseGroupWalk/terms(_:tokenizer:first:)``), or nil when there are no groups, the
    /// index's layout is not known, or the phrases are not the ones FTS5 parsed.
    private func segmentTerms(_ first: FTS5Row) throws -> (FTS5TermRows, [[String]])? {
        guard let groups = phraseGroups, let index = try FTS5TermRows(db),
            let terms = try PhraseGroupWalk.terms(groups, tokenizer: FTS5TermRows.tokenizer(db), first: first)
        else { return nil }
        return (index, terms)
    }

    /// Ranks a match that is an `AND` of `OR`s of phrases (``phraseGroups``) by stepping its
    /// phrases' rows in rowid order (``PhraseGroupWalk``) instead of the statement, which
    /// asks every match for every phrase through FTS5's API. The phrases' rows (their idfs)
    /// are counted first, each by a walk of its own, so that each match is scored as it is
    /// reached. False, with nothing changed, when the expression or the index is not what the
    /// walk knows: the statement then goes on.
    mutating func walkGroups(from first: FTS5Row) throws -> Bool {
        guard let groups = phraseGroups, let (index, terms) = try segmentTerms(first),
            var walk = PhraseGroupWalk(terms, groups: groups.map(\.count), in: index)
        else { return false }
        defer { walk.close() }
        guard let rows = walk.rows() else { return false }
        let scorer = try BM25(first, weights: weights, rowsContaining: rows)
        var page = TopHits(capacity: best.capacity)
        var tally = FacetTally(bounds)
        while let id = walk.next() {
            try chunks.move(toArticle: id)
            let length = chunks.view.length(ofArticle: id)
            // A row that could not be kept at the most its lists allow is not counted.
            if page.admits(id: id, score: walk.score(of: id, scorer: scorer, length: length, PositionList.weightedInstancesBound)) {
                // In phrase order; a phrase the row lacks adds exactly 0 in bm25, so skipping
                // it gives the same bits.
                let score = walk.score(of: id, scorer: scorer, length: length, PositionList.weightedInstances)
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
