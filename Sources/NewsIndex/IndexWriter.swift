import Foundation
import GRDB
import NewsAnalysis
import NewsCorpus

/// The single writer: turns file outcomes into rows, inside the caller's transaction.
///
/// Articles are only ever inserted and deleted (never replaced); their text goes through
/// ``ArticleTextRows``, which keeps the full-text index exactly in step with it.
final class IndexWriter {
    private let db: Database
    private var actorIDs: [String: Int64] = [:]
    private let text: ArticleTextRows
    private let facets: FacetChunkRows
    /// `article_actors` rows of the batch, inserted in key order by ``finishBatch()``.
    private var actorRows: [(actorID: Int64, articleID: Int64, mentions: Int, spellings: String)] = []
    /// The highest article id used, by the index or by this writer. New articles take the
    /// ids above, never one deleted in the same run: a deleted article's text stays until the
    /// end of its batch (``ArticleTextRows/removeMarked()``).
    private var lastID: Int64

    /// Prepares a writer on a connection that the caller keeps for the run.
    init(_ db: Database) throws {
        self.db = db
        text = ArticleTextRows(db)
        facets = FacetChunkRows(db)
        lastID = try Int64.fetchOne(db, sql: """
            SELECT max(ifnull((SELECT max(id) FROM articles), 0), ifnull((SELECT max(id) FROM article_text), 0))
            """) ?? 0
        try loadActorIDs()
    }

    private func loadActorIDs() throws {
        actorIDs = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name FROM actors")
        while let row = try rows.next() { actorIDs[row[1]] = row[0] }
    }

    /// Records a file whose content is unchanged: new size and modification time only.
    func recordTouched(_ job: FileJob) throws {
        guard let known = job.known else { return }
        try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ? WHERE id = ?")
            .execute(arguments: [job.file.size, job.file.modified, known.id])
    }

    /// Replaces everything the index holds for a file with its freshly parsed articles.
    ///
    /// An article whose text is what the index holds (same record key, title, lede and
    /// compressed body) keeps its id, its stored text and its full-text entries: only its row
    /// and its actors are written again. A `--full` run after a change of the alias table then
    /// costs no full-text work, and a JSON Lines file that grew only adds its new records.
    func replace(_ job: FileJob, hash: UInt64, articles: [StoredArticle]) throws {
        var keys = Set<String>()
        let keyed = articles.map { (key: Self.uniqueKey($0.analyzed.article.recordKey, in: &keys), stored: $0) }
        let fileID: Int64
        var kept: [String: Int64] = [:]
        if let known = job.known {
            fileID = known.id
            let stored = try storedArticles(ofFile: fileID, matching: keyed)
            kept = stored.unchanged
            try deleteArticles(stored.ids, keeping: Set(kept.values))
            try db.cachedStatement(
                sql: "UPDATE files SET size = ?, mtime = ?, hash = ?, indexed_at = ? WHERE id = ?"
            ).execute(arguments: [job.file.size, job.file.modified, Int64(bitPattern: hash), Date().timeIntervalSince1970, fileID])
        } else {
            try db.cachedStatement(
                sql: "INSERT INTO files (path, path_key, size, mtime, hash, indexed_at) VALUES (?, ?, ?, ?, ?, ?)"
            ).execute(arguments: [
                job.file.path, Int64(bitPattern: FileCatalog.key(of: job.file.path)), job.file.size,
                job.file.modified, Int64(bitPattern: hash), Date().timeIntervalSince1970,
            ])
            fileID = db.lastInsertedRowID
        }
        for (key, stored) in keyed {
            if let id = kept[key] {
                try update(stored, id: id)
            } else {
                try insert(stored, key: key, fileID: fileID, path: job.file.path)
            }
        }
    }

