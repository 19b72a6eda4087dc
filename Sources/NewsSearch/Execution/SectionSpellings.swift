import GRDB

/// Sections compared as a person would: `économie`, `Économie` and `ECONOMIE` are one section.
///
/// SQLite's `NOCASE` folds ASCII letters only, so the stored spellings of a section are looked
/// up once per search and matched with ``QueryTokenizer/folded(_:)`` (case and accents).
enum SectionSpellings {
    /// Every stored spelling of the requested sections, or the requests as typed when none
    /// is stored (the filter then matches nothing, as it should).
    static func resolve(_ requested: [String], in db: Database) throws -> [String] {
        guard !requested.isEmpty else { return [] }
        let wanted = Set(requested.map(QueryTokenizer.folded))
        let stored = try String.fetchAll(db, sql: "SELECT DISTINCT section FROM articles WHERE section IS NOT NULL")
        let matching = stored.filter { wanted.contains(QueryTokenizer.folded($0)) }
        return matching.isEmpty ? requested : matching
    }
}
