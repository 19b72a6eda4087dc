import Foundation
import GRDB

/// The facet values and lengths of 4,096 consecutive article ids, as flat integer arrays: one
/// row of the `facet_chunks` table.
///
/// Counting facets over the matches of a query then costs an array read per match instead of
/// a B-tree lookup into `articles` and another into `article_actors` (about 3.5 µs per match at
/// 100,000 articles: 15 ms for a term in 4,000 articles, 270 ms for one in all of them).
/// Slot `id % 4096` holds article `id`; a slot whose article was deleted keeps stale values,
/// which is harmless: only existing articles match a query.
///
/// Each slot also holds the article's length in tokens as FTS5 counted it (the sum of its
/// `articles_fts_docsize` record), which bm25 needs for every match: reading it here spares
/// a B-tree lookup per match when ranking.
///
/// ```swift
/// let chunk = try FacetChunk.fetch(db, number: id >> 12)
/// chunk?.month(ofArticle: id)    // 202503, or 0 when undated
/// chunk?.actors(ofArticle: id)   // actor ids
/// chunk?.length(ofArticle: id)   // tokens in title, lede and body
/// ```
package struct FacetChunk: Sendable, Equatable {
    /// `log2(size)`: the shift from an article id to its chunk number.
    package static let shift = 12
    /// Article ids per chunk.
    @usableFromInline static let size = 1 << shift

    /// Each slot's month as YYYYMM, 0 when undated.
    @usableFromInline private(set) var months: [UInt32]
    /// Each slot's section id (`sections.id`), 0 when none.
    @usableFromInline private(set) var sections: [UInt32]
    /// Where each slot's actors start in ``actorIDs``; slot `k` owns `actorStarts[k]..<actorStarts[k + 1]`.
    @usableFromInline private(set) var actorStarts: [UInt32]
    /// The actor ids (`actors.id`) of every slot, back to back.
    @usableFromInline private(set) var actorIDs: [UInt32]
    /// Each slot's length in tokens, all columns together, as FTS5 counted it.
    @usableFromInline private(set) var lengths: [UInt32]

    /// A chunk with every slot empty.
    package init() {
        self.init(
            months: [UInt32](repeating: 0, count: Self.size), sections: [UInt32](repeating: 0, count: Self.size),
            actorStarts: [UInt32](repeating: 0, count: Self.size + 1), actorIDs: [],
            lengths: [UInt32](repeating: 0, count: Self.size))
    }

    private init(months: [UInt32], sections: [UInt32], actorStarts: [UInt32], actorIDs: [UInt32], lengths: [UInt32]) {
        self.months = months
        self.sections = sections
        self.actorStarts = actorStarts
        self.actorIDs = actorIDs
        self.lengths = lengths
    }

    /// The slot of an article id.
    @inlinable
    static func slot(_ id: Int64) -> Int {
        Int(id) & (size - 1)
    }

    /// The month of an article of this chunk (YYYYMM), 0 when undated.
    @inlinable
    package func month(ofArticle id: Int64) -> UInt32 {
        months[Self.slot(id)]
    }

    /// The section id of an article of this chunk, 0 when it has none.
    @inlinable
    package func section(ofArticle id: Int64) -> UInt32 {
        sections[Self.slot(id)]
    }

    /// The actor ids of an article of this chunk.
    package func actors(ofArticle id: Int64) -> ArraySlice<UInt32> {
        let slot = Self.slot(id)
        return actorIDs[Int(actorStarts[slot])..<Int(actorStarts[slot + 1])]
    }

    /// Calls `body` with each actor id of an article of this chunk (no slice: facet counting
    /// calls it for every match).
    @inlinable
    package func forEachActor(ofArticle id: Int64, _ body: (UInt32) -> Void) {
        let slot = Self.slot(id)
        for index in Int(actorStarts[slot])..<Int(actorStarts[slot + 1]) { body(actorIDs[index]) }
    }

    /// The length in tokens of an article of this chunk (title, lede and body together).
    @inlinable
    package func length(ofArticle id: Int64) -> UInt32 {
        lengths[Self.slot(id)]
    }

    /// The values of one article, to ``fill(_:)`` a chunk with.
    struct Slot {
        /// The article id.
        var id: Int64
        /// YYYYMM, 0 when undated.
        var month: UInt32
        /// `sections.id`, 0 when none.
        var section: UInt32
        /// `actors.id`s, ascending.
        var actors: [UInt32]
        /// Tokens in all columns.
        var length: UInt32
    }

    /// Sets the slots of articles given in increasing id order; slots not given stay empty.
    mutating func fill(_ articles: [Slot]) {
        var next = 0
        for article in articles {
            let slot = Self.slot(article.id)
            while next <= slot {
                actorStarts[next] = UInt32(actorIDs.count)
                next += 1
            }
            months[slot] = article.month
            sections[slot] = article.section
            lengths[slot] = article.length
            actorIDs += article.actors
        }
        while next <= Self.size {
            actorStarts[next] = UInt32(actorIDs.count)
            next += 1
        }
    }

    /// The chunk stored under `number`, or nil when there is none.
    package static func fetch(_ db: Database, number: Int64) throws -> FacetChunk? {
        let statement = try db.cachedStatement(
            sql: "SELECT months, sections, actor_starts, actor_ids, lengths FROM facet_chunks WHERE chunk = ?")
        guard let row = try Row.fetchOne(statement, arguments: [number]) else { return nil }
        let chunk = FacetChunk(
            months: decode(row[0]), sections: decode(row[1]), actorStarts: decode(row[2]), actorIDs: decode(row[3]),
            lengths: decode(row[4]))
        guard chunk.months.count == size, chunk.sections.count == size, chunk.actorStarts.count == size + 1,
            chunk.lengths.count == size,
            chunk.actorStarts.last.map({ Int($0) == chunk.actorIDs.count }) == true
        else { throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "facet chunk \(number) is damaged") }
        return chunk
    }

    /// Stores the chunk under `number`, replacing what was there.
    func save(_ db: Database, number: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO facet_chunks (chunk, months, sections, actor_starts, actor_ids, lengths)
            VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                number, Self.encode(months), Self.encode(sections), Self.encode(actorStarts), Self.encode(actorIDs),
                Self.encode(lengths),
            ])
    }

    /// Little-endian `UInt32`s.
    private static func encode(_ values: [UInt32]) -> Data {
        var data = Data(capacity: values.count * 4)
        for value in values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    /// The `UInt32`s of little-endian bytes: one copy on a little-endian machine.
    private static func decode(_ data: Data) -> [UInt32] {
        let count = data.count / 4
        return [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[..<(count * 4)]))
            }
            for index in 0..<count { buffer[index] = UInt32(littleEndian: buffer[index]) }
            initialized = count
        }
    }
}
