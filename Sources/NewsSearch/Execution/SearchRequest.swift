/// Everything the searcher needs for one query, already compiled and safe: FTS5 expressions
/// built only from quoted tokens, and filters as bound values.
package struct SearchRequest: Sendable, Equatable {
    /// The order of the hits.
    package enum Sort: String, Sendable, CaseIterable {
        /// Best bm25 first (title, lede and body weighted).
        case relevance
        /// Latest publication date first; undated last.
        case newest
        /// Earliest publication date first; undated last.
        case oldest
    }

    /// Articles must match this FTS5 expression; nil means every article.
    package var match: String?
    /// Whether a row matches ``match`` exactly when it contains one of its phrases (a phrase,
    /// or an `OR` of phrases): the ranking may then walk each phrase's rows.
    package var matchIsAnyOfPhrases = false
    /// Each phrase of ``match`` in FTS5's numbering: its text when it is one quoted string
    /// searched in every column, else nil (``MatchExpression/phraseTexts``).
    package var matchPhrases: [String?] = []
    /// ``match`` as an `AND` of `OR`s of phrases (``MatchExpression/phraseGroups``), when it
    /// is one: the ranking may then walk each phrase's rows from the index's segments.
    package var matchPhraseGroups: [[MatchPhrase]]?
    /// Articles matching this FTS5 expression are removed (a query of exclusions only).
    package var excluded: String?
    /// Earliest publication date, YYYYMMDD, inclusive.
    package var from: Int?
    /// Latest publication date, YYYYMMDD, inclusive.
    package var to: Int?
    /// Sections (any of them, case-insensitive).
    package var sections: [String] = []
    /// Canonical actor names (all of them).
    package var actors: [String] = []
    /// The order of hits.
    package var sort: Sort = .relevance
    /// The page size.
    package var limit = 10
    /// Hits to skip.
    package var offset = 0
    /// Whether to count facets over all matches.
    package var facets = true

    /// Creates a request.
    package init(match: String? = nil, excluded: String? = nil) {
        self.match = match
        self.excluded = excluded
    }
}
