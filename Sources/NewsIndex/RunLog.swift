import Foundation
import GRDB

/// The `runs` table: each index run is recorded as `running` when it starts and `completed`
/// when it ends, so `stats` can tell a finished run from one that was killed.
enum RunLog {
    /// Records the start of a run and returns its id.
    static func start(_ db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO runs (started_at, status) VALUES (?, 'running')",
            arguments: [Date().timeIntervalSince1970])
        return db.lastInsertedRowID
    }

    /// Records how a run ended.
    static func finish(_ db: Database, run: Int64, summary: IndexSummary) throws {
        try db.execute(
            sql: """
                UPDATE runs SET finished_at = ?, status = 'completed', added = ?, changed = ?,
                    removed = ?, unchanged = ?, failed = ? WHERE id = ?
                """,
            arguments: [
                Date().timeIntervalSince1970, summary.added, summary.changed, summary.removed,
                summary.unchanged, summary.failed, run,
            ])
    }
}
