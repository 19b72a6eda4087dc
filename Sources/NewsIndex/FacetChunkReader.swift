import Foundation
import GRDB
import GRDBSQLite

/// Reads ``FacetChunk``s where SQLite holds them: the reader keeps its statement on the
/// current chunk's row and reads the slots of an article straight from the row's blobs.
///
/// A chunk is about 200 KB and a query reads every chunk its matches fall in (all 25 of a
/// 100,000-article index, even for a rare word). Fetching each into arrays copied those bytes
/// twice more (a row copy, then the arrays): 55% of the instructions of a rare-word search.
///
/// Matches come in id order, so each chunk is read once. The ``view`` is only valid until the
/// next ``move(toArticle:)``; the reader must not outlive its connection's transaction. Structs,
/// not classes: a class's stored properties, read from another module, cost a dynamic
/// exclusivity check on every read (a fifth more instructions for a term in most articles),
/// and the view holds no reference, so handing it on per match costs no retain. Copies share
/// the statement, so keep one reader per scan.
///
/// Public, with its view, where the rest of the module says `package`: Swift 6.3 does not
/// inline a `package` type's `@inlinable` members into another module, and these accessors
/// run for every match (a word in every article: 517 → 468 M instructions once inlined).
public struct FacetChunkReader {
    private let statement: Statement
    /// The current chunk's number, -1 before the first.
    @usableFromInline var number: Int64 = -1
    /// The current chunk's slots.
    public private(set) var view = FacetChunkView()
    /// Chunks kept between searches, with the index's version; nil for none.
    private let cache: (chunks: FacetChunkCache, version: Data)?
    /// The kept chunk the view shows, held while it does.
    private var held: FacetChunkCopy?

    /// A reader on `db`, positioned on no chunk, taking chunks from `cache` when it has them
    /// and keeping there those it reads.
    package init(_ db: Database, cache: FacetChunkCache? = nil) throws {
        statement = try db.makeStatement(
            sql: "SELECT months, sections, actor_starts, actor_ids, lengths FROM facet_chunks WHERE chunk = ?")
        self.cache = try cache.map { ($0, try FacetChunkCache.version(db)) }
    }

    /// Positions the reader on the chunk of article `id`.
    ///
    /// - Throws: a `SQLITE_CORRUPT` error when the index has no chunk for an article it holds,
    ///   or the chunk's arrays do not fit together.
    @inlinable
    public mutating func move(toArticle id: Int64) throws {
        let wanted = id >> FacetChunkView.shift
        if wanted != number { try read(wanted) }
    }

    /// Steps the statement onto chunk `wanted` and checks that its arrays fit together.
    @usableFromInline
    mutating func read(_ wanted: Int64) throws {
        if let cache, let kept = cache.chunks.chunk(wanted, version: cache.version) {
            held = kept
            view = kept.view
            number = wanted
            return
        }
        let handle = statement.sqliteStatement
        number = -1
        sqlite3_reset(handle)
        sqlite3_bind_int64(handle, 1, wanted)
        let code = sqlite3_step(handle)
        guard code == SQLITE_ROW else {
            sqlite3_reset(handle)
            if code == SQLITE_DONE {
                throw DatabaseError(
                    resultCode: .SQLITE_CORRUPT,
                    message: "facet chunk \(wanted) is missing; run 'newsearch index --full' to rebuild it")
            }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot read facet chunk \(wanted)")
        }
        view = FacetChunkView(
            months: Self.blob(handle, 0), sections: Self.blob(handle, 1), actorStarts: Self.blob(handle, 2),
            actorIDs: Self.blob(handle, 3), lengths: Self.blob(handle, 4))
        guard view.fits else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "facet chunk \(wanted) is damaged")
        }
        if let cache {
            let copy = FacetChunkCopy(view)
            cache.chunks.keep(copy, number: wanted, version: cache.version)
            held = copy
            view = copy.view
        }
        number = wanted
    }

    /// Column `index` of the current row, as SQLite holds it.
    private static func blob(_ handle: OpaquePointer?, _ index: Int32) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: sqlite3_column_blob(handle, index), count: Int(sqlite3_column_bytes(handle, index)))
    }
}

