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

    /// FTS5's own integrity check, content table included, no dangling row, and facet chunks
    /// that agree with the rows; throws when the index drifted.
    static func integrityCheck(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in StoredText.register(db) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
            let dangling = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !dangling.isEmpty { throw DanglingRows(tables: dangling.map { $0[0] as String }) }
            let drifted = try facetDrift(db)
            if !drifted.isEmpty { throw FacetDrift(articles: drifted) }
        }
    }

    /// Rows whose parent row is gone (`PRAGMA foreign_key_check`).
    struct DanglingRows: Error {
        /// The tables holding them.
        let tables: [String]
    }

    /// A facet chunk that disagrees with the rows it summarises.
    struct FacetDrift: Error {
        /// The article ids whose slot is wrong or missing.
        let articles: [Int64]
    }

    /// The ids of articles whose ``FacetChunk`` slot does not hold their month, section id,
    /// actor ids and FTS5 length exactly.
    static func facetDrift(_ db: Database) throws -> [Int64] {
        var lengths: [Int64: UInt32] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, sz FROM articles_fts_docsize") {
            lengths[row[0]] = docsizeTotal(row[1])
        }
        var actors: [Int64: [UInt32]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT article_id, actor_id FROM article_actors") {
            actors[row[0], default: []].append(UInt32(row[1] as Int64))
        }
        var chunks = try FacetChunkReader(db)
        var drifted: [Int64] = []
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.id, a.date, s.id FROM articles a LEFT JOIN sections s ON s.name = a.section ORDER BY a.id
            """)
        for row in rows {
            let id: Int64 = row[0]
            let date: Int? = row[1]
            let section: Int64? = row[2]
            var chunkActors: [UInt32] = []
            do {
                try chunks.move(toArticle: id)
                chunkActors = Array(chunks.view.actors(ofArticle: id))
            } catch {
                drifted.append(id)
                continue
            }
            guard chunks.view.month(ofArticle: id) == UInt32((date ?? 0) / 100),
                chunks.view.section(ofArticle: id) == UInt32(section ?? 0),
                chunkActors == (actors[id] ?? []).sorted(),
                chunks.view.length(ofArticle: id) == lengths[id]
            else {
                drifted.append(id)
                continue
            }
        }
        return drifted
    }

    /// The sum of an FTS5 docsize record's varints (one per column, 7 bits a byte, high bit = more).
    static func docsizeTotal(_ record: Data) -> UInt32 {
        var total: UInt32 = 0
        var value: UInt32 = 0
        for byte in record {
            value = (value << 7) + UInt32(byte & 0x7F)
            if byte < 0x80 {
                total += value
                value = 0
            }
        }
        return total
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
