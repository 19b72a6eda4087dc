import Foundation
import GRDB

/// How the full-text index's segments are merged: all into one after a bulk run, which defers
/// FTS5's own merging until then, and a level's at a time after other runs.
extension ArticleTextRows {
    /// Merges the full-text index's segments into one (FTS5's `optimize`): a query then reads
    /// one list per term instead of one per segment. The segment is then set on the level
    /// FTS5's own merging would have built it on (``settledLevel(pages:)``).
    ///
    /// FTS5 writes a merge's output one level above its inputs. After a bulk run that deferred
    /// merging (``deferMerges(_:)``) every input is on level 0, so the whole index would sit on
    /// level 1, where the next ordinary run's merges put their small segments too; FTS5 merges
    /// a level's segments together, so the next run rewrote the whole index (6.3 s instead of
    /// 0.8 s after 1% of 100,000 articles changed).
    func optimize() throws {
        try db.execute(sql: "INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
        try settleOnlySegment()
    }

    /// Moves the index's only segment to the level `level` gives for its pages, when the
    /// structure record is one this type reads and writes back byte for byte.
    ///
    /// FTS5 keeps a copy of the record per connection, and writes it back at its next change:
    /// a `merge` of no pages drops that copy (it changes nothing), so the record written here
    /// is the one FTS5 reads next.
    func settleOnlySegment(level: (_ pages: Int64) -> Int = settledLevel) throws {
        try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('merge', 0)")
        guard let data = try FTS5TermRows.structureRecord(db), let record = FTS5StructureRecord(data),
            record.data == data
        else { return }
        let segments = record.levels.flatMap(\.segments)
        guard segments.count == 1, let segment = segments.first, record.levels.allSatisfy({ $0.merging == 0 })
        else { return }
        var settled = record
        let level = level(segment.lastPage - segment.firstPage + 1)
        settled.levels = Array(repeating: FTS5StructureRecord.Level(merging: 0, segments: []), count: level + 1)
        settled.levels[level].segments = [segment]
        guard settled != record else { return }
        try db.execute(sql: "UPDATE articles_fts_data SET block = ? WHERE id = 10", arguments: [settled.data])
    }

    /// The level FTS5's merging (its `automerge` of 4, and the crisis merges of 16 segments)
    /// left a whole index of `pages` leaf pages on: level 5 for 13,929 pages (20,000 generated
    /// articles), 6 for 69,411 (100,000), one more for every fourfold growth: `log4(pages / 16)`,
    /// rounded, from 1 to 20 (FTS5 allows 64 levels).
    static func settledLevel(pages: Int64) -> Int {
        let level = (log(Double(max(pages, 1)) / 16) / log(4)).rounded()
        return Int(min(max(level, 1), 20))
    }

    /// Whether FTS5 defers its merging to the end of a run, for a bulk run, which ends by merging
    /// all segments into one (``optimize()``): merging along the way would rewrite every entry
    /// once a level for nothing. Deferred, FTS5's `automerge` is 0, its `crisismerge` (how many
    /// segments of a level force a merge) 1,000, under the 2,000 segments FTS5 allows, and its
    /// `hashsize` (the pending terms it holds before writing a segment) 16 MiB, so that the
    /// final merge reads one segment per batch instead of one per MiB of terms. Otherwise they
    /// are FTS5's defaults: 4, 16 and 1 MiB. At 100,000 generated articles, alternating with
    /// the code before: first runs of 37.8 → 25.5 s and 31.2 → 27.9 s with 1 MiB; 16 MiB then
    /// took the final merge from 5.5 to 2.5 s.
    ///
    /// The settings live in the index and are written only when they change, so a no-op run
    /// writes nothing, and the run after a killed bulk run restores them.
    func deferMerges(_ deferred: Bool) throws {
        for entry in Self.mergeSettings {
            let value = deferred ? entry.deferred : entry.standard
            guard try (setting(entry.key) ?? entry.standard) != value else { continue }
            try db.execute(
                sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES (?, ?)", arguments: [entry.key, value])
        }
    }

    /// FTS5's settings that ``deferMerges(_:)`` changes: their default and deferred values.
    private static let mergeSettings: [(key: String, standard: Int, deferred: Int)] = [
        ("automerge", 4, 0), ("crisismerge", 16, 1000), ("hashsize", 1 << 20, 16 << 20),
    ]

    /// Merges segments of the full-text index that share a level, two or more at a time (the
    /// index's `usermerge`), writing about `pages` pages at most (FTS5's `merge`); a merge cut
    /// short goes on at the next call. Each commit that writes the index adds a segment, and
    /// FTS5's own merging works in steps of 64 pages written, so small cron runs left them
    /// piling up: 22 at 100,000 articles after a few re-runs, and every term of a query is
    /// looked up in each.
    ///
    /// FTS5's default `usermerge` is 4 (it merges a level once it has four segments); an index
    /// without a setting of its own gets 2 here, so that about one segment per level is left.
    func mergeSegments(pages: Int) throws {
        if try setting("usermerge") == nil {
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('usermerge', 2)")
        }
        try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('merge', ?)", arguments: [pages])
    }

    /// FTS5's setting `key` as the index holds it; nil when the index has none of its own (FTS5
    /// then uses its default).
    private func setting(_ key: String) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT v FROM articles_fts_config WHERE k = ?", arguments: [key])
    }
}
