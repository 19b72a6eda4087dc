import Foundation
import GRDB
import NewsIndex

/// Reads an index directly, to check what the CLI wrote: contents and FTS5 integrity.
struct IndexStateCheck {
    let queue: DatabaseQueue

    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// FTS5's own integrity check, content table included; throws when the index drifted.
    static func integrityCheck(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in StoredText.register(db) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        }
    }

    /// Every article as (document id → title, date, section, body size, lede, stored body), for
    /// comparing indexes.
    func contents() throws -> [String: String] {
        try queue.read { db in
            var contents: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT a.doc_id, t.title, a.date, a.section, t.body_bytes, t.lede, hex(t.body_z) FROM articles a JOIN article_text t USING (id)") {
                let date: Int? = row[2]
                let section: String? = row[3]
                contents[row[0]] = "\(row[1] as String)|\(date ?? 0)|\(section ?? "")|\(row[4] as Int)|\(row[5] as String)|\(row[6] as String)"
            }
            return contents
        }
    }

    /// How many rows a full-text match finds.
    func matchCount(_ match: String) throws -> Int {
        try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", arguments: [match]) ?? 0
        }
    }
}
