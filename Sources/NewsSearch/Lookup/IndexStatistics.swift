import Foundation
import GRDB
import NewsCorpus
import NewsIndex

/// What `newsearch stats` reports about an index.
package struct IndexStatistics: Sendable, Equatable {
    /// How the last index run ended.
    package struct LastRun: Sendable, Equatable {
        /// When it started and finished (seconds since 1970).
        package var startedAt: Double
        package var finishedAt: Double?
        /// `completed`, `running` (another run holds the lock now) or `interrupted`.
        package var status: String
        package var added: Int
        package var changed: Int
        package var removed: Int
        package var unchanged: Int
        package var failed: Int
    }

    package var documents: Int
    package var files: Int
    package var actors: Int
    package var firstDate: String?
    package var lastDate: String?
    package var undated: Int
    package var bytes: Int64
    package var lastRun: LastRun?

    /// Reads the statistics of `store`.
    package static func read(_ store: IndexStore) throws(SearchError) -> IndexStatistics {
        let running = IndexLock.isHeld(indexPath: store.path)
        return try SearchError.wrapping {
            try store.reader.read { db in
                let counts = try Row.fetchOne(db, sql: """
                    SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM files),
                           (SELECT count(DISTINCT actor_id) FROM article_actors),
                           (SELECT min(date) FROM articles), (SELECT max(date) FROM articles),
                           (SELECT count(*) FROM articles WHERE date IS NULL)
                    """)!
                let run = try Row.fetchOne(db, sql: "SELECT * FROM runs ORDER BY id DESC LIMIT 1").map { row in
                    let status: String = row["status"]
                    return LastRun(
                        startedAt: row["started_at"], finishedAt: row["finished_at"],
                        status: status == "running" && !running ? "interrupted" : status,
                        added: row["added"], changed: row["changed"], removed: row["removed"],
                        unchanged: row["unchanged"], failed: row["failed"])
                }
                let first: Int? = counts[3]
                let last: Int? = counts[4]
                return IndexStatistics(
                    documents: counts[0], files: counts[1], actors: counts[2],
                    firstDate: first.flatMap(PublicationDate.init(ordinal:))?.iso,
                    lastDate: last.flatMap(PublicationDate.init(ordinal:))?.iso,
                    undated: counts[5], bytes: store.sizeInBytes, lastRun: run)
            }
        }
    }
}
