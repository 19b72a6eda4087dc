import Foundation
import NewsAnalysis
import NewsIndex

/// A full index run in process, for issue 4's budget: what actor extraction adds to indexing.
///
/// Indexes a tree into a new index file exactly as `newsearch index` does (same threads, same
/// batches), with or without actor extraction, and reports the wall and CPU time.
/// `scripts/extraction-cost` alternates the two on the same tree.
struct IndexTimer {
    /// What `--index` prints.
    struct Report: Encodable {
        /// Whether actors were extracted.
        var extraction: Bool
        /// Articles indexed.
        var articles: Int
        /// Actor tags written (0 without extraction).
        var actorTags: Int
        /// Wall time of the run, in seconds.
        var seconds: Double
        /// CPU time of the process during the run (all threads), in seconds.
        var cpuSeconds: Double

        enum CodingKeys: String, CodingKey {
            case extraction, articles, seconds
            case actorTags = "actor_tags"
            case cpuSeconds = "cpu_seconds"
        }
    }

    /// The folder or file to index.
    let tree: String
    /// The index file to create; it must not exist.
    let database: String
    /// Whether to extract actors.
    let extraction: Bool

    /// Indexes the tree and reports the run.
    func run() throws -> Report {
        guard !FileManager.default.fileExists(atPath: database) else { throw BenchError.indexExists(path: database) }
        var analyzer = ArticleAnalyzer(aliasTable: try AliasTable.load(userFile: nil))
        analyzer.extractsActors = extraction
        let store = try IndexStore.openForWriting(at: database)
        let cpuStart = Self.cpuSeconds()
        let start = ContinuousClock.now
        let summary = try Indexer(store: store, analyzer: analyzer).run(paths: [tree], full: false)
        let seconds = (ContinuousClock.now - start).benchMilliseconds / 1000
        let cpu = Self.cpuSeconds() - cpuStart
        let tags = try store.reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article_actors") ?? 0 }
        return Report(
            extraction: extraction, articles: summary.articles, actorTags: tags, seconds: seconds, cpuSeconds: cpu)
    }

    /// The CPU time of all the process's threads so far, in seconds.
    private static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
