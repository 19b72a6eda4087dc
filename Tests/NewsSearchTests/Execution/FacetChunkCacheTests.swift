import Foundation
import GRDB
import NewsAnalysis
import NewsIndex
import Testing

@testable import NewsSearch

/// A service that keeps facet chunks between searches answers as one that reads them every
/// time, also after the index changes under it.
@Suite("Facet chunks kept between searches")
struct FacetChunkCacheTests {
    /// Everything a user sees of a search but its timing.
    private static func answer(_ service: SearchService, _ text: String) throws -> SearchResults {
        var options = SearchOptions()
        options.text = text
        options.limit = 50
        return try service.search(options).results
    }

    @Test("searches repeated, and searches after an index run that changed facets, equal uncached ones")
    func cachedEqualsUncached() throws {
        let (folder, corpus, path, indexer) = try SampleCorpusIndex.indexedCopy("chunks")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cached = SearchService(store: try IndexStore.openForReading(at: path), actors: nil, keepsFacetChunks: true)
        let queries = ["ceasefire", "nato OR energy", "\"energy facilities\"", "section:world", "date:2025"]
        for query in queries + queries {
            let fresh = SearchService(store: try IndexStore.openForReading(at: path), actors: nil)
            #expect(try Self.answer(cached, query) == Self.answer(fresh, query), "\(query)")
        }
        // A third of the files removed, a third moved to another section and date: the
        // totals and the facet values of the articles that stay change.
        let before = try Self.answer(cached, "ceasefire").facets
        let files = try FileManager.default.subpathsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        for (index, file) in files.enumerated() {
            let url = corpus.appendingPathComponent(file)
            if index % 3 == 0 {
                try FileManager.default.removeItem(at: url)
            } else if index % 3 == 1, let text = try? String(contentsOf: url, encoding: .utf8) {
                let lines = text.components(separatedBy: "\n")
                try (["Today : Feb 2, 2019", "Archive"] + lines.dropFirst(2)).joined(separator: "\n")
                    .write(to: url, atomically: true, encoding: .utf8)
            }
        }
        _ = try indexer.run(paths: [corpus.path], full: false)
        for query in queries {
            let fresh = SearchService(store: try IndexStore.openForReading(at: path), actors: nil)
            #expect(try Self.answer(cached, query) == Self.answer(fresh, query), "\(query) after the run")
        }
        #expect(try Self.answer(cached, "ceasefire").facets != before)
    }
}
