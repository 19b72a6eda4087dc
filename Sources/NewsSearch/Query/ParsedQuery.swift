/// What a user typed, understood: the text to match, the filters, and what was repaired.
///
/// Built by ``QueryParser/parse(_:)``; turned into SQL-ready parts by
/// ``QueryCompiler/compile(_:actors:prefixes:exact:)``.
package struct ParsedQuery: Equatable, Sendable {
    /// The query as typed.
    package var text: String
    /// The text condition, or nil when the query has none (only filters, or nothing).
    package var root: QueryNode?
    /// The `actor:`, `section:` and `date:` filters.
    package var filters: QueryFilters
    /// What the parser repaired, in order of position.
    package var issues: [QueryIssue]

    /// Creates a parsed query from its parts.
    package init(text: String, root: QueryNode?, filters: QueryFilters = QueryFilters(), issues: [QueryIssue] = []) {
        self.text = text
        self.root = root
        self.filters = filters
        self.issues = issues
    }
}
