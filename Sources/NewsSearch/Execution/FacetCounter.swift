import GRDB
import NewsIndex

/// Counts facets over every article that matches a filter, for the queries that are not
/// ranked (listings, date order): one statement lists the matching ids, whose months,
/// sections and actors are read from their ``FacetChunk`` (``FacetChunkReader``), once per 4,096 ids.
/// Ranked queries count as they rank instead (``RankedScan``).
struct FacetCounter {
    /// The read connection.
    let db: Database
    /// The request's match and filters.
    let filter: FilterClause
    /// Facet chunks kept between searches, if any.
    let chunkCache: FacetChunkCache?

    /// The exact total and all three facets.
    func count() throws -> (total: Int, facets: Facets) {
        let ids = try Int64.fetchCursor(db, sql: "SELECT a.id FROM articles a \(filter.sql)", arguments: filter.arguments)
        var tally = FacetTally(try FacetTally.Bounds(db))
        var chunks = try FacetChunkReader(db, cache: chunkCache)
        while let id = try ids.next() {
            try chunks.move(toArticle: id)
            tally.add(id, in: chunks.view)
        }
        return (tally.total, try tally.facets(db))
    }
}
