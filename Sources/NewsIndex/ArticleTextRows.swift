import GRDB

/// The only writer of `article_text` and of its external-content FTS5 index `articles_fts`.
///
/// Every change writes both, content first on insert and index first on delete (FTS5 needs the
/// old text to remove its terms), inside the caller's transaction: the index cannot drift from
/// its content. Rows are never updated or replaced in place.
enum ArticleTextRows {
    /// Stores an article's text under `id` (the body deflated) and indexes it.
    static func insert(id: Int64, _ stored: StoredArticle, _ db: Database) throws {
        let article = stored.analyzed.article
        try db.cachedStatement(sql: """
            INSERT INTO article_text (id, title, lede, body_z, body_bytes) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [id, article.title, article.lede, stored.deflatedBody, stored.bodyBytes])
        try db.cachedStatement(sql: "INSERT INTO articles_fts (rowid, title, lede, body) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, article.title, article.lede, article.body])
    }

    /// Removes the text, and its index entries, of every article of a file.
    static func deleteArticles(ofFile fileID: Int64, _ db: Database) throws {
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
