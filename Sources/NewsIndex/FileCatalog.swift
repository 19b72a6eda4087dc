import GRDB

/// What the index already knows about one source file.
struct KnownFile: Sendable {
    /// The `files` row id.
    var id: Int64
    /// Size in bytes when last indexed.
    var size: Int64
    /// Modification time (ns since 1970) when last indexed.
    var modified: Int64
    /// Content hash when last indexed (``StableHash``).
    var hash: UInt64
}

/// The files the index holds, by the ``key(of:)`` of their absolute path: the baseline for
/// change detection. Only integers are read, so a no-op run over a large archive stays cheap.
enum FileCatalog {
    /// The key of a path: its ``StableHash`` (a collision between two paths of one archive is
    /// a one-in-2⁶⁴ event; the `UNIQUE` path column would refuse it rather than mix them up).
    static func key(of path: String) -> UInt64 {
        StableHash.hash(path)
    }

    /// Loads every known file (a few dozen bytes each, never their text).
    static func load(_ db: Database) throws -> [UInt64: KnownFile] {
        var known: [UInt64: KnownFile] = [:]
        known.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, size, mtime, hash, path_key FROM files")
        while let row = try rows.next() {
            let hash: Int64 = row[3]
            let key: Int64 = row[4]
            known[UInt64(bitPattern: key)] = KnownFile(
                id: row[0], size: row[1], modified: row[2], hash: UInt64(bitPattern: hash))
        }
        return known
    }

    /// The paths of some files, by id.
    static func paths(of files: [KnownFile], _ db: Database) throws -> [(path: String, file: KnownFile)] {
        let statement = try db.cachedStatement(sql: "SELECT path FROM files WHERE id = ?")
        return try files.compactMap { file in
            try String.fetchOne(statement, arguments: [file.id]).map { ($0, file) }
        }
    }
}
