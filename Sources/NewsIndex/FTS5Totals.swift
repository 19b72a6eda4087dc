import Foundation
import GRDB

/// The full-text table's row and token counts, which bm25 needs, read from FTS5's averages
/// record (`articles_fts_data` row 1: varints, the rows, then each column's tokens) as
/// `xRowCount` and `xColumnTotalSize` read them: for a ranking that walks the segments
/// without stepping FTS5's statement.
package struct FTS5Totals {
    /// How many rows the table has.
    package let rows: Int64
    /// How many tokens the table has, all rows and columns together.
    package let tokens: Int64

    /// The totals of `db`'s table, or nil when the table has no row or the record does not parse.
    package init?(_ db: Database) throws {
        guard let record = try Data.fetchOne(db.cachedStatement(sql: "SELECT block FROM articles_fts_data WHERE id = 1"))
        else { return nil }
        let totals = record.withUnsafeBytes { bytes -> (Int64, Int64)? in
            var offset = 0
            guard let rows = Varint.read(bytes, &offset) else { return nil }
            var tokens: Int64 = 0
            while offset < bytes.count {
                guard let column = Varint.read(bytes, &offset) else { return nil }
                tokens += column
            }
            return (rows, tokens)
        }
        guard let (rows, tokens) = totals, rows > 0 else { return nil }
        self.rows = rows
        self.tokens = tokens
    }
}
