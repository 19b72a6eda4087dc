import Foundation
import NewsAnalysis
import NewsCorpus

/// The cost of actor extraction on its own, for issue 4's budget: every file of a tree is read
/// and parsed first, then ``ArticleAnalyzer/analyze(_:)`` runs over every article on one
/// thread, `rounds` times; the fastest round counts. The alias table's one-time build is done
/// before the clock starts.
struct ExtractionTimer {
    /// What `--extraction` prints.
    struct Report: Encodable {
        /// Articles analysed per round.
        var articles: Int
        /// Their title, lede and body, in UTF-8 bytes.
        var bytes: Int
        /// Reading, decoding and parsing every file once, in milliseconds (one thread).
        var parseMilliseconds: Double
        /// The fastest analysis round, in milliseconds (one thread).
        var analyzeMilliseconds: Double
        /// Actors found per round (a check that the work was done).
        var actors: Int

        enum CodingKeys: String, CodingKey {
            case articles, bytes, actors
            case parseMilliseconds = "parse_ms"
            case analyzeMilliseconds = "analyze_ms"
        }
    }

    /// The folder or file to read.
    let tree: String
    /// Timed analysis rounds.
    let rounds: Int

    /// Parses the tree, then times the analysis.
    func run() throws -> Report {
        let analyzer = ArticleAnalyzer(aliasTable: try AliasTable.load(userFile: nil))
        let parseStart = ContinuousClock.now
        var articles: [Article] = []
        SourceWalker().walk(tree, visit: { file in
            guard let data = FileManager.default.contents(atPath: file.path),
                let parsed = try? ArticleFileParser.parse(data, path: file.path, format: file.format)
            else { return }
            articles += parsed.articles
        }, failure: { _ in })
        let parseTime = (ContinuousClock.now - parseStart).benchMilliseconds
        _ = articles.first.map(analyzer.analyze)  // builds the extraction index
        var best = Double.infinity
        var actors = 0
        for _ in 0..<rounds {
            let start = ContinuousClock.now
            actors = articles.reduce(0) { $0 + analyzer.analyze($1).actors.count }
            best = min(best, (ContinuousClock.now - start).benchMilliseconds)
        }
        let bytes = articles.reduce(0) { $0 + $1.title.utf8.count + $1.lede.utf8.count + $1.body.utf8.count }
        return Report(
            articles: articles.count, bytes: bytes, parseMilliseconds: parseTime, analyzeMilliseconds: best,
            actors: actors)
    }
}
