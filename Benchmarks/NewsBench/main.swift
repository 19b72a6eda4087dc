import Foundation
import NewsAnalysis
import NewsIndex
import NewsSearch

/// `newsearch-bench`: in-process query latency for `scripts/bench`.
///
/// Opens the index once, runs every query of the file once as a warm-up, then times each
/// query `--rounds` times through ``SearchService`` and prints one JSON object on stdout:
/// `{"rounds": 3, "warmups": 1, "queries": [{"query", "class", "total", "hits", "rounds", "median"}]}`.
/// Statistics over queries (p50, p95, per class) are `scripts/bench`'s job.
///
/// With `--extraction TREE` it times actor extraction instead (see ``ExtractionTimer``), and
/// with `--index TREE` a whole index run (see ``IndexTimer``).

/// The JSON printed on stdout.
struct BenchOutput: Encodable {
    /// Timed rounds per query.
    var rounds: Int
    /// Untimed passes first.
    var warmups: Int
    /// One entry per query, in file order.
    var queries: [QueryTiming]
}

/// Prints a timer's report as one JSON line and ends the process.
func printReport(_ report: some Encodable) throws -> Never {
    print(String(decoding: try JSONEncoder().encode(report), as: UTF8.self))
    exit(0)
}

do {
    let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
    if !options.extraction.isEmpty {
        try printReport(ExtractionTimer(tree: options.extraction, rounds: options.rounds).run())
    }
    if !options.index.isEmpty {
        try printReport(
            IndexTimer(tree: options.index, database: options.database, extraction: !options.withoutExtraction).run())
    }
    guard let contents = try? String(contentsOfFile: options.queries, encoding: .utf8) else {
        throw BenchError.unreadableQueries(path: options.queries)
    }
    let queries = QuerySet.parse(contents)
    if queries.isEmpty { throw BenchError.noQueries(path: options.queries) }
    // The same vocabulary as `newsearch query`: the built-in alias table plus the user's file.
    let aliases = try AliasTable.load(userFile: nil)
    // One service answering every query, as an application keeps one: facet chunks stay in memory.
    let service = SearchService(
        store: try IndexStore.openForReading(at: options.database), actors: aliases, keepsFacetChunks: true)
    let timer = QueryTimer(service: service, warmups: options.warmups, rounds: options.rounds)
    let output = BenchOutput(rounds: options.rounds, warmups: options.warmups, queries: try timer.time(queries))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    FileHandle.standardOutput.write(try encoder.encode(output))
    FileHandle.standardOutput.write(Data("\n".utf8))
} catch let error as BenchError {
    FileHandle.standardError.write(Data("newsearch-bench: \(error.description)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("newsearch-bench: \(error)\n".utf8))
    exit(1)
}
