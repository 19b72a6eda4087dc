import GRDB
import NewsAnalysis
import NewsCorpus

/// Runs a ``SearchRequest`` inside the caller's read transaction: total, page, snippets and
/// facets from one consistent snapshot (``SearchService`` opens it; reads never wait for an
/// index run, the index being in WAL mode).
package struct Searcher: Sendable {
    /// Creates a searcher.
    package init() {}

    /// Runs the request on a connection inside the caller's read transaction.
    package func search(_ request: SearchRequest, in db: Database) throws -> SearchResults {
        let filter = FilterClause(request)
        let matchOnly = filter.isMatchOnly
        var hits = try page(db, request, filter: filter)
        try attachActors(db, to: &hits)
        guard request.facets else {
            return SearchResults(total: try count(db, filter: filter, matchOnly: matchOnly), hits: hits, facets: Facets())
        }
        let counted = try FacetCounter(db: db, filter: filter, matchOnly: matchOnly).count()
        return SearchResults(total: counted.total, hits: hits, facets: counted.facets)
    }

    /// The exact number of matches; straight from the full-text index when nothing else filters.
    private func count(_ db: Database, filter: FilterClause, matchOnly: Bool) throws -> Int {
        let sql = matchOnly
            ? "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"
            : "SELECT count(*) FROM articles a \(filter.sql)"
        return try Int.fetchOne(db, sql: sql, arguments: filter.arguments) ?? 0
    }

    private func page(_ db: Database, _ request: SearchRequest, filter: FilterClause) throws -> [SearchHit] {
        let ids = request.match != nil && request.sort == .relevance
            ? try rankedPage(db, request, filter: filter)
            : try datedPage(db, request, filter: filter)
        guard !ids.isEmpty else { return [] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.id, a.doc_id, f.path, t.title, a.date, a.section, t.lede,
                   CASE WHEN t.lede = '' THEN t.body ELSE '' END
            FROM articles a JOIN files f ON f.id = a.file_id JOIN article_content t ON t.id = a.id
            WHERE a.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(ids.map(\.id)))
        // The body (inflated) is only read when the lede is empty: the opening then comes from it.
        let byID = Dictionary(rows.map { ($0[0] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
        let snippets = try request.match.map { try Snippets.fetch(db, match: $0, ids: ids.map(\.id)) } ?? [:]
        return ids.compactMap { id, score in
            guard let row = byID[id] else { return nil }
            let date: Int? = row[4]
            return SearchHit(
                id: row[1], path: row[2], title: row[3], date: date.flatMap(PublicationDate.init(ordinal:))?.iso,
                section: row[5], score: score,
                snippet: snippets[id] ?? Snippets.opening(lede: row[6], body: row[7]), actors: [])
        }
    }

    /// The page's ids by bm25, best first: FTS5 ranks on its own, and only the page's rows are
    /// ever joined to their metadata and text.
    private func rankedPage(_ db: Database, _ request: SearchRequest, filter: FilterClause) throws -> [(id: Int64, score: Double)] {
        let restriction = filter.others.isEmpty
            ? "" : "AND +rowid IN (SELECT a.id FROM articles a WHERE \(filter.others.joined(separator: " AND ")))"
        var arguments = StatementArguments([filter.match]) + filter.otherArguments
        arguments += [request.limit, request.offset]
        return try Row.fetchAll(db, sql: """
            SELECT rowid, -rank FROM articles_fts WHERE articles_fts MATCH ? \(restriction)
            ORDER BY rank LIMIT ? OFFSET ?
            """, arguments: arguments).map { ($0[0], $0[1]) }
    }

    /// The page's ids by date, for listings and `--sort newest|oldest`.
    private func datedPage(_ db: Database, _ request: SearchRequest, filter: FilterClause) throws -> [(id: Int64, score: Double)] {
        let order = request.sort == .oldest ? "a.date IS NULL, a.date, a.id" : "a.date DESC, a.id DESC"
        return try Int64.fetchAll(db, sql: "SELECT a.id FROM articles a \(filter.sql) ORDER BY \(order) LIMIT ? OFFSET ?",
            arguments: filter.arguments + [request.limit, request.offset]).map { ($0, 0.0) }
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
