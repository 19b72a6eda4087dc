import Foundation
import GRDB
import NewsAnalysis
import NewsIndex
@testable import NewsSearch

/// The sample `corpus/` indexed once into a temporary file, shared by the execution tests.
enum SampleCorpusIndex {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The folder of the shared index.
    static let sharedFolder = FileManager.default.temporaryDirectory
        .appendingPathComponent("newsearch-execution-\(UUID().uuidString)")

    /// The index, or why it could not be built.
    static let shared: Result<IndexStore, any Error> = Result {
        let folder = sharedFolder
        // A static is never deinitialized: its folder goes when the test process exits.
        atexit { try? FileManager.default.removeItem(at: SampleCorpusIndex.sharedFolder) }
        let store = try IndexStore.openForWriting(at: folder.appendingPathComponent("index.sqlite").path)
        let corpus = packageRoot.appendingPathComponent("corpus").path
        let summary = try Indexer(store: store, analyzer: ArticleAnalyzer()).run(paths: [corpus], full: false)
        guard summary.failed == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return store
    }

    /// The shared index.
    static func store() throws -> IndexStore { try shared.get() }

    /// A copy of the sample corpus in a new temporary folder (the caller removes `folder`),
    /// indexed into `folder/index.sqlite` by `indexer`, which can run again after edits.
    static func indexedCopy(_ name: String) throws -> (folder: URL, corpus: URL, path: String, indexer: Indexer) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsearch-\(name)-\(UUID().uuidString)")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("corpus"), to: corpus)
        let path = folder.appendingPathComponent("index.sqlite").path
        let indexer = Indexer(store: try IndexStore.openForWriting(at: path), analyzer: ArticleAnalyzer())
        _ = try indexer.run(paths: [corpus.path], full: false)
        return (folder, corpus, path, indexer)
    }

    /// Runs `text` through the search service (no alias table), with everything on one page.
    static func search(_ text: String, sort: SearchRequest.Sort = .relevance) throws -> SearchOutcome {
        var options = SearchOptions()
        options.text = text
        options.limit = 1000
        options.sort = sort
        return try SearchService(store: store(), actors: nil).search(options)
    }
}
