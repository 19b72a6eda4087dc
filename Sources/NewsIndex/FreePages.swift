import GRDB

/// Gives an index's free pages back to the file system at the end of a run that wrote.
///
/// SQLite keeps the pages a run frees (a changed file's old text, the segments an FTS5 merge
/// has read) inside the file for later writes. After a bulk run they are many: its final merge
/// writes the whole full-text index anew before it frees the segments it read. An index created
/// with incremental auto-vacuum (``IndexStore``, since 2026-11-27) moves the pages at the end of
/// its file into the free ones and truncates it; an older index keeps its free pages, as before.
enum FreePages {
    /// Releases every free page of the file; nothing happens without auto-vacuum.
    static func release(_ db: Database) throws {
        try db.execute(sql: "PRAGMA incremental_vacuum")
    }
}
