import GRDB

/// The SQL `WHERE` conditions for a request's filters, on the `articles` table aliased `a`,
/// with every value bound, never spliced.
struct FilterClause {
    /// The full-text expression articles must match, if any.
    let match: String?
    /// The other conditions (exclusions, dates, sections, actors), to AND together.
    private(set) var others: [String] = []
    /// Their bound values, in order.
    private(set) var otherArguments = StatementArguments()

    /// All conditions, the match first.
    var conditions: [String] {
        (match == nil ? [] : ["a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"]) + others
    }

    /// The bound values of ``conditions``, in order.
    var arguments: StatementArguments {
        (match.map { StatementArguments([$0]) } ?? StatementArguments()) + otherArguments
    }

    /// Whether anything besides the full-text match narrows the articles.
    var restrictsMatch: Bool { !others.isEmpty }

    /// The conditions as one `WHERE` clause on `articles_fts` itself, for a request with a
    /// match: the match, then the other filters as a restriction on rowids. Its bound values
    /// are ``arguments``, in the same order.
    var fullTextCondition: String {
        "articles_fts MATCH ?"
            + (others.isEmpty ? "" : " AND +rowid IN (SELECT a.id FROM articles a WHERE \(others.joined(separator: " AND ")))")
    }

    /// The clause for `request`'s match and filters.
    init(_ request: SearchRequest) {
        match = request.match
        if let excluded = request.excluded {
            add("a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", excluded)
        }
        if let from = request.from { add("a.date >= ?", from) }
        if let to = request.to { add("a.date <= ?", to) }
        if !request.sections.isEmpty {
            let marks = Array(repeating: "?", count: request.sections.count).joined(separator: ", ")
            others.append("a.section COLLATE NOCASE IN (\(marks))")
            for section in request.sections { otherArguments += [section] }
        }
        for actor in request.actors {
            add("""
                a.id IN (SELECT article_id FROM article_actors
                         WHERE actor_id IN (SELECT id FROM actors WHERE name = ? COLLATE NOCASE))
                """, actor)
        }
    }

    private mutating func add(_ condition: String, _ value: some DatabaseValueConvertible) {
        others.append(condition)
        otherArguments += [value]
    }

    /// `WHERE …`, or an empty string when there is no condition.
    var sql: String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }
}
