import Foundation
import GRDB
import NewsAnalysis
import Testing

@testable import NewsIndex

/// The writer replays tokens made on the parsing threads (``TokenReplay``); the full-text index
/// must be the one FTS5 makes by tokenizing, byte for byte.
@Suite("token replay")
struct TokenReplayTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new index of `corpus/`, with or without pretokenizing, and how many columns it replayed.
    static func index(pretokenizing: Bool) throws -> (store: IndexStore, replayed: Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsearch-replay-\(UUID().uuidString)")
        let store = try IndexStore.openForWriting(at: folder.appendingPathComponent("index.sqlite").path)
        var indexer = Indexer(store: store, analyzer: ArticleAnalyzer())
        indexer.pretokenizes = pretokenizing
        indexer.parsingThreads = 1  // articles in walk order, so both indexes number them alike
        let summary = try indexer.run(paths: [packageRoot.appendingPathComponent("corpus").path], full: false)
        #expect(summary.failed == 0 && summary.articles > 50)
        let replayed = store.writer.writeWithoutTransaction { db in TokenReplay.installed(on: db)?.replayedColumns }
        return (store, replayed ?? -1)
    }

    /// Everything FTS5 stored: its segments and structure, and each row's token counts.
    static func fullTextRows(_ store: IndexStore) throws -> [Row] {
        try store.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT 'data', id, block FROM articles_fts_data ORDER BY id")
                + Row.fetchAll(db, sql: "SELECT 'docsize', id, sz FROM articles_fts_docsize ORDER BY id")
        }
    }

    @Test("the index built from replayed tokens is FTS5's own, byte for byte, on the sample corpus")
    func sameIndex() throws {
        let replayed = try Self.index(pretokenizing: true)
        let tokenized = try Self.index(pretokenizing: false)
        let articles = try replayed.store.reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
        #expect(replayed.replayed == 3 * articles, "every title, lede and body replayed")
        #expect(tokenized.replayed == 0)
        let rows = try Self.fullTextRows(replayed.store)
        #expect(rows.count > articles)
        #expect(rows == (try Self.fullTextRows(tokenized.store)))
    }

    @Test("a stream made from other text is not replayed: FTS5 tokenizes the text it is given")
    func otherTextIsTokenized() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsearch-replay-\(UUID().uuidString)")
        let store = try IndexStore.openForWriting(at: folder.appendingPathComponent("index.sqlite").path)
        let stale = try #require(try Pretokenizer().tokens(title: "Poutine à Québec", lede: "", body: "Recipes"))
        let replayed = try store.writer.writeWithoutTransaction { db in
            let replay = try #require(TokenReplay.installed(on: db))
            try replay.replaying(stale, title: "Poutine à Québec", lede: "", body: "Recipes") {
                try db.execute(
                    sql: "INSERT INTO articles_fts (rowid, title, lede, body) VALUES (1, 'Putin in Kursk', '', 'Talks')")
            }
            return replay.replayedColumns
        }
        #expect(replayed == 1, "only the empty lede, the same text, is replayed")
        let terms = try store.reader.read { db in try String.fetchAll(db, sql: "SELECT term FROM articles_vocab ORDER BY term") }
        #expect(terms == ["in", "kursk", "putin", "talk"])
    }
}
