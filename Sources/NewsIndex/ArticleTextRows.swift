import Foundation
import GRDB

/// The only writer of `article_text` and of its external-content FTS5 index `articles_fts`.
///
/// Every change writes both inside the writer's transaction, so the index cannot drift from its
/// content: a deletion removes the index entries first (FTS5 needs the old text to remove its
/// terms), then the content; an insertion stores the content and indexes it at once. Rows are
/// never updated or replaced in place.
///
/// FTS5 keeps the terms of the rows it indexes in memory and writes them out as a segment when
/// the transaction commits, when they pass its size limit, or when a statement opens a
/// statement savepoint. A one-row `INSERT … VALUES` without triggers or foreign-key checks
/// opens none, so every insert of an index run (the article, its text, its actors) can go
/// straight in: the 20,000 generated articles of the benchmark still make 10 segments. Only
/// a changed file's multi-row deletions flush the pending terms. (Queuing the batch's rows
/// for FTS5 until the commit, as this type once did, made the parsing threads stop on a full
/// queue while the writer indexed the queue: a fifth of the run.)
final class ArticleTextRows {
    private let db: Database
    /// Articles whose text ``removeMarked()`` removes.
    private var marked: [Int64] = []

    /// Writes text on the writer's connection.
    init(_ db: Database) {
        self.db = db
    }

    /// Stores an article's text under `id` (the body compressed) and indexes it.
    func insert(id: Int64, _ stored: StoredArticle) throws {
        let article = stored.analyzed.article
        try db.cachedStatement(sql: """
            INSERT INTO article_text (id, title, lede, body_z, body_bytes) VALUES (?, ?, ?, ?, ?)
            """).executeRow { row in
                row.bind(1, id)
                row.bind(2, article.title)
                row.bind(3, article.lede)
                row.bind(4, stored.compressedBody)
                row.bind(5, stored.bodyBytes)
            }
        try db.cachedStatement(sql: "INSERT INTO articles_fts (rowid, title, lede, body) VALUES (?, ?, ?, ?)")
            .executeRow { row in
                row.bind(1, id)
                row.bind(2, article.title)
                row.bind(3, article.lede)
                row.bind(4, article.body)
            }
    }

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
    /// are FTS5's defaults: 4, 16 and 1 MiB. At 100,000 generated articles, deferring took a
    /// first run from 31–38 s to 21 s and 50 to 32 s of CPU.
    ///
    /// The settings live in the index and are written only when they change, so a no-op run
    /// writes nothing, and the run after a killed bulk run restores them.
    func deferMerges(_ deferred: Bool) throws {
        for setting in Self.mergeSettings {
            let value = deferred ? setting.deferred : setting.standard
            let current = try Int.fetchOne(
                db, sql: "SELECT v FROM articles_fts_config WHERE k = ?", arguments: [setting.key])
            guard (current ?? setting.standard) != value else { continue }
            try db.execute(
                sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES (?, ?)", arguments: [setting.key, value])
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
        if try Int.fetchOne(db, sql: "SELECT v FROM articles_fts_config WHERE k = 'usermerge'") == nil {
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('usermerge', 2)")
        }
        try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('merge', ?)", arguments: [pages])
    }

    /// Marks the text of every article of a file for removal, with its index entries, by
    /// ``removeMarked()`` before the batch commits (the caller deletes the `articles` rows).
    func deleteArticles(ofFile fileID: Int64) throws {
        marked += try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT id FROM articles WHERE file_id = ?"), arguments: [fileID])
    }

    /// Removes the marked articles' text and index entries, in id order, one row a statement.
    ///
    /// FTS5 writes out its pending terms as a segment before a row with a lower id than the
    /// last it took, and before any statement that can write several rows. Removed file by file
    /// with one statement each, as they were, every changed file cost a segment: a `--full` run
    /// over 20,000 files wrote 20,000 segments and merged them, and took three times as long as
    /// a first run. A batch's removals now cost one segment. The text stays until then, since
    /// FTS5 needs it to find the entries; new articles take ids above it (``IndexWriter``).
    func removeMarked() throws {
        guard !marked.isEmpty else { return }
        marked.sort()
        let read = try db.cachedStatement(sql: "SELECT title, lede, body FROM article_content WHERE id = ?")
        let unindex = try db.cachedStatement(sql: """
            INSERT INTO articles_fts (articles_fts, rowid, title, lede, body) VALUES ('delete', ?, ?, ?, ?)
            """)
        let delete = try db.cachedStatement(sql: "DELETE FROM article_text WHERE id = ?")
        for id in marked {
            guard let row = try Row.fetchOne(read, arguments: [id]) else { continue }
            try unindex.execute(arguments: [id, row[0], row[1], row[2]])
            try delete.execute(arguments: [id])
        }
        marked.removeAll()
    }
}
