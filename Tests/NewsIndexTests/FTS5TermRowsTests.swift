import Foundation
import GRDB
import NewsAnalysis
import Testing

@testable import NewsIndex

/// Counting a term's rows from FTS5's segments gives FTS5's own counts (fts5vocab's `doc`, and
/// `cnt` for the instances in the walked position lists) for every term: in one merged segment, across segments after edits and deletions, with
/// doclists over many pages and a position list longer than a page.
@Suite("FTS5 term rows read from the segments")
struct FTS5TermRowsTests {
    /// Every term's count from the segments against fts5vocab's; the terms that differ.
    private static func mismatches(_ store: IndexStore) throws -> [String] {
        try store.reader.read { db in
            let vocabulary = try Row.fetchAll(db, sql: "SELECT term, doc, cnt FROM articles_vocab")
            #expect(vocabulary.count > 500)
            let counter = try #require(try FTS5TermRows(db))
            return vocabulary.compactMap { row in
                let term: String = row[0]
                let (rows, instances): (Int64, Int64) = (row[1], row[2])
                // The walk gives each row once, in rowid order, with its whole position list.
                var walked: (rows: Int64, instances: Int64, last: Int64, ordered: Bool) = (0, 0, -1, true)
                let total = Self.walk(counter, term) { rowid, positions in
                    walked.rows += 1
                    walked.instances += Int64(PositionList.positions(positions).count)
                    walked.ordered = walked.ordered && rowid > walked.last
                    walked.last = rowid
                }
                let good = counter.count(term: term) == rows && total == rows && walked.rows == rows
                    && walked.instances == instances && walked.ordered
                return good ? nil : term
            }
        }
    }

    /// Calls `body` with each row of `term` and its position list, stepping a cursor, then
    /// rewinds it and counts its rows again; the rows stepped, or nil when a page does not
    /// parse or the count after the rewind differs.
    private static func walk(_ counter: FTS5TermRows, _ term: String, _ body: (Int64, UnsafeRawBufferPointer) -> Void) -> Int64? {
        guard var cursor = counter.cursor(term: term) else { return nil }
        defer { cursor.close() }
        while cursor.next() { body(cursor.rowid, cursor.list) }
        let rows = cursor.rows
        guard !cursor.failed, cursor.rewind(), cursor.countRows() == rows else { return nil }
        return rows
    }

    /// The instances FTS5 itself gives (`xInst`) for a query of `term` alone, by rowid.
    private final class InstanceVisitor: FTS5RowVisitor {
        var instances: [Int64: [[Int]]] = [:]
        func visit(_ row: FTS5Row) throws {
            instances[row.rowid] = try (0..<row.instanceCount()).map { index in
                let instance = try row.instance(index)
                return [instance.column, instance.offset]
            }
        }
    }

    /// The terms whose walked position lists decode to other positions than FTS5's `xInst`.
    private static func positionMismatches(_ store: IndexStore, terms: [String]) throws -> [String] {
        try store.reader.read { db in
            let counter = try #require(try FTS5TermRows(db))
            return try terms.filter { term in
                let visitor = InstanceVisitor()
                try FTS5RowVisit.run(db, visitor: visitor, condition: "articles_fts MATCH ?", arguments: ["\"\(term)\""])
                var walked: [Int64: [[Int]]] = [:]
                _ = Self.walk(counter, term) { rowid, positions in
                    walked[rowid] = PositionList.positions(positions).map { [$0.column, $0.offset] }
                }
                return walked != visitor.instances
            }
        }
    }

    /// A plain-text article.
    private static func article(_ day: Int, _ title: String, _ body: String) -> String {
        "Today : Mar \(day % 28 + 1), 2025\nWorld\n\n\(title)\n\n\(body)\n"
    }

