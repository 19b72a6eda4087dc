import Foundation
import GRDB

/// Owns the index file: for an index run, a WAL `DatabasePool` (one writer, concurrent
/// readers) with the schema brought up to date; for the read-only commands, a single
/// read-only connection.
package final class IndexStore: Sendable {
    /// The index file's path.
    package let path: String
    /// What queries read through; readers never wait for the writer.
    package let reader: any DatabaseReader
    /// The writer, when the index was opened for writing.
    let pool: DatabasePool?

    private init(path: String, reader: any DatabaseReader, pool: DatabasePool?) {
        self.path = path
        self.reader = reader
        self.pool = pool
    }

    /// The connection pool of an index opened for writing.
    package var writer: DatabasePool {
        guard let pool else { preconditionFailure("\(path) was opened read-only") }
        return pool
    }

    /// Opens the index for writing, creating the file, its folder and the schema if needed.
    package static func openForWriting(at path: String) throws(IndexError) -> IndexStore {
        try IndexLocation.createFolder(for: path)
        if !FileManager.default.fileExists(atPath: path) { try create(path) }
        let store = try open(path)
        try store.checked {
            try store.writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -\(writerCacheKiB)")
            }
            let migrator = IndexSchema.migrator
            let superseded = try store.writer.read { db in try migrator.hasBeenSuperseded(db) }
            if superseded { throw IndexError.tooNew(path: path) }
            try migrator.migrate(store.writer)
        }
        return store
    }

    /// The writer's page cache, in KiB: the random inserts into the actor tables and the B-tree
    /// indexes miss SQLite's 2 MiB default all the time (Reuters-21578: 4.9 s → 3.6 s).
    static let writerCacheKiB = 32768

    /// How much of the index a reader maps into memory: pages are then read in place instead of
    /// copied through `pread` into SQLite's cache (a tenth of a query's time at 100,000
    /// articles). Address space only; the operating system's page cache backs it.
    static let readerMapBytes = 1 << 40

    /// A reader's page cache, in KiB, for the pages that mapping cannot serve (WAL frames).
    static let readerCacheKiB = 16384

    /// The page size of a new index: large enough that a compressed article body rarely spills
    /// into a half-empty overflow page (with SQLite's 4 KiB default, a quarter of the stored
    /// text was slack).
    static let pageSize = 16384

    /// Creates an empty index file with its page size, incremental auto-vacuum (so that a run can
    /// give free pages back: ``FreePages``) and write-ahead log mode, which only a new file can
    /// take, in that order (auto-vacuum set first would fix the page size at SQLite's default);
    /// the migrator then creates the tables.
    private static func create(_ path: String) throws(IndexError) {
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: """
                    PRAGMA page_size = \(pageSize); PRAGMA auto_vacuum = INCREMENTAL; PRAGMA journal_mode = WAL
                    """)
            }
        } catch {
            throw .cannotOpen(path: path, reason: (error as? DatabaseError).map(reason) ?? "\(error)")
        }
    }

    /// Opens an existing index for queries.
    ///
    /// - Throws: ``IndexError/missing(path:)`` when there is no index yet.
    package static func openForReading(at path: String) throws(IndexError) -> IndexStore {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        let store = try open(path, readonly: true)
        try store.checked {
            try store.reader.read { db in
                let migrator = IndexSchema.migrator
                if try migrator.hasBeenSuperseded(db) { throw IndexError.tooNew(path: path) }
                guard try migrator.hasCompletedMigrations(db) else {
                    let applied = try migrator.appliedMigrations(db)
                    throw applied.isEmpty ? IndexError.notAnIndex(path: path) : IndexError.outdated(path: path)
                }
            }
        }
        return store
    }

    /// A read-only connection never writes to the index, not even to set up the write-ahead
    /// log, so a query costs no disk writes and never waits for an index run. It is one
    /// connection, not a pool: a pool opens a writer connection too, and that second schema
    /// read and its thread made a one-shot `newsearch query` for a rare word take 16.2 ms
    /// instead of 12.9 ms (medians of 100 alternating runs at 100,000 articles).
    private static func open(_ path: String, readonly: Bool = false) throws(IndexError) -> IndexStore {
        var configuration = Configuration()
        configuration.readonly = readonly
        // The writer deletes every dependent row itself (article_actors, article_text, articles,
        // then files), so SQLite's foreign-key checks would only add lookups to each insert
        // and delete; the tests' index check runs `PRAGMA foreign_key_check` after every
        // scenario to prove nothing is left dangling.
        configuration.foreignKeysEnabled = false
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            StoredText.register(db)
            FTS5RowVisit.register(db)
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if readonly {
                try db.execute(sql: "PRAGMA mmap_size = \(readerMapBytes); PRAGMA cache_size = -\(readerCacheKiB)")
            }
        }
        do {
            if readonly {
                return IndexStore(path: path, reader: try DatabaseQueue(path: path, configuration: configuration), pool: nil)
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            return IndexStore(path: path, reader: pool, pool: pool)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notAnIndex(path: path)
        } catch let error as DatabaseError {
            throw .cannotOpen(path: path, reason: Self.reason(error))
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Runs `body`, turning database errors into ``IndexError`` without SQL in the message.
    package func checked<T>(_ body: () throws -> T) throws(IndexError) -> T {
        do {
            return try body()
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB
            || error.resultCode == .SQLITE_CORRUPT
        {
            throw .notAnIndex(path: path)
        } catch let error as DatabaseError {
            throw .storage(path: path, reason: Self.reason(error))
        } catch {
            throw .storage(path: path, reason: "\(error)")
        }
    }

    /// The SQLite result in words, e.g. "disk is full"; never the SQL.
    package static func reason(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_FULL: return "disk is full"
        case .SQLITE_READONLY: return "the index is read-only"
        case .SQLITE_PERM, .SQLITE_AUTH: return "permission denied"
        case .SQLITE_CANTOPEN: return "cannot open the file"
        case .SQLITE_IOERR: return "input/output error"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "the index is busy"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return "the index is damaged"
        default: return "database error \(error.resultCode.rawValue)"
        }
    }

    /// The size of the index on disk: the database file plus its write-ahead log.
    package var sizeInBytes: Int64 {
        [path, path + "-wal"].reduce(0) { total, file in
            let attributes = try? FileManager.default.attributesOfItem(atPath: file)
            return total + ((attributes?[.size] as? NSNumber)?.int64Value ?? 0)
        }
    }
}
