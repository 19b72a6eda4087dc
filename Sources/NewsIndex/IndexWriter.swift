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

    /// Prepares a writer on a connection that the caller keeps for the run.
    init(_ db: Database) throws {
        self.db = db
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
    func replace(_ job: FileJob, hash: String, articles: [StoredArticle]) throws {
        let fileID: Int64
        if let known = job.known {
            fileID = known.id
            try deleteArticles(ofFile: fileID)
            try db.cachedStatement(
                sql: "UPDATE files SET size = ?, mtime = ?, hash = ?, indexed_at = ? WHERE id = ?"
            ).execute(arguments: [job.file.size, job.file.modified, hash, Date().timeIntervalSince1970, fileID])
        } else {
            try db.cachedStatement(
                sql: "INSERT INTO files (path, size, mtime, hash, indexed_at) VALUES (?, ?, ?, ?, ?)"
            ).execute(arguments: [job.file.path, job.file.size, job.file.modified, hash, Date().timeIntervalSince1970])
            fileID = db.lastInsertedRowID
        }
        var keys = Set<String>()
        for stored in articles {
            let key = Self.uniqueKey(stored.analyzed.article.recordKey, in: &keys)
            try insert(stored, key: key, fileID: fileID, path: job.file.path)
        }
    }

    /// Removes a file and its articles.
    func remove(fileID: Int64) throws {
        try deleteArticles(ofFile: fileID)
        try db.cachedStatement(sql: "DELETE FROM files WHERE id = ?").execute(arguments: [fileID])
    }

    /// Drops actors that no article mentions any more.
    func pruneActors() throws {
        try db.execute(sql: """
            DELETE FROM actors WHERE NOT EXISTS (
                SELECT 1 FROM article_actors WHERE article_actors.actor_id = actors.id)
            """)
        actorIDs = [:]
    }

    private func deleteArticles(ofFile fileID: Int64) throws {
        try db.cachedStatement(sql: """
            DELETE FROM article_actors WHERE article_id IN (SELECT id FROM articles WHERE file_id = ?)
            """).execute(arguments: [fileID])
        try ArticleTextRows.deleteArticles(ofFile: fileID, db)
        try db.cachedStatement(sql: "DELETE FROM articles WHERE file_id = ?").execute(arguments: [fileID])
    }

    private func insert(_ stored: StoredArticle, key: String, fileID: Int64, path: String) throws {
        let analyzed = stored.analyzed
        let article = analyzed.article
        try db.cachedStatement(sql: """
            INSERT INTO articles (file_id, date, section, doc_id, record_key, url, source)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                fileID, article.date?.ordinal, article.section, DocumentID.make(path: path, recordKey: key),
                key, article.url, article.source,
            ])
        let articleID = db.lastInsertedRowID
        try ArticleTextRows.insert(id: articleID, stored, db)
        for actor in analyzed.actors {
            try db.cachedStatement(sql: """
                INSERT INTO article_actors (actor_id, article_id, mentions, spellings) VALUES (?, ?, ?, ?)
                """).execute(arguments: [
                    try actorID(actor), articleID, actor.mentions, actor.spellings.joined(separator: "\n"),
                ])
        }
    }

    private func actorID(_ actor: ActorMention) throws -> Int64 {
        if let id = actorIDs[actor.name] { return id }
        let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM actors WHERE name = ?", arguments: [actor.name])
        let id: Int64
        if let existing {
            id = existing
        } else {
            try db.execute(
                sql: "INSERT INTO actors (name, kind) VALUES (?, ?)",
                arguments: [actor.name, actor.kind.rawValue])
            id = db.lastInsertedRowID
        }
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
