import GRDB

/// What the index already knows about one source file.
struct KnownFile: Sendable {
    /// The `files` row id.
    var id: Int64
    /// Size in bytes when last indexed.
    var size: Int64
    /// Modification time (ns since 1970) when last indexed.
    var modified: Int64
    /// Content hash when last indexed, 16 hex digits.
    var hash: String
}

/// The files the index holds, by absolute path: the baseline for change detection.
enum FileCatalog {
    /// Loads every known file (a few dozen bytes each, never their text).
    static func load(_ db: Database) throws -> [String: KnownFile] {
        var known: [String: KnownFile] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, mtime, hash FROM files")
        while let row = try rows.next() {
            known[row[1]] = KnownFile(id: row[0], size: row[2], modified: row[3], hash: row[4])
        }
        return known
    }
}
