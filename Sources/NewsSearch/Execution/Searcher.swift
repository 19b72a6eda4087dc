import GRDB
import NewsAnalysis
import NewsCorpus

/// Runs a ``SearchRequest`` inside the caller's read transaction: total, page, snippets and
/// facets from one consistent snapshot (``SearchService`` opens it; reads never wait for an
/// index run, the index being in WAL mode).
///
/// A request with words, in relevance order, is one pass over the matches (``RankedScan``):
/// scores, the page, the total and the facets together. Listings and date orders select by
/// SQL and count with ``FacetCounter``.
package struct Searcher: Sendable {
    /// Creates a searcher.
    package init() {}

    /// Runs the request on a connection inside the caller's read transaction.
    package func search(_ request: SearchRequest, in db: Database) throws -> SearchResults {
        let filter = FilterClause(request)
        if request.match != nil && request.sort == .relevance {
            let scan = RankedScan(db, depth: request.offset + request.limit, facets: request.facets)
            try scan.run(db, filter: filter)
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
        let counted = try FacetCounter(db: db, filter: filter).count()
        return SearchResults(total: counted.total, hits: hits, facets: counted.facets)
    }

    /// The page's articles, in order, with snippets (from where each matched; the opening
    /// words when nothing was searched) and actors.
    private func hits(_ db: Database, _ page: [RankedHit]) throws -> [SearchHit] {
        guard !page.isEmpty else { return [] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.id, a.doc_id, f.path, t.title, a.date, a.section, t.lede, t.body
            FROM articles a JOIN files f ON f.id = a.file_id JOIN article_content t ON t.id = a.id
            WHERE a.id IN (\(page.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(page.map(\.id)))
        let byID = Dictionary(rows.map { ($0[0] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
        // The index's tokenizer, only when some hit has positions to mark (not for listings).
        let passages = page.contains { $0.positions != nil } ? try Passages(db) : nil
        var hits = page.compactMap { hit -> SearchHit? in
            guard let row = byID[hit.id] else { return nil }
            let date: Int? = row[4]
            let lede: String = row[6]
            let body: String = row[7]
            return SearchHit(
                id: row[1], path: row[2], title: row[3], date: date.flatMap(PublicationDate.init(ordinal:))?.iso,
                section: row[5], score: hit.score,
                snippet: hit.positions.flatMap { passages?.passage($0, lede: lede, body: body) }
                    ?? Snippets.opening(lede: lede, body: body),
                actors: [])
        }
        try attachActors(db, to: &hits)
        return hits
    }

    private func attachActors(_ db: Database, to hits: inout [SearchHit]) throws {
        guard !hits.isEmpty else { return }
        let ids = hits.map(\.id)
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.doc_id, ac.name FROM article_actors aa
            JOIN articles a ON a.id = aa.article_id JOIN actors ac ON ac.id = aa.actor_id
            WHERE a.doc_id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
            ORDER BY aa.mentions DESC, ac.name
            """, arguments: StatementArguments(ids))
        var byDocument: [String: [String]] = [:]
        for row in rows { byDocument[row[0], default: []].append(row[1]) }
        for index in hits.indices { hits[index].actors = byDocument[hits[index].id] ?? [] }
    }
}
