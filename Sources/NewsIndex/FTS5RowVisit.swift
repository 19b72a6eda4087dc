import GRDB
import GRDBSQLite

/// One row matching a full-text query, as FTS5 shows it to an auxiliary function: its rowid,
/// the instances of the query's phrases in it, and the table's statistics.
///
/// Only valid inside ``FTS5RowVisitor/visit(_:)``.
package struct FTS5Row {
    private let api: UnsafePointer<Fts5ExtensionApi>
    private let context: OpaquePointer

    fileprivate init(api: UnsafePointer<Fts5ExtensionApi>, context: OpaquePointer) {
        self.api = api
        self.context = context
    }

    /// The row's rowid (`articles.id`).
    package var rowid: Int64 { api.pointee.xRowid(context) }

    /// How many phrases the query has (`"a" OR "b" + "c"` has two).
    package var phraseCount: Int { Int(api.pointee.xPhraseCount(context)) }

    /// How many instances of the query's phrases the row has, as FTS5's own bm25 counts them
    /// (`xInstCount`: only instances that satisfy the query's column filters and NEAR groups).
    @inline(__always)
    package func instanceCount() throws -> Int {
        var count: Int32 = 0
        try Self.check(api.pointee.xInstCount(context, &count))
        return Int(count)
    }

    /// The phrase, column and token offset of instance `index` (below ``instanceCount()``).
    @inline(__always)
    package func instance(_ index: Int) throws -> (phrase: Int, column: Int, offset: Int) {
        var phrase: Int32 = 0
        var column: Int32 = 0
        var offset: Int32 = 0
        try Self.check(api.pointee.xInst(context, Int32(index), &phrase, &column, &offset))
        return (Int(phrase), Int(column), Int(offset))
    }

    /// The instances of phrase `phrase` in this row, each counted with the weight of its column
    /// (`weights`, then 1 for further columns), summed in position order: bm25's `f`.
    ///
    /// `xPhraseFirst` finds the phrase's position list (column filters and NEAR groups
    /// applied, as for `xInst`) and decodes its first instance; the rest is counted here, as
    /// `xPhraseNext` would decode it (``PositionList``), without a call into SQLite per
    /// instance: that call was half the cost of ranking a word found in most articles.
    @inline(__always)
    package func weightedInstances(ofPhrase phrase: Int, weights: (Double, Double, Double)) throws -> Double {
        var iterator = Fts5PhraseIter()
        var column: Int32 = 0
        var offset: Int32 = 0
        try Self.check(api.pointee.xPhraseFirst(context, Int32(phrase), &iterator, &column, &offset))
        guard column >= 0 else { return 0 }
        var total = PositionList.weight(ofColumn: column, weights)
        guard let start = iterator.a, let end = iterator.b, start < end else { return total }
        // Weights are whole numbers (`IndexSchema.columnWeights`), so adding `count × weight`
        // gives the bits that adding the weight once per instance, as FTS5's bm25 does, gives.
        PositionList.forEachRun(start, end, from: column) { column, count in
            total += Double(count) * PositionList.weight(ofColumn: column, weights)
        }
        return total
    }

    /// How many tokens phrase `phrase` has.
    package func tokens(inPhrase phrase: Int) -> Int {
        Int(api.pointee.xPhraseSize(context, Int32(phrase)))
    }

    /// How many rows the table has.
    package func tableRows() throws -> Int64 {
        var rows: Int64 = 0
        try Self.check(api.pointee.xRowCount(context, &rows))
        return rows
    }

    /// How many tokens the table has, all rows and columns together.
    package func tableTokens() throws -> Int64 {
        var tokens: Int64 = 0
        try Self.check(api.pointee.xColumnTotalSize(context, -1, &tokens))
        return tokens
    }

    /// How many rows of the whole table contain phrase `phrase` (whatever else the query asks).
    package func rowsMatching(phrase: Int) throws -> Int64 {
        var rows: Int64 = 0
        try withUnsafeMutablePointer(to: &rows) { pointer in
            try Self.check(api.pointee.xQueryPhrase(context, Int32(phrase), pointer) { _, _, counter in
                counter?.assumingMemoryBound(to: Int64.self).pointee += 1
                return SQLITE_OK
            })
        }
        return rows
    }

    /// Calls `body` with every row of the whole table that contains phrase `phrase`, in rowid
    /// order, each seen as the match of a query for that phrase alone (phrase 0 of the row
    /// `body` gets; the phrase's column filter still applies).
    ///
    /// FTS5 walks the phrase's doclist and calls back per row (`xQueryPhrase`): far less per
    /// row than a statement stepping through its matches and calling an auxiliary function.
    package func forEachRow(containingPhrase phrase: Int, _ body: (FTS5Row) throws -> Void) throws {
        try withoutActuallyEscaping(body) { body in
            let walk = PhraseWalk(body: body)
            let code = withExtendedLifetime(walk) {
                api.pointee.xQueryPhrase(context, Int32(phrase), Unmanaged.passUnretained(walk).toOpaque()) { api, context, walk in
                    guard let api, let context, let walk else { return SQLITE_ERROR }
                    // The walk outlives the call (see above): no retain per row, and its `let`
                    // closure is called without one either.
                    return Unmanaged<PhraseWalk>.fromOpaque(walk)._withUnsafeGuaranteedRef { walk in
                        do {
                            try walk.body(FTS5Row(api: api, context: context))
                            return SQLITE_OK
                        } catch {
                            walk.error = error
                            return SQLITE_ABORT
                        }
                    }
                }
            }
            if let error = walk.error { throw error }
            try Self.check(code)
        }
    }

    @inline(__always)
    private static func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }
}

