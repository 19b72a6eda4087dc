import GRDB

/// The only writer of `article_text` and of its external-content FTS5 index `articles_fts`.
///
/// Every change writes both inside the writer's transaction, so the index cannot drift from its
/// content: a deletion removes the index entries first (FTS5 needs the old text to remove its
/// terms), then the content; an insertion stores the content at once and queues the index
/// entry, and ``flush()`` — which the writer calls before every commit — indexes the queue.
/// Queuing matters for speed: any statement that opens a statement savepoint (a multi-row or
/// foreign-key-checked insert) makes FTS5 write out its pending terms, so indexing rows one by
/// one between other statements wrote one tiny segment per article. Rows are never updated
/// or replaced in place.
final class ArticleTextRows {
    private let db: Database
    private var queued: [StatementArguments] = []

    /// Writes text on the writer's connection.
    init(_ db: Database) {
        self.db = db
    }

    /// Stores an article's text under `id` (the body compressed) and queues it for indexing.
    func insert(id: Int64, _ stored: StoredArticle) throws {
        let article = stored.analyzed.article
        try db.cachedStatement(sql: """
            INSERT INTO article_text (id, title, lede, body_z, body_bytes) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [id, article.title, article.lede, stored.compressedBody, stored.bodyBytes])
        queued.append([id, article.title, article.lede, article.body])
    }

    /// Indexes the queued rows; called before each commit.
    func flush() throws {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO articles_fts (rowid, title, lede, body) VALUES (?, ?, ?, ?)")
        for arguments in queued { try statement.execute(arguments: arguments) }
        queued.removeAll(keepingCapacity: true)
    }

    /// Removes the text, and its index entries, of every article of a file.
    func deleteArticles(ofFile fileID: Int64) throws {
        try flush()
        try db.cachedStatement(sql: """
            INSERT INTO articles_fts (articles_fts, rowid, title, lede, body)
            SELECT 'delete', t.id, t.title, t.lede, t.body FROM article_content t
            WHERE t.id IN (SELECT id FROM articles WHERE file_id = ?)
            """).execute(arguments: [fileID])
        try db.cachedStatement(sql: """
            DELETE FROM article_text WHERE id IN (SELECT id FROM articles WHERE file_id = ?)
            """).execute(arguments: [fileID])
    }
}
