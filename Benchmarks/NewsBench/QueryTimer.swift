import NewsSearch

/// The timing of one query: every round's wall time and the hit count it found.
struct QueryTiming: Sendable, Encodable {
    /// The query text.
    var query: String
    /// Its class from the query file.
    var queryClass: String
    /// Every matching article (the exact total), so a fast query that found nothing shows.
    var total: Int
    /// Hits on the first page.
    var hits: Int
    /// Wall time of each timed round, in milliseconds.
    var rounds: [Double]
    /// The median of `rounds`.
    var median: Double

    enum CodingKeys: String, CodingKey {
        case query, total, hits, rounds, median
        case queryClass = "class"
    }
}

/// Runs each query through ``SearchService`` exactly as `newsearch query` does (parse, compile,
/// total, top page with snippets, all facets) on one open index, and times it.
struct QueryTimer {
    /// The service, opened once for the whole run.
    let service: SearchService
    /// Untimed runs of each query before the timed rounds.
    let warmups: Int
    /// Timed runs of each query.
    let rounds: Int

    /// Warms every query up first, then times the rounds query by query.
    func time(_ queries: [BenchQuery]) throws -> [QueryTiming] {
        for _ in 0..<warmups {
            for query in queries { _ = try service.search(options(query)) }
        }
        return try queries.map(timeOne)
    }

    private func timeOne(_ query: BenchQuery) throws -> QueryTiming {
        var times: [Double] = []
        var last: SearchResults?
        for _ in 0..<rounds {
            let start = ContinuousClock.now
            let outcome = try service.search(options(query))
            times.append((ContinuousClock.now - start).benchMilliseconds)
            last = outcome.results
        }
        return QueryTiming(
            query: query.text, queryClass: query.queryClass, total: last?.total ?? 0,
            hits: last?.hits.count ?? 0, rounds: times, median: Self.median(times))
    }

    private func options(_ query: BenchQuery) -> SearchOptions {
        var options = SearchOptions()
        options.text = query.text
        return options
    }

    /// The middle value (mean of the two middle values for an even count); 0 when empty.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

extension Duration {
    /// The duration in milliseconds.
    var benchMilliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
