import GRDB

/// The index's tables, created and upgraded by one migrator.
///
/// - `files`: one row per source file, with the change-detection fields (size, mtime, content
///   hash) and `path_key`, the path's ``StableHash``, so the catalog loads without strings.
/// - `articles`: one small row per article (several for a JSON Lines file): the facet columns
///   (`date` as YYYYMMDD, `section`), ids and metadata, indexed for range filters and
///   histograms. The text lives apart so that counting facets never reads article bodies.
/// - `article_text`: title, lede and the compressed body (``TextCompression``), one row per
///   article, same id; the view `article_content` shows the body as text (``StoredText``).
/// - `articles_fts`: FTS5 over title, lede and body, *external content* on `article_content`.
///   Only ``ArticleTextRows`` writes either table, and it always writes both inside the
///   writer's transaction, so the full-text index cannot drift from its content. (Not
///   triggers: a per-row trigger makes FTS5 flush its pending terms at every statement
///   savepoint, which halved indexing speed.)
/// - `actors` and `article_actors`: the actor facet as compact integer tables.
/// - `sections` and `facet_chunks` (version 2): every article's month, section id and actor ids
///   as flat integer arrays, 4,096 articles a row (``FacetChunk``), which facet counting reads
///   instead of joining every match to `articles` and `article_actors`. Only
///   ``FacetChunkRows`` writes them, before each commit of the writer. Version 3 adds each
///   article's length in tokens (from FTS5's `articles_fts_docsize`), for ranking.
/// - `runs`: how each `newsearch index` run started and ended, for `stats`.
package enum IndexSchema {
    /// The FTS5 tokenizer: English stemming over case- and accent-folded Unicode words.
    package static let tokenizer = "porter \(wordTokenizer)"

    /// The tokenizer under the stemmer: the same tokens at the same positions (the stemmer only
    /// rewrites each token), for finding where matches are in a text without stemming it.
    package static let wordTokenizer = "unicode61 remove_diacritics 2"

    /// The bm25 column weights for title, lede and body.
    package static let columnWeights = (title: 10.0, lede: 4.0, body: 1.0)

    /// The migrator that creates and upgrades the schema.
    package static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createVersion1)
        migrator.registerMigration("v2", migrate: createVersion2)
        migrator.registerMigration("v3", migrate: createVersion3)
        return migrator
    }

    private static func createVersion1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE files (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                path_key INTEGER NOT NULL,
                size INTEGER NOT NULL,
                mtime INTEGER NOT NULL,
                hash INTEGER NOT NULL,
                indexed_at REAL NOT NULL
            );
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
                date INTEGER,
                section TEXT,
                doc_id TEXT NOT NULL UNIQUE,
                record_key TEXT NOT NULL,
                url TEXT,
                source TEXT
            );
            CREATE TABLE article_text (
                id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                lede TEXT NOT NULL,
                body_z BLOB NOT NULL,
                body_bytes INTEGER NOT NULL
            );
            CREATE VIEW article_content AS
                SELECT id, title, lede, \(StoredText.inflateFunction)(body_z, body_bytes) AS body
                FROM article_text;
            CREATE INDEX articles_file ON articles(file_id);
            CREATE INDEX articles_date ON articles(date);
            CREATE INDEX articles_section ON articles(section COLLATE NOCASE, date);
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, lede, body,
                content='article_content', content_rowid='id',
                tokenize='\(tokenizer)'
            );
            CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');
            CREATE TABLE actors (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL
            );
            CREATE TABLE article_actors (
                actor_id INTEGER NOT NULL REFERENCES actors(id),
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                mentions INTEGER NOT NULL,
                spellings TEXT NOT NULL,
                PRIMARY KEY (actor_id, article_id)
            ) WITHOUT ROWID;
            CREATE INDEX article_actors_article ON article_actors(article_id);
            CREATE TABLE runs (
                id INTEGER PRIMARY KEY,
                started_at REAL NOT NULL,
                finished_at REAL,
                status TEXT NOT NULL,
                added INTEGER NOT NULL DEFAULT 0,
                changed INTEGER NOT NULL DEFAULT 0,
                removed INTEGER NOT NULL DEFAULT 0,
                unchanged INTEGER NOT NULL DEFAULT 0,
                failed INTEGER NOT NULL DEFAULT 0
            );
            """)
        let weights = columnWeights
        try db.execute(
            sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', ?)",
            arguments: ["bm25(\(weights.title), \(weights.lede), \(weights.body))"])
    }

    private static func createVersion2(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE sections (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE
            );
            CREATE TABLE facet_chunks (
                chunk INTEGER PRIMARY KEY,
                months BLOB NOT NULL,
                sections BLOB NOT NULL,
                actor_starts BLOB NOT NULL,
                actor_ids BLOB NOT NULL
            );
            """)
        // Filled by version 3, which always follows and rebuilds every chunk.
    }

    /// Version 3: each chunk also holds its articles' token counts, so ranking reads a match's
    /// length from the chunk instead of looking up `articles_fts_docsize`.
    private static func createVersion3(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE facet_chunks ADD COLUMN lengths BLOB NOT NULL DEFAULT x''")
        try FacetChunkRows(db).rebuildAll()
    }
}
