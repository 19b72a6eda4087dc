import GRDB

/// The SQL `WHERE` conditions for a request's filters, on the `articles` table aliased `a`,
/// with every value bound, never spliced.
struct FilterClause {
    /// Conditions to AND together.
    var conditions: [String] = []
    /// Their bound values, in order.
    var arguments = StatementArguments()

    /// The clause for `request`'s match and filters.
    init(_ request: SearchRequest) {
        if let match = request.match {
            add("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", match)
        }
        if let excluded = request.excluded {
            add("a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", excluded)
        }
        if let from = request.from { add("a.date >= ?", from) }
        if let to = request.to { add("a.date <= ?", to) }
        if !request.sections.isEmpty {
            let marks = Array(repeating: "?", count: request.sections.count).joined(separator: ", ")
            conditions.append("a.section COLLATE NOCASE IN (\(marks))")
            for section in request.sections { arguments += [section] }
        }
        for actor in request.actors {
            add("""
                a.id IN (SELECT article_id FROM article_actors
                         WHERE actor_id IN (SELECT id FROM actors WHERE name = ? COLLATE NOCASE))
                """, actor)
        }
    }

    private mutating func add(_ condition: String, _ value: some DatabaseValueConvertible) {
        conditions.append(condition)
        arguments += [value]
    }

    /// `WHERE …`, or an empty string when there is no condition.
    var sql: String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }
}