    /// The ids of a file's articles, and by record key those whose stored text the new parse
    /// gives again. Bodies are compared compressed: Zstandard gives the same bytes for the same
    /// text at the same level, and a body compressed otherwise (zlib, in an older index) is only
    /// stored again.
    private func storedArticles(
        ofFile fileID: Int64, matching keyed: [(key: String, stored: StoredArticle)]
    ) throws -> (ids: [Int64], unchanged: [String: Int64]) {
        let byKey = Dictionary(keyed.map { ($0.key, $0.stored) }, uniquingKeysWith: { first, _ in first })
        var ids: [Int64] = []
        var unchanged: [String: Int64] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT a.id, a.record_key, t.title, t.lede, t.body_z, t.body_bytes
                FROM articles a LEFT JOIN article_text t ON t.id = a.id WHERE a.file_id = ?
                """), arguments: [fileID])
        while let row = try rows.next() {
            ids.append(row[0])
            guard let stored = byKey[row[1]] else { continue }
            let article = stored.analyzed.article
            if row[2] == article.title, row[3] == article.lede, row[5] == stored.bodyBytes,
                row[4] == stored.compressedBody
            {
                unchanged[row[1]] = row[0]
            }
        }
        return (ids, unchanged)
    }

    /// Rewrites a kept article's row and actors (its text and full-text entries stay).
    private func update(_ stored: StoredArticle, id: Int64) throws {
        let article = stored.analyzed.article
        try db.cachedStatement(sql: "UPDATE articles SET date = ?, section = ?, url = ?, source = ? WHERE id = ?")
            .executeRow { row in
                row.bind(1, article.date?.ordinal)
                row.bind(2, article.section)
                row.bind(3, article.url)
                row.bind(4, article.source)
                row.bind(5, id)
            }
        try insertActors(stored.analyzed.actors, of: id)
        facets.inserted(id)
    }

    /// Completes the batch's writes; the caller commits right after.
    func finishBatch() throws {
        try text.removeMarked()
        try flushActorRows()
        try facets.flush()
    }

    /// Removes a file and its articles.
    func remove(fileID: Int64) throws {
        try deleteArticles(Int64.fetchAll(
            db.cachedStatement(sql: "SELECT id FROM articles WHERE file_id = ?"), arguments: [fileID]))
        try db.cachedStatement(sql: "DELETE FROM files WHERE id = ?").execute(arguments: [fileID])
    }

    /// Drops actors that no article mentions any more, and facet chunks no article is in.
    func prune() throws {
        try db.execute(sql: """
            DELETE FROM actors WHERE NOT EXISTS (
                SELECT 1 FROM article_actors WHERE article_actors.actor_id = actors.id)
            """)
        try loadActorIDs()
        try facets.pruneEmpty()
    }

    /// Deletes the articles `ids` and their actors, but for the articles in `kept`, which lose
    /// only their actors. The deleted articles' text and full-text entries go at the end of the
    /// batch (``ArticleTextRows/removeMarked()``).
    private func deleteArticles(_ ids: [Int64], keeping kept: Set<Int64> = []) throws {
        let actors = try db.cachedStatement(sql: "DELETE FROM article_actors WHERE article_id = ?")
        let articles = try db.cachedStatement(sql: "DELETE FROM articles WHERE id = ?")
        let deleted = ids.filter { !kept.contains($0) }
        for id in ids { try actors.execute(arguments: [id]) }
        for id in deleted { try articles.execute(arguments: [id]) }
        text.mark(deleted)
    }

    private func insert(_ stored: StoredArticle, key: String, fileID: Int64, path: String) throws {
        let analyzed = stored.analyzed
        let article = analyzed.article
        lastID += 1
        let articleID = lastID
        try db.cachedStatement(sql: """
            INSERT INTO articles (id, file_id, date, section, doc_id, record_key, url, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).executeRow { row in
                row.bind(1, articleID)
                row.bind(2, fileID)
                row.bind(3, article.date?.ordinal)
                row.bind(4, article.section)
                row.bind(5, DocumentID.make(path: path, recordKey: key))
                row.bind(6, key)
                row.bind(7, article.url)
                row.bind(8, article.source)
            }
        try text.insert(id: articleID, stored)
        try insertActors(analyzed.actors, of: articleID)
        facets.inserted(articleID)
    }

    /// Queues an article's `article_actors` rows (the actors themselves are added at once).
    private func insertActors(_ actors: [ActorMention], of articleID: Int64) throws {
        for actor in actors {
            actorRows.append((try actorID(actor), articleID, actor.mentions, actor.spellings.joined(separator: "\n")))
        }
    }

    /// Inserts the batch's `article_actors` rows sorted by their key (actor, article): each
    /// insert then lands next to the previous one in the B-tree instead of anywhere in it
    /// (Reuters-21578, 80,000 rows: a full index 2.5 → 2.3 s).
    private func flushActorRows() throws {
        guard !actorRows.isEmpty else { return }
        actorRows.sort { ($0.actorID, $0.articleID) < ($1.actorID, $1.articleID) }
        let statement = try db.cachedStatement(
            sql: "INSERT INTO article_actors (actor_id, article_id, mentions, spellings) VALUES (?, ?, ?, ?)")
        for actorRow in actorRows {
            try statement.executeRow { row in
                row.bind(1, actorRow.actorID)
                row.bind(2, actorRow.articleID)
                row.bind(3, actorRow.mentions)
                row.bind(4, actorRow.spellings)
            }
        }
        actorRows.removeAll(keepingCapacity: true)
    }

    /// The id of an actor, adding it on first sight. The cache holds every actor of the index
    /// (loaded at start, and this is the only writer), so a miss is a new actor.
    private func actorID(_ actor: ActorMention) throws -> Int64 {
        if let id = actorIDs[actor.name] { return id }
        try db.cachedStatement(sql: "INSERT INTO actors (name, kind) VALUES (?, ?)").executeRow { row in
            row.bind(1, actor.name)
            row.bind(2, actor.kind.rawValue)
        }
        let id = db.lastInsertedRowID
        actorIDs[actor.name] = id
        return id
    }

    /// `key`, or `key#2`, `key#3`… when a file repeats a record key.
    private static func uniqueKey(_ key: String, in keys: inout Set<String>) -> String {
        var candidate = key
        var counter = 1
        while !keys.insert(candidate).inserted {
            counter += 1
            candidate = "\(key)#\(counter)"
        }
        return candidate
    }
}
