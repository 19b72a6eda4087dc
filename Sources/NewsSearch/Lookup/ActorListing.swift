import GRDB
import NewsAnalysis
import NewsIndex

/// The actor facet over the whole archive, for `newsearch actors`.
package struct ActorCount: Sendable, Equatable {
    /// Canonical name.
    package var name: String
    /// Person, organisation or place.
    package var kind: ActorKind
    /// Articles tagged with the actor.
    package var count: Int
    /// Every spelling seen across the archive, most frequent first.
    package var aliasesSeen: [String]

    /// The top actors, optionally of one kind, by article count.
    package static func top(_ limit: Int, kind: ActorKind?, in store: IndexStore) throws(SearchError) -> [ActorCount] {
        try SearchError.wrapping {
            try store.reader.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT ac.id, ac.name, ac.kind, count(*) AS n FROM article_actors aa
                    JOIN actors ac ON ac.id = aa.actor_id
                    \(kind == nil ? "" : "WHERE ac.kind = ?")
                    GROUP BY ac.id ORDER BY n DESC, ac.name LIMIT ?
                    """, arguments: kind.map { [$0.rawValue, limit] } ?? [limit])
                return try rows.map { row in
                    ActorCount(
                        name: row[1], kind: ActorKind(rawValue: row[2]) ?? .person, count: row[3],
                        aliasesSeen: try spellings(of: row[0], db))
                }
            }
        }
    }

    private static func spellings(of actor: Int64, _ db: Database) throws -> [String] {
        var counts: [String: Int] = [:]
        let rows = try String.fetchCursor(db, sql: "SELECT spellings FROM article_actors WHERE actor_id = ?", arguments: [actor])
        while let joined = try rows.next() {
            for spelling in joined.split(separator: "\n") { counts[String(spelling), default: 0] += 1 }
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }
}