/// The callback of ``FTS5Row/forEachRow(containingPhrase:_:)`` and the error it threw.
private final class PhraseWalk {
    let body: (FTS5Row) throws -> Void
    var error: (any Error)?

    init(body: @escaping (FTS5Row) throws -> Void) {
        self.body = body
    }
}

/// Sees every row that matches a full-text query, in rowid order; see ``FTS5RowVisit``.
package protocol FTS5RowVisitor: AnyObject {
    /// Called once per matching row; throwing ``FTS5VisitEnd`` ends the run early, without
    /// an error.
    func visit(_ row: FTS5Row) throws
}

/// What a visitor throws when it has seen all it needs: ``FTS5RowVisit/run(_:visitor:condition:arguments:)``
/// then returns normally.
package struct FTS5VisitEnd: Error {
    /// The signal.
    package init() {}
}

/// Runs a full-text query and hands each matching row to Swift code in one statement, through
/// an FTS5 auxiliary function (`newsearch_visit`) that returns false: the caller can score and
/// count every match without a result row, a sort or a second lookup per match.
///
/// ```swift
/// try FTS5RowVisit.run(db, visitor: scorer, condition: "articles_fts MATCH ?", arguments: ["nato"])
/// ```
package enum FTS5RowVisit {
    /// The auxiliary function's SQL name.
    static let function = "newsearch_visit"
    /// The pointer type the visitor is bound as (SQLite checks it, so no other pointer passes).
    private static let pointerType: StaticString = "newsearch_visitor"

    /// Registers the auxiliary function on a connection (done for every index connection).
    static func register(_ db: Database) {
        let api = FTS5.api(db)
        _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), function, nil, { api, context, result, count, values in
            guard let api, let context, count == 1, let value = values?[0],
                let pointer = sqlite3_value_pointer(value, FTS5RowVisit.pointerTypeName)
            else { return }
            // The statement holds the box for the whole run (see `run`): no retain per row.
            Unmanaged<VisitorBox>.fromOpaque(pointer)._withUnsafeGuaranteedRef { box in
                do {
                    try box.visitor.visit(FTS5Row(api: api, context: context))
                } catch {
                    box.error = error
                    sqlite3_result_error(result, "visit failed", -1)
                }
            }
        }, nil)
    }

    /// The C string of ``pointerType``.
    fileprivate static var pointerTypeName: UnsafePointer<CChar> {
        UnsafeRawPointer(pointerType.utf8Start).assumingMemoryBound(to: CChar.self)
    }

    /// Calls `visitor` for every row of `articles_fts` that satisfies `condition` (a `WHERE`
    /// clause with a `MATCH`), with the condition's `arguments` bound.
    package static func run(
        _ db: Database, visitor: any FTS5RowVisitor, condition: String, arguments: StatementArguments
    ) throws {
        // In the WHERE clause, last, and false: it runs for each row that passes the other
        // conditions, and the statement returns no row at all. (SQLite does not let an
        // auxiliary function be the argument of an aggregate such as count().)
        let statement = try db.cachedStatement(
            sql: "SELECT rowid FROM articles_fts WHERE \(condition) AND \(function)(articles_fts, ?)")
        try statement.setArguments(arguments + [DatabaseValue.null])
        let box = VisitorBox(visitor)
        let code = withExtendedLifetime(box) {
            let pointerIndex = sqlite3_bind_parameter_count(statement.sqliteStatement)
            sqlite3_bind_pointer(
                statement.sqliteStatement, pointerIndex, Unmanaged.passUnretained(box).toOpaque(), pointerTypeName, nil)
            defer { sqlite3_reset(statement.sqliteStatement) }
            return sqlite3_step(statement.sqliteStatement)
        }
        if let error = box.error {
            if error is FTS5VisitEnd { return }
            throw error
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}

/// The visitor, and the error it threw, behind the pointer the statement carries.
private final class VisitorBox {
    let visitor: any FTS5RowVisitor
    var error: (any Error)?

    init(_ visitor: any FTS5RowVisitor) {
        self.visitor = visitor
    }
}
