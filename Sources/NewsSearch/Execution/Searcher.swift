import GRDB
import NewsAnalysis
import NewsCorpus
import NewsIndex

/// Runs a ``SearchRequest`` inside the caller's read transaction: total, page, snippets and
/// facets from one consistent snapshot (``SearchService`` opens it; reads never wait for an
/// index run, the index being in WAL mode).
///
/// A request with words, in relevance order, is one pass over the matches (``RankedScan``):
/// scores, the page, the total and the facets together. Listings and date orders select by
/// SQL and count with ``FacetCounter``.
package struct Searcher: Sendable {
    /// Facet chunks kept between searches, if any.
    private let chunkCache: FacetChunkCache?

    /// Creates a searcher, reading facet chunks through `chunkCache` when given.
    package init(chunkCache: FacetChunkCache? = nil) {
        self.chunkCache = chunkCache
    }

    /// Runs the request on a connection inside the caller's read transaction.
    package func search(_ request: SearchRequest, in db: Database) throws -> SearchResults {
        let filter = FilterClause(request)
        if request.match != nil && request.sort == .relevance {
            let scan = try RankedScan(db, depth: request.offset + request.limit, facets: request.facets, chunkCache: chunkCache)
            try scan.run(
                db, filter: filter, anyOfPhrases: request.matchIsAnyOfPhrases, phrases: request.matchPhrases,
                phraseGroups: request.matchPhraseGroups)
            var tally = scan.tally
            let page = Array(scan.best.ranked.dropFirst(request.offset))
            return SearchResults(
                total: tally.total, hits: try hits(db, page),
                facets: request.facets ? try tally.facets(db) : Facets())
        }
        let order = request.sort == .oldest ? "a.date IS NULL, a.date, a.id" : "a.date DESC, a.id DESC"
        let ids = try Int64.fetchAll(db, sql: "SELECT a.id FROM articles a \(filter.sql) ORDER BY \(order) LIMIT ? OFFSET ?",
            arguments: filter.arguments + [request.limit, request.offset])
        let positions = PositionScan()
        if let match = request.match { try positions.run(db, match: match, ids: ids) }
        let hits = try hits(db, ids.map { RankedHit(id: $0, score: 0, positions: positions.positions[$0]) })
        guard request.facets else {
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles a \(filter.sql)", arguments: filter.arguments)
            return SearchResults(total: total ?? 0, hits: hits, facets: Facets())
        }
        let counted = try FacetCounter(db: db, filter: filter, chunkCache: chunkCache).count()
        return SearchResults(total: counted.total, hits: hits, facets: counted.facets)
    }

    /// The page's articles, in order, with snippets (from where each matched; the opening
    /// words when nothing was searched) and actors.
    private func hits(_ db: Database, _ page: [RankedHit]) throws -> [SearchHit] {
        guard !page.isEmpty else { return [] }
        let marks = page.map { _ in "?" }.joined(separator: ",")
        let ids = StatementArguments(page.map(\.id))
        // The bodies as stored, decompressed here with one context, straight from SQLite's
        // buffer (not through the `article_content` view: a copy and a context per body).
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT a.id, a.doc_id, f.path, t.title, a.date, a.section, t.lede, t.body_z, t.body_bytes
            FROM articles a JOIN files f ON f.id = a.file_id JOIN article_text t ON t.id = a.id
            WHERE a.id IN (\(marks))
            """), arguments: ids)
        let decompressor = TextDecompressor()
        // The index's tokenizer, only when some hit has positions to mark (not for listings).
        let passages = page.contains { $0.positions != nil } ? try Passages(db) : nil
        let byID = Dictionary(uniqueKeysWithValues: page.map { ($0.id, $0) })
        let actors = try actors(db, ofArticles: page.map(\.id), marks: marks)
        var found: [Int64: SearchHit] = [:]
        while let row = try rows.next() {
            guard let hit = byID[row[0]] else { continue }
            let date: Int? = row[4]
            let lede: String = row[6]
            let body = try row.withUnsafeData(atIndex: 7) { data in
                data?.withUnsafeBytes { decompressor.text($0, expectedBytes: row[8]) }
            } ?? ""
            found[hit.id] = SearchHit(
                id: row[1], path: row[2], title: row[3], date: date.flatMap(PublicationDate.init(ordinal:))?.iso,
                section: row[5], score: hit.score,
                snippet: hit.positions.flatMap { passages?.passage($0, lede: lede, body: body) }
                    ?? Snippets.opening(lede: lede, body: body),
                actors: actors[hit.id] ?? [])
        }
        return page.compactMap { found[$0.id] }
    }

    /// The actors of articles `ids` (`marks` holds as many `?` as ids), most mentioned first,
    /// by article; in one statement (one per article was a tenth of a rare word's hits).
    private func actors(_ db: Database, ofArticles ids: [Int64], marks: String) throws -> [Int64: [String]] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT aa.article_id, ac.name FROM article_actors aa JOIN actors ac ON ac.id = aa.actor_id
            WHERE aa.article_id IN (\(marks)) ORDER BY aa.article_id, aa.mentions DESC, ac.name
            """), arguments: StatementArguments(ids))
        var actors: [Int64: [String]] = [:]
        while let row = try rows.next() { actors[row[0], default: []].append(row[1]) }
        return actors
    }
}
