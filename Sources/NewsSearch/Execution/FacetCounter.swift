import Foundation
import GRDB
import NewsAnalysis

/// Counts facets over every article that matches a filter: months, sections, actors.
///
/// One statement does it all: the matching ids are materialised once (one full-text pass),
/// then joined to the small `articles` rows (month × section) and to `article_actors`.
/// The month × section counts also give the exact total. `CROSS JOIN` fixes the join order:
/// SQLite cannot know how few ids `m` holds and would otherwise scan all of `article_actors`.
struct FacetCounter {
    /// The read connection.
    let db: Database
    /// The request's match and filters.
    let filter: FilterClause
    /// Whether the full-text match is the only condition (ids come straight from FTS5).
    let matchOnly: Bool
    /// How many sections and actors to report.
    var top = 10

    /// The exact total and all three facets.
    func count() throws -> (total: Int, facets: Facets) {
        let matches = matchOnly
            ? "SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?"
            : "SELECT a.id FROM articles a \(filter.sql)"
        let rows = try Row.fetchCursor(db, sql: """
            WITH m AS MATERIALIZED (\(matches))
            SELECT 0, a.date / 100, a.section, count(*) FROM m CROSS JOIN articles a ON a.id = m.id
            GROUP BY 2, 3
            UNION ALL
            SELECT 1, aa.actor_id, NULL, count(*) FROM m CROSS JOIN article_actors aa ON aa.article_id = m.id
            GROUP BY 2
            """, arguments: filter.arguments)
        var total = 0
        var months: [Int: Int] = [:]
        var sections: [String: (name: String, count: Int)] = [:]
        var actors: [(id: Int64, count: Int)] = []
        var sectionKeys: [String: String] = [:]  // a section's spelling → its folded key
        while let row = try rows.next() {
            let count: Int = row[3]
            if row[0] as Int == 1 {
                actors.append((row[1], count))
                continue
            }
            total += count
            if let month = row[1] as Int? { months[month, default: 0] += count }
            if let section = row[2] as String? {
                let key = sectionKeys[section] ?? QueryTokenizer.folded(section)
                sectionKeys[section] = key
                sections[key] = (sections[key]?.name ?? section, (sections[key]?.count ?? 0) + count)
            }
        }
        let facets = Facets(
            dates: months.sorted { $0.key > $1.key }.map {
                FacetCount(value: String(format: "%04d-%02d", $0.key / 100, $0.key % 100), kind: nil, count: $0.value)
            },
            sections: sections.values.sorted { ($1.count, $0.name) < ($0.count, $1.name) }.prefix(top).map {
                FacetCount(value: $0.name, kind: nil, count: $0.count)
            },
            actors: try named(actors))
        return (total, facets)
    }

    /// The top actors by count (then name), with their names and kinds. Names are looked up
    /// only for the actors that can make the list: those counted at least as often as the
    /// `top`-th — not for every actor of every match, which for a common term is thousands.
    private func named(_ counts: [(id: Int64, count: Int)]) throws -> [FacetCount] {
        let byCount = counts.sorted { $0.count > $1.count }
        guard let cutoff = byCount.prefix(top).last?.count else { return [] }
        var facets: [FacetCount] = []
        let statement = try db.cachedStatement(sql: "SELECT name, kind FROM actors WHERE id = ?")
        for actor in byCount where actor.count >= cutoff {
            guard let row = try Row.fetchOne(statement, arguments: [actor.id]) else { continue }
            facets.append(FacetCount(value: row[0], kind: ActorKind(rawValue: row[1]), count: actor.count))
        }
        return Array(facets.sorted { ($1.count, $0.value) < ($0.count, $1.value) }.prefix(top))
    }
}
