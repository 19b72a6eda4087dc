import Foundation
import GRDB
import NewsAnalysis

/// Counts facets over every article that matches a filter: months, sections, actors.
struct FacetCounter {
    /// The read connection.
    let db: Database
    /// The request's match and filters.
    let filter: FilterClause
    /// How many sections and actors to report.
    var top = 10

    /// All three facets.
    func all() throws -> Facets {
        try Facets(dates: dates(), sections: sections(), actors: actors())
    }

    private func dates() throws -> [FacetCount] {
        try Row.fetchAll(db, sql: """
            SELECT a.date / 100 AS month, count(*) FROM articles a \(where_("a.date IS NOT NULL"))
            GROUP BY month ORDER BY month DESC
            """, arguments: filter.arguments
        ).map { row in
            let month: Int = row[0]
            return FacetCount(value: String(format: "%04d-%02d", month / 100, month % 100), kind: nil, count: row[1])
        }
    }

    private func sections() throws -> [FacetCount] {
        try Row.fetchAll(db, sql: """
            SELECT min(a.section), count(*) AS n FROM articles a \(where_("a.section IS NOT NULL"))
            GROUP BY a.section COLLATE NOCASE ORDER BY n DESC, 1 LIMIT \(top)
            """, arguments: filter.arguments
        ).map { FacetCount(value: $0[0], kind: nil, count: $0[1]) }
    }

    private func actors() throws -> [FacetCount] {
        try Row.fetchAll(db, sql: """
            SELECT ac.name, ac.kind, count(*) AS n FROM article_actors aa JOIN actors ac ON ac.id = aa.actor_id
            WHERE aa.article_id IN (SELECT a.id FROM articles a \(filter.sql))
            GROUP BY aa.actor_id ORDER BY n DESC, ac.name LIMIT \(top)
            """, arguments: filter.arguments
        ).map { FacetCount(value: $0[0], kind: ActorKind(rawValue: $0[1]), count: $0[2]) }
    }

    private func where_(_ extra: String) -> String {
        "WHERE " + (filter.conditions + [extra]).joined(separator: " AND ")
    }
}
