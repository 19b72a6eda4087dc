import NewsSearch

/// The `newsearch query --json` object, as CONTRACT.md gives it.
package struct SearchResultsJSON: Encodable {
    struct Expansion: Encodable {
        let term: String
        let aliases: [String]
    }

    struct Hit: Encodable {
        let id: String
        let path: String
        let title: String
        let date: String?
        let section: String?
        let score: Double
        let snippet: String
        let actors: [String]

        enum CodingKeys: String, CodingKey { case id, path, title, date, section, score, snippet, actors }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(path, forKey: .path)
            try container.encode(title, forKey: .title)
            try container.encode(date, forKey: .date)
            try container.encode(section, forKey: .section)
            try container.encode(score, forKey: .score)
            try container.encode(snippet, forKey: .snippet)
            try container.encode(actors, forKey: .actors)
        }
    }

    struct Bucket: Encodable {
        let value: String
        let kind: String?
        let count: Int
    }

    struct FacetsJSON: Encodable {
        let dates: [Bucket]
        let actors: [Bucket]
        let sections: [Bucket]
    }

    let query: String
    let total: Int
    let offset: Int
    let limit: Int
    let took_ms: Double
    let expansions: [Expansion]
    let results: [Hit]
    let facets: FacetsJSON?

    /// The JSON form of one search.
    package init(
        query: String, results: SearchResults, offset: Int, limit: Int, tookMilliseconds: Double,
        expansions: [(term: String, aliases: [String])]
    ) {
        self.query = query
        total = results.total
        self.offset = offset
        self.limit = limit
        took_ms = (tookMilliseconds * 100).rounded() / 100
        self.expansions = expansions.map { Expansion(term: $0.term, aliases: $0.aliases) }
        self.results = results.hits.map { hit in
            Hit(
                id: hit.id, path: DisplayPath.relative(hit.path), title: hit.title, date: hit.date,
                section: hit.section, score: (hit.score * 1000).rounded() / 1000,
                snippet: SnippetRendering.html(hit.snippet), actors: hit.actors)
        }
        let buckets = { (counts: [FacetCount]) in counts.map { Bucket(value: $0.value, kind: $0.kind?.rawValue, count: $0.count) } }
        facets = FacetsJSON(
            dates: buckets(results.facets.dates), actors: buckets(results.facets.actors),
            sections: buckets(results.facets.sections))
    }
}
