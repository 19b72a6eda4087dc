import Foundation
import GRDB
import NewsAnalysis
import Testing

@testable import NewsIndex

/// A re-parsed article whose text the index already holds keeps its id, its text and its
/// full-text entries.
@Suite("articles whose text is unchanged")
struct UnchangedArticlesTests {
    /// Each article's id by its document id.
    static func ids(_ store: IndexStore) throws -> [String: Int64] {
        try store.reader.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT doc_id, id FROM articles").map {
                ($0[0] as String, $0[1] as Int64)
            })
        }
    }

    @Test("--full over unchanged files keeps every article's id and leaves the full-text index as it is")
    func fullRunKeepsText() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let indexer = Indexer(store: copy.store, analyzer: ArticleAnalyzer())
        let first = try indexer.run(paths: [copy.corpus.path], full: false)
        let ids = try Self.ids(copy.store)
        let segments = try #require(try FullTextMergeTests.structure(copy.store)).segmentsNewestFirst

        let full = try indexer.run(paths: [copy.corpus.path], full: true)
        #expect(full.changed == first.added && full.articles == first.articles)
        #expect(try Self.ids(copy.store) == ids)
        #expect(try FullTextMergeTests.structure(copy.store)?.segmentsNewestFirst == segments)
        try copy.store.writer.write { db in
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM article_actors") ?? 0 > 100, "actors written again")
        }
    }

    @Test("a JSON Lines file that grows keeps its earlier records, and an edited record gets a new id")
    func growingFile() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let file = copy.corpus.appendingPathComponent("wire/2025-06-world-briefs.jsonl")
        let indexer = Indexer(store: copy.store, analyzer: ArticleAnalyzer())
        _ = try indexer.run(paths: [copy.corpus.path], full: false)
        let before = try Self.ids(copy.store)

        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        let recordCount = lines.count
        lines[0] = lines[0].replacingOccurrences(of: "Istanbul", with: "Zanzibarville")
        lines.append(#"{"id": "wb-new", "title": "Harbour report", "date": "2025-06-30", "body": "The quokkaharbour quay reopened."}"#)
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try indexer.run(paths: [copy.corpus.path], full: false)
        #expect(run.changed == 1 && run.articles == recordCount + 1)

        let after = try Self.ids(copy.store)
        let changedIDs = after.filter { before[$0.key] != $0.value }
        #expect(changedIDs.count == 2, "the edited record and the new one: \(changedIDs)")
        #expect(after.count == before.count + 1)
        try copy.store.writer.write { db in
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
            let found = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zanzibarville OR quokkaharbour'")
            #expect(found == 2)
        }
    }
}
