/// A search as the user asked for it: query text plus the command-line filters.
package struct SearchOptions: Sendable, Equatable {
    /// The query text (may be empty when filters are given).
    package var text = ""
    /// `--from`: YYYY, YYYY-MM or YYYY-MM-DD, inclusive.
    package var from: String?
    /// `--to`: YYYY, YYYY-MM or YYYY-MM-DD, inclusive.
    package var to: String?
    /// `--actor`, repeatable: all of them (AND), any alias.
    package var actors: [String] = []
    /// `--section`, repeatable: any of them.
    package var sections: [String] = []
    /// `--sort`.
    package var sort: SearchRequest.Sort = .relevance
    /// `--limit`.
    package var limit = 10
    /// `--offset`.
    package var offset = 0
    /// `--no-facets` turns this off.
    package var facets = true
    /// `--exact`: no alias expansion.
    package var exact = false

    /// Creates default options.
    package init() {}
}

/// A finished search: what was compiled (expansions, repairs) and what was found.
package struct SearchOutcome: Sendable {
    /// The compiled query, for reporting expansions and issues.
    package var compiled: CompiledQuery
    /// The results.
    package var results: SearchResults
    /// Wall time from parsing to the last facet, in milliseconds.
    package var milliseconds: Double
}
