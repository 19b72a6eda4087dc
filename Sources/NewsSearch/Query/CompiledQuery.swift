/// A query ready for SQL: MATCH expressions to bind, filters, and what to tell the user.
///
/// The Searcher keeps the articles that match ``positive`` (all articles when nil), removes
/// those that match ``excluded`` (`id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts
/// MATCH ?)`), and applies ``filters``. `excluded` is only set when the query has no positive
/// part (`-NATO`, `NOT a NOT b`); otherwise exclusions are inside `positive` as FTS5 `NOT`.
package struct CompiledQuery: Equatable, Sendable {
    /// What articles must match, or nil for no text condition.
    package var positive: MatchExpression?
    /// What articles must not match when there is no positive part, or nil.
    package var excluded: MatchExpression?
    /// The `actor:`, `section:` and `date:` filters, as parsed.
    package var filters: QueryFilters
    /// The actors of `filters.actors`, each by its canonical name when the vocabulary knows it,
    /// else as typed.
    package var actors: [String]
    /// Terms widened to actors' other spellings.
    package var expansions: [TermExpansion]
    /// The parser's repairs.
    package var issues: [QueryIssue]

    /// Creates a compiled query from its parts.
    package init(
        positive: MatchExpression? = nil, excluded: MatchExpression? = nil,
        filters: QueryFilters = QueryFilters(), actors: [String] = [],
        expansions: [TermExpansion] = [], issues: [QueryIssue] = []
    ) {
        self.positive = positive
        self.excluded = excluded
        self.filters = filters
        self.actors = actors
        self.expansions = expansions
        self.issues = issues
    }

    /// True when there is nothing to match and no filter: the query asks for nothing.
    package var isEmpty: Bool { positive == nil && excluded == nil && filters.isEmpty }
}
