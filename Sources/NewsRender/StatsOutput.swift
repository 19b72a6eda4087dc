import Foundation
import NewsSearch

/// `newsearch stats --json`.
package enum IndexStatisticsJSON {
    /// The JSON form of the statistics of the index at `path`.
    package static func value(_ stats: IndexStatistics, path: String) -> JSONValue {
        .object([
            ("documents", .int(stats.documents)),
            ("files", .int(stats.files)),
            ("actors", .int(stats.actors)),
            ("first_date", JSONValue(stats.firstDate)),
            ("last_date", JSONValue(stats.lastDate)),
            ("undated", .int(stats.undated)),
            ("db_bytes", .int(Int(stats.bytes))),
            ("db_path", .string(path)),
            ("last_run", stats.lastRun.map { run in
                .object([
                    ("started_at", .string(Timestamp.iso(run.startedAt))),
                    ("status", .string(run.status)),
                    ("added", .int(run.added)), ("changed", .int(run.changed)), ("removed", .int(run.removed)),
                    ("unchanged", .int(run.unchanged)), ("failed", .int(run.failed)),
                ] + (run.finishedAt.map { [("finished_at", .string(Timestamp.iso($0)))] } ?? []))
            } ?? .null),
        ])
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
