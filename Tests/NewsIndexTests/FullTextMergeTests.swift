import Foundation
import GRDB
import NewsAnalysis
import Testing

@testable import NewsIndex

/// A run that writes most of the archive leaves the full-text index in one segment; an
/// ordinary re-run merges the segments that share a level.
@Suite("full-text merge after a bulk run")
struct FullTextMergeTests {
    /// The FTS5 segments of the index (a data row's id holds its segment id above bit 37).
    static func segments(_ store: IndexStore) throws -> Int {
        try store.reader.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(DISTINCT id >> 37) FROM articles_fts_data WHERE id >> 37 > 0") ?? 0
        }
    }

    @Test("the first run and --full merge the index into one segment; a one-file re-run does not")
    func mergesAfterBulkRuns() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let (corpus, store) = (copy.corpus, copy.store)
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
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let (corpus, store) = (copy.corpus, copy.store)
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

    /// FTS5's merge settings as the index holds them (a setting never written is absent).
    static func mergeSettings(_ store: IndexStore) throws -> [String: Int] {
        try store.reader.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(
                db, sql: "SELECT k, v FROM articles_fts_config WHERE k IN ('automerge', 'crisismerge', 'hashsize')"
            ).map { ($0[0] as String, $0[1] as Int) })
        }
    }

    @Test("a first run merges nothing until its end, then restores FTS5's settings; so does the run after a killed one")
    func bulkRunsDeferMerges() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let (corpus, store) = (copy.corpus, copy.store)
        var indexer = Indexer(store: store, analyzer: ArticleAnalyzer())
        indexer.batchArticles = 1  // a commit, so a segment, per article
        let watcher = try IndexStore.openForReading(at: copy.indexPath)
        var most = 0
        let first = try indexer.run(paths: [corpus.path], full: false) { _ in
            most = max(most, (try? Self.segments(watcher)) ?? 0)
        }
        #expect(first.articles > 40)
        // A segment per commit, kept: FTS5's defaults would have merged any 16 of a level at once
        // (18 at most were seen so, of 86 articles).
        #expect(most >= first.articles * 3 / 4, "segments seen during the run: at most \(most) of \(first.articles)")
        #expect(try Self.segments(store) == 1)
        let standard = ["automerge": 4, "crisismerge": 16, "hashsize": 1 << 20]
        #expect(try Self.mergeSettings(store) == standard)

        try store.writer.write { db in try ArticleTextRows(db).deferMerges(true) }
        #expect(try Self.mergeSettings(store) == ["automerge": 0, "crisismerge": 1000, "hashsize": 16 << 20])
        try "Today : Mar 3, 2025\nWorld\n\nHarbour report\n\nThe lighthouse keeper saw the lamp fail.\n"
            .write(to: corpus.appendingPathComponent("zz-new.txt"), atomically: true, encoding: .utf8)
        let next = try indexer.run(paths: [corpus.path], full: false)
        #expect(next.added == 1)
        #expect(try Self.mergeSettings(store) == standard, "an ordinary run after a killed bulk run")
    }

    @Test("runs give the pages they free back to the file system")
    func freePagesReleased() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let (corpus, store) = (copy.corpus, copy.store)
        var indexer = Indexer(store: store, analyzer: ArticleAnalyzer())
        indexer.batchArticles = 5
        func pages() throws -> (total: Int, free: Int, autoVacuum: Int) {
            try store.reader.read { db in
                (
                    try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0,
                    try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0,
                    try Int.fetchOne(db, sql: "PRAGMA auto_vacuum") ?? 0
                )
            }
        }
        _ = try indexer.run(paths: [corpus.path], full: false)
        let afterFirst = try pages()
        #expect(afterFirst.autoVacuum == 2, "incremental")
        #expect(afterFirst.free == 0)

        try FileManager.default.removeItem(at: corpus.appendingPathComponent("2024"))
        let run = try indexer.run(paths: [corpus.path], full: false)
        #expect(run.removed > 20)
        let afterRemoval = try pages()
        #expect(afterRemoval.free == 0)
        let pageSize = try store.reader.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
        let bytes = try FileManager.default.attributesOfItem(atPath: copy.indexPath)[.size] as? Int
        #expect(bytes == afterRemoval.total * pageSize, "the file holds its pages and no more")
    }

    /// FTS5's structure record, parsed.
    static func structure(_ store: IndexStore) throws -> FTS5StructureRecord? {
        try store.reader.read { db in try FTS5TermRows.structureRecord(db).flatMap(FTS5StructureRecord.init) }
    }

    @Test("a bulk run's one segment settles on a high level, and later runs merge their own segments, not it")
    func settledSegmentLeftAlone() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let (corpus, store) = (copy.corpus, copy.store)
        _ = try Indexer(store: store, analyzer: ArticleAnalyzer()).run(paths: [corpus.path], full: false)
        // The sample corpus's segment belongs on level 1 (FTS5 would put it there too): moved
        // as a large index's is.
        try store.writer.write { db in try ArticleTextRows(db).settleOnlySegment { _ in 5 } }
        let settled = try #require(try Self.structure(store))
        #expect(settled.levels.count == 6 && settled.levels[5].segments.count == 1)
        #expect(settled.levels.dropLast().allSatisfy { $0.segments.isEmpty })
        let bulk = settled.levels[5].segments

        for run in 1...6 {
            try "Today : Mar \(run), 2025\nWorld\n\nHarbour report \(run)\n\nThe ferry number \(run) sailed late.\n"
                .write(to: corpus.appendingPathComponent("zz-run\(run).txt"), atomically: true, encoding: .utf8)
            _ = try Indexer(store: store, analyzer: ArticleAnalyzer()).run(paths: [corpus.path], full: false)
        }
        let after = try #require(try Self.structure(store))
        // On level 1, the second run's merge of its level would have rewritten it.
        #expect(after.levels.count == 6 && after.levels[5].segments == bulk, "\(after.levels)")
        #expect(after.levels.flatMap(\.segments).count <= 4)
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
            let data = try #require(try FTS5TermRows.structureRecord(db))
            #expect(FTS5StructureRecord(data)?.data == data, "the record reads and writes back byte for byte")
            let ferries = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'ferry'")
            #expect(ferries == 6)
        }
    }

    @Test("a batch of changed files unindexes their old articles at its end, and never reuses their ids")
    func changedFilesUnindexedAtBatchEnd() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let (corpus, store) = (copy.corpus, copy.store)
        var indexer = Indexer(store: store, analyzer: ArticleAnalyzer())
        indexer.batchSeconds = 600  // one batch, however slow the build
        _ = try indexer.run(paths: [corpus.path], full: false)
        let (lastID, lastPath) = try store.reader.read { db in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT a.id, f.path FROM articles a JOIN files f ON f.id = a.file_id WHERE f.path LIKE '%.txt'
                ORDER BY a.id DESC LIMIT 1
                """))
            return (row[0] as Int64, row[1] as String)
        }

        // The newest article's file edited alone: its new article must not take the old id,
        // whose text stays until the batch ends.
        try Self.append("\nThe archivist added a zeppelinword note.\n", to: lastPath)
        #expect(try indexer.run(paths: [corpus.path], full: false).changed == 1)
        let ids = try store.reader.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT id FROM articles WHERE file_id = (SELECT id FROM files WHERE path = ?)",
                arguments: [lastPath])
        }
        #expect(!ids.isEmpty && ids.allSatisfy { $0 > lastID }, "\(ids) after \(lastID)")

        // Every text file of 2024 edited: one batch.
        let year = corpus.appendingPathComponent("2024")
        let edited = try FileManager.default.subpathsOfDirectory(atPath: year.path)
            .filter { $0.hasSuffix(".txt") }.map { year.appendingPathComponent($0).path }
        for path in edited { try Self.append("\nThe archivist added a zeppelinword note.\n", to: path) }
        let run = try indexer.run(paths: [corpus.path], full: false)
        #expect(run.changed == edited.count && edited.count > 20)
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
            let notes = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zeppelinword'")
            #expect(notes == edited.count + 1, "each edited file's one article, found by its new word")
            let orphans = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM article_text WHERE id NOT IN (SELECT id FROM articles)")
            #expect(orphans == 0, "no text left without its article")
        }
    }

    /// Appends `text` to a file as UTF-8 bytes (some of the corpus's files are not UTF-8).
    static func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    @Test("a whole index settles one level higher for every fourfold growth, from level 1")
    func settledLevels() {
        #expect(ArticleTextRows.settledLevel(pages: 1) == 1)
        #expect(ArticleTextRows.settledLevel(pages: 120) == 1)
        #expect(ArticleTextRows.settledLevel(pages: 13_929) == 5, "where FTS5 left 20,000 generated articles")
        #expect(ArticleTextRows.settledLevel(pages: 69_411) == 6, "and 100,000")
        #expect(ArticleTextRows.settledLevel(pages: 69_411 * 4) == 7)
        #expect(ArticleTextRows.settledLevel(pages: 1 << 60) == 20)
    }

    @Test("varints write as SQLite reads them", arguments: [
        0, 1, 127, 128, 16_383, 16_384, 2_097_151, 1 << 35, (1 << 56) - 1, 1 << 56, Int64.max, -1,
    ] as [Int64])
    func varintsRoundTrip(value: Int64) {
        var bytes: [UInt8] = [0xAA]
        Varint.append(value, to: &bytes)
        bytes.append(0xBB)
        bytes.withUnsafeBytes { raw in
            var offset = 1
            #expect(Varint.read(raw, &offset) == value)
            #expect(offset == bytes.count - 1)
        }
        #expect(bytes.count - 2 <= 9)
    }

    @Test("a run counts as bulk when it writes at least as many files as the index held")
    func bulkRule() {
        #expect(Indexer.defersMerges(full: false, known: 0), "a first run defers merging")
        #expect(Indexer.defersMerges(full: true, known: 3), "so does --full")
        #expect(!Indexer.defersMerges(full: false, known: 3))
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

/// A copy of the sample corpus in a temporary folder, with a new index beside it.
struct CorpusCopy {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The temporary folder.
    let folder: URL
    /// The copy of `corpus/`.
    let corpus: URL
    /// The index file's path.
    let indexPath: String
    /// The index, open for writing.
    let store: IndexStore

    /// Copies the corpus and opens a new index.
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsearch-merge-\(UUID().uuidString)")
        corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("corpus"), to: corpus)
        indexPath = folder.appendingPathComponent("index.sqlite").path
        store = try IndexStore.openForWriting(at: indexPath)
    }

    /// Deletes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
