import Foundation
import GRDB
import GRDBSQLite

/// Values bound to one run of a prepared statement through SQLite's C API.
///
/// The writer inserts several rows per article (the article, its text, its full-text entry, one
/// per actor tag). Through GRDB's `execute(arguments:)` each row first became a
/// `StatementArguments` array of `DatabaseValue`s, checked and then bound: about an eighth of
/// the writer's instructions on short articles (Reuters-21578), as much as some of the inserts.
struct RowValues {
    fileprivate let handle: OpaquePointer

    /// Binds an integer to parameter `index` (1-based).
    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    /// Binds an integer, or NULL.
    func bind(_ index: Int32, _ value: Int?) {
        if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
    }

    /// Binds text (SQLite copies it), or NULL.
    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { bytes in
            // A zero-length text must still be text, not NULL: bind from a valid pointer.
            let start = bytes.baseAddress.map { UnsafeRawPointer($0) } ?? Self.empty
            sqlite3_bind_text(
                handle, index, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
        }
    }

    /// Binds a blob (SQLite copies it).
    func bind(_ index: Int32, _ value: Data) {
        value.withUnsafeBytes { bytes in
            let start = bytes.baseAddress ?? Self.empty
            sqlite3_bind_blob(handle, index, start, Int32(bytes.count), Self.transient)
        }
    }

    /// A valid address for a value of no bytes.
    private static var empty: UnsafeRawPointer { UnsafeRawPointer(("" as StaticString).utf8Start) }

    /// `SQLITE_TRANSIENT`: SQLite copies the value before the call returns.
    private static let transient = unsafeBitCast(
        OpaquePointer(bitPattern: -1), to: (@convention(c) (UnsafeMutableRawPointer?) -> Void).self)
}

extension Statement {
    /// Runs a statement that returns no row once, with values bound by `bind`; the values are
    /// cleared after (a parameter `bind` leaves out is NULL, which the tables' `NOT NULL` catch).
    ///
    /// - Throws: `DatabaseError` with SQLite's code and message when the statement fails.
    func executeRow(_ bind: (RowValues) -> Void) throws {
        let handle = sqliteStatement
        bind(RowValues(handle: handle))
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }
}