/// The slots of one ``FacetChunk`` where a ``FacetChunkReader`` found them: each array of the
/// row as little-endian `UInt32`s in SQLite's memory.
public struct FacetChunkView {
    @usableFromInline let months: UnsafeRawBufferPointer
    @usableFromInline let sections: UnsafeRawBufferPointer
    @usableFromInline let actorStarts: UnsafeRawBufferPointer
    @usableFromInline let actorIDs: UnsafeRawBufferPointer
    @usableFromInline let lengths: UnsafeRawBufferPointer

    /// `log2` of the articles in a chunk: the shift from an article id to its chunk number
    /// (``FacetChunk`` lays chunks out by it).
    @inlinable static var shift: Int { 12 }

    /// The slot of an article id in its chunk.
    @inlinable @inline(__always)
    static func slot(_ id: Int64) -> Int {
        Int(id) & ((1 << shift) - 1)
    }

    /// A view of no chunk.
    init() {
        let empty = UnsafeRawBufferPointer(start: nil, count: 0)
        self.init(months: empty, sections: empty, actorStarts: empty, actorIDs: empty, lengths: empty)
    }

    init(
        months: UnsafeRawBufferPointer, sections: UnsafeRawBufferPointer, actorStarts: UnsafeRawBufferPointer,
        actorIDs: UnsafeRawBufferPointer, lengths: UnsafeRawBufferPointer
    ) {
        self.months = months
        self.sections = sections
        self.actorStarts = actorStarts
        self.actorIDs = actorIDs
        self.lengths = lengths
    }

    /// Whether the arrays have the sizes a chunk's have and the actor offsets end where the
    /// actor ids do.
    var fits: Bool {
        let size = FacetChunk.size * 4
        return months.count == size && sections.count == size && lengths.count == size
            && actorStarts.count == size + 4 && Int(Self.value(actorStarts, FacetChunk.size)) * 4 == actorIDs.count
    }

    /// The little-endian `UInt32` at `index` of an array.
    @inlinable @inline(__always)
    static func value(_ array: UnsafeRawBufferPointer, _ index: Int) -> UInt32 {
        UInt32(littleEndian: array.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self))
    }

    /// The month of an article of the chunk (YYYYMM), 0 when undated.
    @inlinable @inline(__always)
    public func month(ofArticle id: Int64) -> UInt32 {
        Self.value(months, Self.slot(id))
    }

    /// The section id of an article of the chunk, 0 when it has none.
    @inlinable @inline(__always)
    public func section(ofArticle id: Int64) -> UInt32 {
        Self.value(sections, Self.slot(id))
    }

    /// The length in tokens of an article of the chunk (title, lede and body together).
    @inlinable @inline(__always)
    public func length(ofArticle id: Int64) -> UInt32 {
        Self.value(lengths, Self.slot(id))
    }

    /// The actor ids of an article of the chunk, ascending.
    @inlinable @inline(__always)
    public func actors(ofArticle id: Int64) -> ActorIDs {
        let slot = Self.slot(id)
        return ActorIDs(
            ids: actorIDs, next: Int(Self.value(actorStarts, slot)),
            end: min(Int(Self.value(actorStarts, slot + 1)), actorIDs.count / 4))
    }
}

/// The actor ids of one article of a ``FacetChunkView``: a sequence read in place, which a
/// `for` loop walks without a closure call per id.
public struct ActorIDs: Sequence, IteratorProtocol {
    @usableFromInline let ids: UnsafeRawBufferPointer
    /// The index in `ids` of the next id.
    @usableFromInline var index: Int
    @usableFromInline let end: Int

    @inlinable
    init(ids: UnsafeRawBufferPointer, next: Int, end: Int) {
        self.ids = ids
        index = next
        self.end = end
    }

    /// The next id, or nil after the last.
    @inlinable @inline(__always)
    public mutating func next() -> UInt32? {
        guard index < end else { return nil }
        defer { index += 1 }
        return FacetChunkView.value(ids, index)
    }
}
