import GRDB
import NewsIndex

/// The query side end to end: text → ``ParsedQuery`` → ``CompiledQuery`` → ``SearchRequest``
/// → ``SearchResults``, all in one read transaction (one consistent snapshot).
package struct SearchService: Sendable {
    /// The index to read.
    package let store: IndexStore
    /// The alias table, for `actor:` resolution and query expansion.
    package let actors: (any ActorVocabulary)?
    /// Facet chunks kept between searches (``FacetChunkCache``), for a service that answers
    /// many; nil for one search (the CLI), which would only pay for the copies.
    package let chunkCache: FacetChunkCache?

    /// Creates a service; `keepsFacetChunks` for one that answers many searches.
    package init(store: IndexStore, actors: (any ActorVocabulary)?, keepsFacetChunks: Bool = false) {
        self.store = store
        self.actors = actors
        chunkCache = keepsFacetChunks ? FacetChunkCache() : nil
    }

    /// Runs a search.
    ///
    /// - Throws: ``QueryError`` for a query or date that cannot be understood (exit 2),
    ///   ``SearchError`` when the index cannot be read (exit 1).
    package func search(_ options: SearchOptions) throws -> SearchOutcome {
        let clock = ContinuousClock.now
        let parsed = try QueryParser.parse(options.text)
        var dates = parsed.filters.dates ?? DateRange(lower: nil, upper: nil)
        if let from = options.from { dates = dates.intersection(DateRange(lower: try Self.range(from, "--from").lower, upper: nil)) }
        if let to = options.to { dates = dates.intersection(DateRange(lower: nil, upper: try Self.range(to, "--to").upper)) }
        if let from = options.from, let to = options.to, dates.isEmpty {
            throw QueryError.reversedRange(from: from, to: to)
        }
        return try SearchError.wrapping {
            try store.reader.read { db in
                let compiled = QueryCompiler.compile(
                    parsed, actors: actors, prefixes: FTS5PrefixVocabulary(db: db), exact: options.exact)
                var request = SearchRequest(match: compiled.positive?.rawValue, excluded: compiled.excluded?.rawValue)
                request.from = dates.lower
                request.to = dates.upper
                request.sections = try SectionSpellings.resolve(compiled.filters.sections + options.sections, in: db)
                request.actors = compiled.actors + options.actors.map { actors?.canonicalName(for: $0) ?? $0 }
                request.sort = options.sort
                request.limit = options.limit
                request.offset = options.offset
                request.facets = options.facets
                request.matchIsAnyOfPhrases = compiled.positive?.isAnyOfPhrases ?? false
                request.matchPhrases = compiled.positive?.phraseTexts ?? []
                request.matchPhraseGroups = compiled.positive?.phraseGroups
                let results = try Searcher(chunkCache: chunkCache).search(request, in: db)
                return SearchOutcome(
                    compiled: compiled, results: results, milliseconds: (ContinuousClock.now - clock).milliseconds)
            }
        }
    }

    private static func range(_ value: String, _ option: String) throws(QueryError) -> DateRange {
        guard !value.contains(".."), let range = try? QueryDateParser.range(value) else {
            throw .invalidOption(option: option, value: value)
        }
        return range
    }
}

extension Duration {
    /// The duration in milliseconds.
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
