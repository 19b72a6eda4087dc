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
/// The writer builds chunks (``FacetChunkRows``); queries read them in place with a
/// ``FacetChunkReader``:
///
/// ```swift
/// var chunks = try FacetChunkReader(db)
/// try chunks.move(toArticle: id)
/// chunks.view.month(ofArticle: id)    // 202503, or 0 when undated
/// chunks.view.length(ofArticle: id)   // tokens in title, lede and body
/// ```
package struct FacetChunk: Sendable {
    /// `log2(size)`: the shift from an article id to its chunk number.
    package static let shift = FacetChunkView.shift
    /// Article ids per chunk.
    static let size = 1 << shift

    /// Each slot's month as YYYYMM, 0 when undated.
    private var months: [UInt32]
    /// Each slot's section id (`sections.id`), 0 when none.
    private var sections: [UInt32]
    /// Where each slot's actors start in ``actorIDs``; slot `k` owns `actorStarts[k]..<actorStarts[k + 1]`.
    private var actorStarts: [UInt32]
    /// The actor ids (`actors.id`) of every slot, back to back.
    private var actorIDs: [UInt32]
    /// Each slot's length in tokens, all columns together, as FTS5 counted it.
    private var lengths: [UInt32]

    /// A chunk with every slot empty.
    init() {
        months = [UInt32](repeating: 0, count: Self.size)
        sections = [UInt32](repeating: 0, count: Self.size)
        actorStarts = [UInt32](repeating: 0, count: Self.size + 1)
        actorIDs = []
        lengths = [UInt32](repeating: 0, count: Self.size)
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
            let slot = FacetChunkView.slot(article.id)
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
}
