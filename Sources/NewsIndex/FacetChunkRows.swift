import Foundation
import GRDB

/// Keeps `facet_chunks` (see ``FacetChunk``) in step with `articles`, `article_actors` and
/// FTS5's own document sizes (`articles_fts_docsize`).
///
/// The writer reports every article it inserts; before each commit ``flush()`` rebuilds the
/// chunks those articles fall in from the rows of the same transaction, so a reader never sees
/// a chunk that disagrees with the articles. Deletions need nothing: a deleted article's slot
/// keeps stale values that no query can reach. New articles take the next ids, so a run
/// rebuilds the last chunk or two per batch, however many files changed elsewhere.
final class FacetChunkRows {
    private let db: Database
    private var dirty = Set<Int64>()
    private var sectionIDs: [String: UInt32] = [:]

    /// Writes chunks on the writer's connection.
    init(_ db: Database) {
        self.db = db
    }

    /// Notes that article `id` was inserted.
    func inserted(_ id: Int64) {
        dirty.insert(id >> FacetChunk.shift)
    }

    /// Rebuilds the chunks of the articles inserted since the last call.
    func flush() throws {
        for number in dirty.sorted() { try rebuild(number) }
        dirty.removeAll()
    }

    /// Rebuilds every chunk and drops chunks whose articles are all gone (after removals).
    func rebuildAll() throws {
        let numbers = try Int64.fetchAll(db, sql: "SELECT DISTINCT id >> \(FacetChunk.shift) FROM articles")
        try db.execute(sql: "DELETE FROM facet_chunks")
        for number in numbers { try rebuild(number) }
        dirty.removeAll()
    }

    /// Drops chunks none of whose articles exist any more.
    func pruneEmpty() throws {
        try db.execute(sql: """
            DELETE FROM facet_chunks WHERE chunk NOT IN (SELECT DISTINCT id >> \(FacetChunk.shift) FROM articles)
            """)
    }

    private func rebuild(_ number: Int64) throws {
        let first = number << FacetChunk.shift
        let last = first + Int64(FacetChunk.size) - 1
        var actors: [Int64: [UInt32]] = [:]
        let actorRows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT article_id, actor_id FROM article_actors WHERE article_id BETWEEN ? AND ?
                """), arguments: [first, last])
        while let row = try actorRows.next() { actors[row[0], default: []].append(UInt32(row[1] as Int64)) }
        var lengths: [Int64: UInt32] = [:]
        let sizeRows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT id, sz FROM articles_fts_docsize WHERE id BETWEEN ? AND ?"),
            arguments: [first, last])
        while let row = try sizeRows.next() { lengths[row[0]] = Self.tokenCount(docsize: row[1]) }
        var articles: [FacetChunk.Slot] = []
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT id, date, section FROM articles WHERE id BETWEEN ? AND ? ORDER BY id"),
            arguments: [first, last])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let date: Int? = row[1]
            let section: String? = row[2]
            articles.append(FacetChunk.Slot(
                id: id, month: UInt32(max(0, (date ?? 0) / 100)), section: try section.map(sectionID) ?? 0,
                actors: (actors[id] ?? []).sorted(), length: lengths[id] ?? 0))
        }
        guard !articles.isEmpty else {
            try db.cachedStatement(sql: "DELETE FROM facet_chunks WHERE chunk = ?").execute(arguments: [number])
            return
        }
        var chunk = FacetChunk()
        chunk.fill(articles)
        try chunk.save(db, number: number)
    }

    /// The total of an FTS5 docsize record: one varint per column, each the column's token count
    /// (SQLite's varint: 7 bits a byte, most significant first, the high bit set on all but the last).
    static func tokenCount(docsize: Data) -> UInt32 {
        var total: UInt32 = 0
        var value: UInt32 = 0
        for byte in docsize {
            value = value << 7 | UInt32(byte & 0x7F)
            if byte & 0x80 == 0 {
                total &+= value
                value = 0
            }
        }
        return total
    }

    /// The id of a section name in `sections`, adding it on first sight.
    private func sectionID(_ name: String) throws -> UInt32 {
        if let id = sectionIDs[name] { return id }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO sections (name) VALUES (?)").execute(arguments: [name])
        let id = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM sections WHERE name = ?"), arguments: [name]) ?? 0
        sectionIDs[name] = UInt32(id)
        return UInt32(id)
    }
}
