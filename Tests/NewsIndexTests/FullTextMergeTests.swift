import Foundation
import GRDB
import NewsAnalysis
import Testing

@testable import NewsIndex

/// A run that writes most of the archive leaves the full-text index in one segment; an
/// ordinary re-run merges the segments that share a level.
@Suite("full-text merge after a bulk run")
struct FullTextMergeTests {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The FTS5 segments of the index (a data row's id holds its segment id above bit 37).
    static func segments(_ store: IndexStore) throws -> Int {
        try store.reader.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(DISTINCT id >> 37) FROM articles_fts_data WHERE id >> 37 > 0") ?? 0
        }
    }

    @Test("the first run and --full merge the index into one segment; a one-file re-run does not")
    func mergesAfterBulkRuns() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsearch-merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("corpus"), to: corpus)
        let store = try IndexStore.openForWriting(at: folder.appendingPathComponent("index.sqlite").path)
        var indexer = Indexer(store: store, analyzer: ArticleAnalyzer())
        indexer.batchArticles = 10  // many batches, so many segments before the merge
        let first = try indexer.run(paths: [corpus.path], full: false)
        #expect(first.added > 20)
        #expect(try Self.segments(store) == 1)

        try "Today : Mar 3, 2025\nWorld\n\nHarbour report\n\nThe lighthouse keeper saw the lamp fail.\n"
            .write(to: corpus.appendingPathComponent("zz-new.txt"), atomically: true, encoding: .utf8)
        let second = try indexer.run(paths: [corpus.path], full: false)
        #expect(second.added == 1)
        #expect(try Self.segments(store) == 2)

        let full = try indexer.run(paths: [corpus.path], full: true)
        #expect(full.changed == first.added + 1)
        #expect(try Self.segments(store) == 1)

        try "Today : Mar 4, 2025\nWorld\n\nHarbour report\n\nThe pier was rebuilt.\n"
            .write(to: corpus.appendingPathComponent("zz-other.txt"), atomically: true, encoding: .utf8)
        _ = try indexer.run(paths: [corpus.path], full: false)
        #expect(try Self.segments(store) == 2)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("zz-new.txt"))
        let fullAfterRemoval = try indexer.run(paths: [corpus.path], full: true)
        #expect(fullAfterRemoval.removed == 1 && fullAfterRemoval.added == 0)
        #expect(try Self.segments(store) == 1, "--full merges even when a file has vanished")
    }

    @Test("ordinary re-runs merge their segments, so they do not pile up")
    func reRunsMergeSegments() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsearch-merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("corpus"), to: corpus)
        let store = try IndexStore.openForWriting(at: folder.appendingPathComponent("index.sqlite").path)
        let indexer = Indexer(store: store, analyzer: ArticleAnalyzer())
        _ = try indexer.run(paths: [corpus.path], full: false)
        var counts: [Int] = []
        for run in 1...8 {
            try "Today : Mar \(run), 2025\nWorld\n\nHarbour report \(run)\n\nThe ferry number \(run) sailed late.\n"
                .write(to: corpus.appendingPathComponent("zz-run\(run).txt"), atomically: true, encoding: .utf8)
            let summary = try indexer.run(paths: [corpus.path], full: false)
            #expect(summary.added == 1)
            counts.append(try Self.segments(store))
        }
        // Without the merge, each run adds a segment: 2, 3, … 9.
        #expect(counts.allSatisfy { $0 <= 3 }, "segments after each run: \(counts)")
        let found = try store.reader.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'ferry'")
        }
        #expect(found == 8)
    }

    @Test("a run counts as bulk when it writes at least as many files as the index held")
    func bulkRule() {
        var summary = IndexSummary()
        #expect(!Indexer.rewroteMost(summary, known: 0))
        summary.added = 1
        #expect(Indexer.rewroteMost(summary, known: 0))
        #expect(!Indexer.rewroteMost(summary, known: 2))
        summary.changed = 1
        #expect(Indexer.rewroteMost(summary, known: 2))
        summary.changed = 0
        summary.removed = 1
        #expect(Indexer.rewroteMost(summary, known: 2), "a --full run after a file vanished")
    }
}
