import Foundation
import GRDB
import GRDBSQLite

/// The rows of `articles_fts` that contain one term, with the term's position list in each,
/// read from FTS5's segments (`articles_fts_data`, `articles_fts_idx`) through a cursor
/// (``FTS5TermCursor``) instead of through FTS5's statement and `xQueryPhrase`; and how many
/// there are (a word's document frequency, which bm25 needs).
///
/// `xQueryPhrase` runs a query per word and calls back per row, about 300 instructions a row:
/// for `image synod` at 100,000 articles, counting the 78,000 rows of `image` was half the
/// search. Here a row costs a few varints: each segment's doclist for the term is read
/// (rowid deltas and position-list sizes), and the segments' entries are merged as FTS5
/// merges them: per rowid the newest segment's entry counts, and only when it has positions
/// (an entry without any records a deletion).
///
/// The layout read is FTS5's documented on-disk format (the comment at the top of
/// `fts5_index.c`), which SQLite keeps stable. Anything unexpected — the structure record of a
/// `contentless_delete` table, a page that does not parse — gives nil, and the caller counts
/// the way FTS5 does.
package final class FTS5TermRows {
    /// The segments, newest first.
    let segments: [Segment]
    /// `articles_fts_idx`'s seek for the page where a term would start.
    private let seek: Statement
    /// The connection, for the page reads.
    let db: Database

    /// A counter on `db` (inside its read transaction), or nil when the index is not in a
    /// layout this reader knows.
    package init?(_ db: Database) throws {
        guard let segments = try Self.structure(db) else { return nil }
        self.segments = segments
        seek = try db.cachedStatement(
            sql: "SELECT pgno FROM articles_fts_idx WHERE segid = ? AND term <= ? ORDER BY term DESC LIMIT 1")
        self.db = db
    }

    /// The table's tokenizer, for ``count(phrase:tokenizer:)``.
    package static func tokenizer(_ db: Database) throws -> any FTS5Tokenizer {
        try db.makeTokenizer(FTS5TokenizerDescriptor(components: IndexSchema.tokenizer.split(separator: " ").map(String.init)))
    }

    /// The rows containing the phrase FTS5 reads from `text` (a quoted string of a query) when
    /// `tokenizer` (the table's) cuts it into one token; nil when it cuts several, or when a
    /// page does not parse.
    package func count(phrase text: String, tokenizer: any FTS5Tokenizer) throws -> Int64? {
        try Self.term(text, tokenizer: tokenizer).flatMap(count(term:))
    }

    /// The one token `tokenizer` (the table's) cuts from `text`, as the index stores it; nil
    /// when it cuts several or none.
    package static func term(_ text: String, tokenizer: any FTS5Tokenizer) throws -> String? {
        let tokens = try tokenizer.tokenize(query: text)
        return tokens.count == 1 ? tokens.first?.token : nil
    }

    /// The rows containing `term`, a token as the table's tokenizer writes it (stemmed and
    /// folded), or nil when a page does not parse.
    package func count(term: String) -> Int64? {
        guard var cursor = cursor(term: term) else { return nil }
        defer { cursor.close() }
        return cursor.countRows()
    }

    /// A cursor before the first row containing `term` (``FTS5TermCursor``; the caller closes
    /// it), or nil when a page of the newer segments, or the oldest's first, does not parse.
    package func cursor(term: String) -> FTS5TermCursor? {
        cursor(key: Self.key(term))
    }

    /// The key of `term` in FTS5's segments: the main index's keys start with `0`.
    static func key(_ term: String) -> [UInt8] {
        Array("0\(term)".utf8)
    }

    /// ``cursor(term:)`` for a term given by its key (``key(_:)``).
    func cursor(key: [UInt8]) -> FTS5TermCursor? {
        guard let oldest = segments.last else { return FTS5TermCursor(oldest: SegmentCursor(), overrides: []) }
        // The newer segments' entries, with their lists, newest first on a shared rowid.
        // One page reader for all of them: opening a blob handle prepares a statement.
        var overrides: [(rowid: Int64, positions: [UInt8])] = []
        var shared = LeafReader(db)
        defer { shared.close() }
        for segment in segments.dropLast() {
            guard let page = firstPage(segment, key: key) else { continue }
            guard var cursor = SegmentCursor(reader: &shared, key: key, segment: segment, from: page) else { return nil }
            var entries: [(rowid: Int64, positions: [UInt8])] = []
            while cursor.next() { entries.append((cursor.rowid, Array(cursor.list))) }
            shared = cursor.reader
            guard !cursor.failed else { return nil }
            overrides = Self.merging(overrides, over: entries) { $0.rowid }
        }
        var stepped = SegmentCursor()
        if let page = firstPage(oldest, key: key) {
            var own = LeafReader(db)
            guard let cursor = SegmentCursor(reader: &own, key: key, segment: oldest, from: page) else {
                own.close()
                return nil
            }
            stepped = cursor
        }
        return FTS5TermCursor(oldest: stepped, overrides: overrides)
    }

    /// The leaf page of `segment` where `key` would start, as FTS5 seeks it: the last page
    /// whose first term is at most `key` (`articles_fts_idx` keeps each page's first term,
    /// its page number shifted left by one); nil past the segment's end.
    func firstPage(_ segment: Segment, key: [UInt8]) -> Int64? {
        let handle = seek.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_bind_int64(handle, 1, segment.id)
        let indexed = key.withUnsafeBytes { bytes -> Int64? in
            sqlite3_bind_blob(handle, 2, bytes.baseAddress, Int32(bytes.count), nil)
            defer { sqlite3_reset(handle) }
            return sqlite3_step(handle) == SQLITE_ROW ? sqlite3_column_int64(handle, 0) >> 1 : nil
        }
        let page = max(indexed ?? segment.firstPage, segment.firstPage)
        // A merge can leave an input segment empty (pages 0 to 0): nothing to read there.
        return page >= 1 && page <= segment.lastPage ? page : nil
    }

    /// A segment: its id and its leaf pages.
    struct Segment: Equatable {
        var id: Int64
        var firstPage: Int64
        var lastPage: Int64
    }

    /// FTS5's structure record (`articles_fts_data` row 10: the segments, and a count of
    /// writes), or nil before the table has any.
    static func structureRecord(_ db: Database) throws -> Data? {
        try Data.fetchOne(db.cachedStatement(sql: "SELECT block FROM articles_fts_data WHERE id = 10"))
    }

    /// The segments, newest first (level 0 first, and in a level the last listed first), or
    /// nil for a structure record in another format.
    static func structure(_ db: Database) throws -> [Segment]? {
        guard let record = try structureRecord(db) else { return [] }
        return FTS5StructureRecord(record)?.segmentsNewestFirst
    }

    /// `newer` and `older` (each in rowid order) merged in rowid order; on a shared rowid the
    /// newer entry is kept.
    static func merging<Item>(_ newer: [Item], over older: [Item], rowid: (Item) -> Int64) -> [Item] {
        var merged: [Item] = []
        merged.reserveCapacity(newer.count + older.count)
        var (left, right) = (0, 0)
        while left < newer.count || right < older.count {
            if right == older.count || (left < newer.count && rowid(newer[left]) <= rowid(older[right])) {
                if right < older.count && rowid(newer[left]) == rowid(older[right]) { right += 1 }
                merged.append(newer[left])
                left += 1
            } else {
                merged.append(older[right])
                right += 1
            }
        }
        return merged
    }
}
