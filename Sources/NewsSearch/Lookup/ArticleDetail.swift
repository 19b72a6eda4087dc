import GRDB
import NewsAnalysis
import NewsCorpus
import NewsIndex

/// One article in full, for `newsearch show`.
package struct ArticleDetail: Sendable, Equatable {
    /// One of the article's actors.
    package struct Actor: Sendable, Equatable {
        /// Canonical name.
        package var name: String
        /// Person, organisation or place.
        package var kind: ActorKind
        /// Mentions in this article.
        package var mentions: Int
        /// The spellings this article used.
        package var aliasesSeen: [String]
    }

    package var id: String
    package var path: String
    package var recordKey: String
    package var title: String
    package var date: String?
    package var section: String?
    package var url: String?
    package var source: String?
    package var lede: String
    package var body: String
    package var actors: [Actor]
}

/// Finds articles by id or path.
package enum ArticleLookup {
    /// The articles with this document id, or in the file at this path (absolute or relative
    /// to the working folder). Empty when nothing matches.
    package static func find(_ key: String, in store: IndexStore) throws(SearchError) -> [ArticleDetail] {
        try SearchError.wrapping {
            try store.reader.read { db in
                let byID = try Self.byID(key, db)
                let rows = byID.isEmpty
                    ? try Row.fetchAll(
                        db, sql: selection + " WHERE f.path = ? ORDER BY a.id",
                        arguments: [SourceWalker.absolutePath(key)])
                    : byID
                return try rows.map { try detail($0, db) }
            }
        }
    }

    /// Articles whose id is `key` or, like git, starts with it (at least 6 hex digits, and
    /// only when that prefix names one article).
    private static func byID(_ key: String, _ db: Database) throws -> [Row] {
        let id = key.lowercased()
        guard id.count >= 6, id.count <= 16, id.allSatisfy(\.isHexDigit) else { return [] }
        let rows = try Row.fetchAll(
            db, sql: selection + " WHERE a.doc_id >= ? AND a.doc_id < ? LIMIT 2",
            arguments: [id, id + "g"])
        return rows.count == 1 ? rows : rows.filter { ($0[1] as String) == id }
    }

    private static let selection = """
        SELECT a.id, a.doc_id, f.path, a.record_key, t.title, a.date, a.section, a.url, a.source, t.lede, t.body
        FROM articles a JOIN files f ON f.id = a.file_id JOIN article_content t ON t.id = a.id
        """

    private static func detail(_ row: Row, _ db: Database) throws -> ArticleDetail {
        let actors = try Row.fetchAll(db, sql: """
            SELECT ac.name, ac.kind, aa.mentions, aa.spellings FROM article_actors aa
            JOIN actors ac ON ac.id = aa.actor_id WHERE aa.article_id = ? ORDER BY aa.mentions DESC, ac.name
            """, arguments: [row[0] as Int64]
        ).map { actor in
            ArticleDetail.Actor(
                name: actor[0], kind: ActorKind(rawValue: actor[1]) ?? .person, mentions: actor[2],
                aliasesSeen: (actor[3] as String).split(separator: "\n").map(String.init))
        }
        let date: Int? = row[5]
        return ArticleDetail(
            id: row[1], path: row[2], recordKey: row[3], title: row[4],
            date: date.flatMap(PublicationDate.init(ordinal:))?.iso, section: row[6], url: row[7],
            source: row[8], lede: row[9], body: row[10], actors: actors)
    }
}
