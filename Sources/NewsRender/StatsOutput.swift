import Foundation
import NewsSearch

/// `newsearch stats --json`.
package struct IndexStatisticsJSON: Encodable {
    struct Run: Encodable {
        let started_at: String
        let finished_at: String?
        let status: String
        let added, changed, removed, unchanged, failed: Int
    }

    let documents: Int
    let files: Int
    let actors: Int
    let first_date: String?
    let last_date: String?
    let undated: Int
    let db_bytes: Int64
    let db_path: String
    let last_run: Run?

    enum CodingKeys: String, CodingKey {
        case documents, files, actors, first_date, last_date, undated, db_bytes, db_path, last_run
    }

    /// The JSON form of the statistics.
    package init(_ stats: IndexStatistics, path: String) {
        documents = stats.documents
        files = stats.files
        actors = stats.actors
        first_date = stats.firstDate
        last_date = stats.lastDate
        undated = stats.undated
        db_bytes = stats.bytes
        db_path = path
        last_run = stats.lastRun.map { run in
            Run(
                started_at: Timestamp.iso(run.startedAt), finished_at: run.finishedAt.map(Timestamp.iso),
                status: run.status, added: run.added, changed: run.changed, removed: run.removed,
                unchanged: run.unchanged, failed: run.failed)
        }
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(files, forKey: .files)
        try container.encode(actors, forKey: .actors)
        try container.encode(first_date, forKey: .first_date)
        try container.encode(last_date, forKey: .last_date)
        try container.encode(undated, forKey: .undated)
        try container.encode(db_bytes, forKey: .db_bytes)
        try container.encode(db_path, forKey: .db_path)
        try container.encode(last_run, forKey: .last_run)
    }
}

/// `newsearch stats` as text.
package enum IndexStatisticsText {
    /// A few aligned lines.
    package static func render(_ stats: IndexStatistics, path: String) -> String {
        var lines = [
            ("index", path),
            ("articles", "\(stats.documents) in \(stats.files) files (\(stats.undated) undated)"),
            ("actors", "\(stats.actors)"),
            ("dates", stats.firstDate.map { "\($0) .. \(stats.lastDate ?? $0)" } ?? "none"),
            ("size", ByteCountFormatter.string(fromByteCount: stats.bytes, countStyle: .file)),
        ]
        if let run = stats.lastRun {
            let when = Timestamp.iso(run.finishedAt ?? run.startedAt)
            lines.append(("last run", "\(run.status) \(when)"))
            lines.append(("", "\(run.added) new, \(run.changed) changed, "
                + "\(run.removed) removed, \(run.unchanged) unchanged, \(run.failed) failed"))
        } else {
            lines.append(("last run", "never"))
        }
        return lines.map { $0.0.padding(toLength: 10, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n") + "\n"
    }
}

/// Timestamps as ISO 8601 in UTC.
enum Timestamp {
    static func iso(_ seconds: Double) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}
