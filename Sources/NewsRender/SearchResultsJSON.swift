import NewsSearch

/// The `newsearch query --json` object, as CONTRACT.md gives it.
package enum SearchResultsJSON {
    /// The JSON form of one search.
    package static func value(
        query: String, results: SearchResults, offset: Int, limit: Int, tookMilliseconds: Double,
        expansions: [(term: String, aliases: [String])]
    ) -> JSONValue {
        .object([
            ("query", .string(query)),
            ("total", .int(results.total)),
            ("offset", .int(offset)),
            ("limit", .int(limit)),
            ("took_ms", .double((tookMilliseconds * 100).rounded() / 100)),
            ("expansions", .array(expansions.map { .object([("term", .string($0.term)), ("aliases", JSONValue($0.aliases))]) })),
            ("results", .array(results.hits.map(hit))),
            ("facets", .object([
                ("dates", buckets(results.facets.dates)), ("actors", buckets(results.facets.actors)),
                ("sections", buckets(results.facets.sections)),
            ])),
        ])
    }

    private static func hit(_ hit: SearchHit) -> JSONValue {
        .object([
            ("id", .string(hit.id)),
            ("path", .string(DisplayPath.relative(hit.path))),
            ("title", .string(hit.title)),
            ("date", JSONValue(hit.date)),
            ("section", JSONValue(hit.section)),
            ("score", .double((hit.score * 1000).rounded() / 1000)),
            ("snippet", .string(SnippetRendering.html(hit.snippet))),
            ("actors", JSONValue(hit.actors)),
        ])
    }

    /// Facet counts; `kind` only for actors.
    private static func buckets(_ counts: [FacetCount]) -> JSONValue {
        .array(counts.map { count in
            .object([("value", .string(count.value)), ("count", .int(count.count))]
                + (count.kind.map { [("kind", .string($0.rawValue))] } ?? []))
        })
    }
}
