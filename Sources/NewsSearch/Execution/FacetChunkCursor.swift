import GRDB
import NewsIndex

/// The ``FacetChunk`` of the article being looked at, reloaded only when an article falls in
/// another chunk (matches come in id order, so each chunk is read once).
struct FacetChunkCursor {
    private let db: Database
    private var number: Int64 = -1
    /// The current article's chunk (empty until ``move(toArticle:)``).
    private(set) var chunk = FacetChunk()

    /// A cursor reading on `db`.
    init(_ db: Database) {
        self.db = db
    }

    /// Makes ``chunk`` the chunk of article `id`.
    ///
    /// - Throws: a `SQLITE_CORRUPT` error when the index has no chunk for an article it holds.
    @inline(__always)
    mutating func move(toArticle id: Int64) throws {
        let wanted = id >> FacetChunk.shift
        guard wanted != number else { return }
        guard let found = try FacetChunk.fetch(db, number: wanted) else {
            throw DatabaseError(
                resultCode: .SQLITE_CORRUPT,
                message: "facet chunk \(wanted) is missing; run 'newsearch index --full' to rebuild it")
        }
        chunk = found
        number = wanted
    }
}
