import GRDB
import NewsAnalysis
import NewsCorpus
import NewsIndex

/// Runs a ``SearchRequest`` in one read transaction: total, page, snippets and facets.
///
/// Reads never wait for an index run: the index is in WAL mode and each search sees one
/// consistent snapshot.
package struct Searcher: Sendable {
    /// The index to read.
    package let store: IndexStore

    /// Creates a searcher.
    package init(store: IndexStore) {
        self.store = store
    }

    /// Runs the request in its own read transaction.
    package func search(_ request: SearchRequest) throws(SearchError) -> SearchResults {
        try SearchError.wrapping { try store.pool.read { db in try search(request, in: db) } }
    }

    /// Runs the request on a connection inside the caller's read transaction.
    package func search(_ request: SearchRequest, in db: Database) throws -> SearchResults {
        let filter = FilterClause(request)
        let matchOnly = filter.conditions.count == 1 && request.match != nil
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
        let ranked = request.match != nil && request.sort == .relevance
        let order = switch request.sort {
        case .relevance: ranked ? "score DESC, a.id" : "a.date DESC, a.id DESC"
        case .newest: "a.date DESC, a.id DESC"
        case .oldest: "a.date IS NULL, a.date, a.id"
        }
        let score = ranked ? "-articles_fts.rank" : "0.0"
        let source = ranked
            ? "articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            : "articles a"
        var arguments = StatementArguments()
        var conditions = filter.conditions
        if ranked {
            conditions[0] = "articles_fts MATCH ?"
        }
        arguments += filter.arguments
        arguments += [request.limit, request.offset]
        let sql = """
            SELECT a.id, a.doc_id, f.path, t.title, a.date, a.section, \(score) AS score, t.lede, t.body
            FROM \(source) JOIN files f ON f.id = a.file_id JOIN article_text t ON t.id = a.id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY \(order) LIMIT ? OFFSET ?
            """
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        let snippets = try request.match.map { try Snippets.fetch(db, match: $0, ids: rows.map { $0[0] }) } ?? [:]
        return rows.map { row in
            let id: Int64 = row[0]
            let date: Int? = row[4]
            return SearchHit(
                id: row[1], path: row[2], title: row[3], date: date.flatMap(PublicationDate.init(ordinal:))?.iso,
                section: row[5], score: row[6],
                snippet: snippets[id] ?? Snippets.opening(lede: row[7], body: row[8]), actors: [])
        }
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
