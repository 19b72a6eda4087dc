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
/// costs one comparison.
final class RankedScan: FTS5RowVisitor {
    /// Everything a row updates, in one value: one access per row instead of one per field.
    private var state: ScanState

    /// A scan on `db` keeping the best `depth` hits, counting facets when `facets` is true.
    init(_ db: Database, depth: Int, facets: Bool) throws {
        let weights = IndexSchema.columnWeights
        state = ScanState(
            best: TopHits(capacity: depth), countsFacets: facets, weights: (weights.title, weights.lede, weights.body),
            chunks: try FacetChunkReader(db))
    }

    /// The hits kept.
    var best: TopHits { state.best }
    /// The total and the facets.
    var tally: FacetTally { state.tally }

    /// Scans the matches of `filter` (which must have a full-text match).
    func run(_ db: Database, filter: FilterClause) throws {
        try FTS5RowVisit.run(db, visitor: self, condition: filter.fullTextCondition, arguments: filter.arguments)
    }

    func visit(_ row: FTS5Row) throws {
        try state.visit(row)
    }
}

/// The state of a ``RankedScan``.
private struct ScanState {
    var best: TopHits
    var tally = FacetTally()
    let countsFacets: Bool
    let weights: (Double, Double, Double)
    var scorer: BM25?
    var chunks: FacetChunkReader

    init(best: TopHits, countsFacets: Bool, weights: (Double, Double, Double), chunks: FacetChunkReader) {
        self.best = best
        self.countsFacets = countsFacets
        self.weights = weights
        self.chunks = chunks
    }

    @inline(__always)
    mutating func visit(_ row: FTS5Row) throws {
        let id = row.rowid
        try chunks.move(toArticle: id)
        if scorer == nil { scorer = try BM25(row, weights: weights) }
        let score = try scorer!.score(row, length: chunks.length(ofArticle: id))
        if best.admits(id: id, score: score) { best.insert(RankedHit(id: id, score: score, positions: try MatchPositions(row))) }
        if countsFacets { tally.add(id, in: chunks) } else { tally.count() }
    }
}