    /// With FTS5's default leaf size, and with 64-byte leaves: there terms often end their
    /// page (the doclist then starts on the next one) and position lists run over many pages.
    @Test(
        "every term of an index counts as fts5vocab counts it, merged and in several segments",
        arguments: [nil, 64] as [Int?])
    func countsEqualFTS5(leafSize: Int?) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsearch-termrows-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        // 1,500 short articles over a small vocabulary: doclists of common words span pages.
        let words = (0..<400).map { "word\($0)x" }
        for number in 0..<1_500 {
            let body = (0..<30).map { words[($0 * 7 + number * 13 + $0 * $0) % (40 + number % 360)] }.joined(separator: " ")
            try Self.article(number, "Report \(number)", body)
                .write(to: corpus.appendingPathComponent("a\(number).txt"), atomically: true, encoding: .utf8)
        }
        // Words longer than a small leaf: written whole at the top of a leaf, they fill it, and
        // their first rowid starts the next one.
        for number in 0..<3 {
            let long = String(repeating: "q", count: 130 + 40 * number)
            try Self.article(number, "Long \(number)", "\(long) word1x \(long)z")
                .write(to: corpus.appendingPathComponent("long\(number).txt"), atomically: true, encoding: .utf8)
        }
        // One word 12,000 times in one article: a position list over several default leaves.
        try Self.article(1, "Echo", Array(repeating: "echoword", count: 12_000).joined(separator: " "))
            .write(to: corpus.appendingPathComponent("echo.txt"), atomically: true, encoding: .utf8)
        let store = try IndexStore.openForWriting(at: folder.appendingPathComponent("index.sqlite").path)
        if let leafSize {
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES ('pgsz', ?)", arguments: [leafSize])
            }
        }
        var indexer = Indexer(store: store, analyzer: ArticleAnalyzer())
        indexer.batchArticles = 200
        _ = try indexer.run(paths: [corpus.path], full: false)
        #expect(try FullTextMergeTests.segments(store) == 1)
        #expect(try Self.mismatches(store) == [])

        // Edits, deletions and new files: newer segments hold deletions and new entries.
        for number in stride(from: 0, to: 1_500, by: 7) {
            try Self.article(number, "Revised \(number)", "revised text \(words[number % 400]) word1x")
                .write(to: corpus.appendingPathComponent("a\(number).txt"), atomically: true, encoding: .utf8)
        }
        for number in stride(from: 3, to: 1_500, by: 11) {
            try FileManager.default.removeItem(at: corpus.appendingPathComponent("a\(number).txt"))
        }
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("echo.txt"))
        try Self.article(2, "New", "word5x word6x fresh")
            .write(to: corpus.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        _ = try indexer.run(paths: [corpus.path], full: false)
        #expect(try FullTextMergeTests.segments(store) > 1)
        #expect(try Self.mismatches(store) == [])
        // Terms the stemmer leaves as they are, so that the quoted query finds the same term.
        let sample = ["word1x", "word5x", "word100x", "text", "fresh", "report", "echoword", String(repeating: "q", count: 130)]
        let misplaced = try Self.positionMismatches(store, terms: sample)
        #expect(misplaced == [], "\(misplaced)")
        let absent = try store.reader.read { db in try FTS5TermRows(db)?.count(term: "nosuchterm") }
        #expect(absent == 0)
    }

    @Test("newer entries override older ones of the same rowid, in rowid order")
    func mergeRule() {
        struct Entry {
            var rowid: Int64
            var present: Bool
        }
        let newer = [Entry(rowid: 2, present: false), Entry(rowid: 5, present: true)]
        let older = [Entry(rowid: 1, present: true), Entry(rowid: 2, present: true), Entry(rowid: 5, present: true)]
        let merged = FTS5TermRows.merging(newer, over: older) { $0.rowid }
        #expect(merged.map(\.rowid) == [1, 2, 5])
        #expect(merged.map(\.present) == [true, false, true])
        #expect(FTS5TermRows.merging([], over: older) { $0.rowid }.map(\.rowid) == [1, 2, 5])
    }
}
