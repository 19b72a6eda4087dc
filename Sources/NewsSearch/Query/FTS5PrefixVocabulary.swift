import GRDB

/// A ``PrefixVocabulary`` that reads the index: porter-stems the prefix plus common English
/// endings and keeps the stems that `articles_vocab` holds.
///
/// `negotiat` + `ions` / `ing` / `e` → stem `negoti`, indexed, and not covered by `negotiat*`:
/// `stems(forPrefix: "negotiat")` is `["negoti"]`. One indexed query per prefix.
/// Use it inside a database access (`try dbQueue.read { db in … FTS5PrefixVocabulary(db: db) … }`).
package struct FTS5PrefixVocabulary: PrefixVocabulary {
    /// Endings tried after the prefix; enough to reach the porter stem of most English words.
    package static let suffixes = [
        "", "e", "s", "es", "ed", "ing", "ings", "ion", "ions", "ation", "ations", "ational",
        "ate", "ates", "ated", "ating", "ator", "ators", "ative", "er", "ers", "est", "ly", "ally",
        "ment", "ments", "ement", "ness", "ity", "ities", "ies", "ied", "y", "al", "ive", "ize",
        "ise", "ized", "ised", "izing", "ising", "ization", "isation", "ance", "ence", "ant", "ent",
        "able", "ible", "ism", "ist", "ists", "ful", "ous", "ic", "ical", "iveness", "fulness",
    ]
    /// At most this many stems are added to one prefix.
    package static let limit = 20
    /// Prefixes shorter than this are not expanded (porter leaves short words alone).
    package static let minimumLength = 3

    /// The open database holding the index.
    private let db: Database
    /// The `fts5vocab` table (`row` kind) of the full-text table.
    private let vocabularyTable: String

    /// A vocabulary over `db`'s `articles_vocab` (or another `fts5vocab` row table).
    package init(db: Database, vocabularyTable: String = "articles_vocab") {
        self.db = db
        self.vocabularyTable = vocabularyTable
    }

    /// Indexed stems of `prefix` + an ending that `prefix*` would miss; empty on any error.
    package func stems(forPrefix prefix: String) -> [String] {
        let base = FTS5TokenizerDescriptor.unicode61(diacritics: .remove)
        guard prefix.unicodeScalars.count >= Self.minimumLength,
            let folder = try? db.makeTokenizer(base),
            let stemmer = try? db.makeTokenizer(.porter(wrapping: base)),
            let folded = try? folder.tokenize(query: prefix).last?.token
        else { return [] }
        let candidates = Set(Self.suffixes.compactMap { try? stemmer.tokenize(query: prefix + $0).last?.token })
        let missed = candidates.filter { !$0.hasPrefix(folded) }.sorted()
        guard !missed.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: missed.count).joined(separator: ",")
        let table = vocabularyTable.quotedDatabaseIdentifier
        let sql = "SELECT term FROM \(table) WHERE term IN (\(marks)) ORDER BY term"
        let found = (try? String.fetchAll(db, sql: sql, arguments: StatementArguments(missed))) ?? []
        return Array(found.prefix(Self.limit))
    }
}
