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
/// straight in: the 20,000 generated articles of the benchmark still make 10 segments. A
/// changed or removed file's articles are unindexed at the end of the batch
/// (``removeMarked()``), which flushes the pending terms once. (Queuing the batch's rows for
/// FTS5 until the commit, as this type once did, made the parsing threads stop on a full
/// queue while the writer indexed the queue: a fifth of the run.) How FTS5 merges its
/// segments is in `ArticleTextRows+Merging.swift`.
final class ArticleTextRows {
    /// The writer's connection.
    let db: Database
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

    /// Marks articles whose text ``removeMarked()`` removes, with its index entries, before the
    /// batch commits (the caller deletes their `articles` rows).
    func mark(_ ids: [Int64]) {
        marked += ids
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
