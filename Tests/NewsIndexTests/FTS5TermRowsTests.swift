import Foundation
import GRDB
import NewsAnalysis
import Testing

@testable import NewsIndex

/// Counting a term's rows from FTS5's segments gives FTS5's own counts (fts5vocab's `doc`, and
/// `cnt` for the instances in the walked position lists) for every term: in one merged
/// segment, across segments after edits and deletions, at each step of a merge cut short, with
/// doclists over many pages and a position list longer than a page. A prefix's rows gathered
/// from the segments are the rows FTS5 matches for it, with all its terms' instances.
@Suite("FTS5 term rows read from the segments")
struct FTS5TermRowsTests {
    /// Every term's count from the segments against fts5vocab's; the terms that differ.
    private static func mismatches(_ store: IndexStore) throws -> [String] {
        try store.reader.read { db in
            let vocabulary = try Row.fetchAll(db, sql: "SELECT term, doc, cnt FROM articles_vocab")
            #expect(vocabulary.count > 500)
            let counter = try #require(try FTS5TermRows(db))
            let terms: [String] = vocabulary.compactMap { row in
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
            return try terms + prefixMismatches(db, vocabulary: vocabulary, counter: counter)
        }
    }

    /// The prefixes whose rows from the segments (``FTS5TermRows/cursor(prefix:)``, counted,
    /// then stepped) are not the rows FTS5 matches for `"prefix"*`, in rowid order, with every
    /// instance of its terms (fts5vocab's `cnt`) in the merged lists and in the terms' lists
    /// added up: every one-letter prefix of a term, and every
    /// seventh term's first two and four letters and the term itself.
    private static func prefixMismatches(_ db: Database, vocabulary: [Row], counter: FTS5TermRows) throws -> [String] {
        let terms: [(term: String, instances: Int64)] = vocabulary.map { ($0[0], $0[2]) }
        var prefixes = Set(terms.map { String($0.term.prefix(1)) })
        for (index, entry) in terms.enumerated() where index % 7 == 0 {
            prefixes.formUnion([String(entry.term.prefix(2)), String(entry.term.prefix(4)), entry.term])
        }
        return try prefixes.sorted().compactMap { prefix in
            let matched = try Int64.fetchAll(
                db, sql: "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", arguments: ["\"\(prefix)\"*"])
            let instances = terms.filter { $0.term.hasPrefix(prefix) }.reduce(0) { $0 + $1.instances }
            guard var cursor = counter.cursor(prefix: prefix) else { return "\(prefix)*: unread" }
            defer { cursor.close() }
            let partial = cursor.countRows(upTo: Int64(matched.count / 2))
            let counted = cursor.countRows()
            var (rowids, walked, summed): ([Int64], Int64, Double) = ([], 0, 0)
            while cursor.next() {
                rowids.append(cursor.rowid)
                walked += Int64(cursor.withList(PositionList.positions).count)
                summed += cursor.sum { Double(PositionList.positions($0).count) }
            }
            let halfCounted = partial.map { Self.countedUpTo(Int64(matched.count / 2), $0, of: cursor.rows) } == true
            let good = rowids == matched && walked == instances && summed == Double(instances) && counted == cursor.rows
                && halfCounted && !cursor.failed
            return good ? nil : "\(prefix)*: \(rowids.count) rows (counted \(String(describing: counted))), \(walked) instances"
        }
    }

    /// Calls `body` with each row of `term` and its position list, stepping a cursor, then
    /// rewinds it and counts its rows again, all of them and up to half of them; the rows
    /// stepped, or nil when a page does not parse or a count differs.
    private static func walk(_ counter: FTS5TermRows, _ term: String, _ body: (Int64, UnsafeRawBufferPointer) -> Void) -> Int64? {
        guard var cursor = counter.cursor(term: term) else { return nil }
        defer { cursor.close() }
        while cursor.next() { body(cursor.rowid, cursor.list) }
        let rows = cursor.rows
        guard !cursor.failed, cursor.rewind(), cursor.countRows() == rows,
            let partial = cursor.countRows(upTo: rows / 2), countedUpTo(rows / 2, partial, of: rows)
        else { return nil }
        return rows
    }

    /// Whether `partial` is what counting `rows` rows up to `limit` may give: all of them when
    /// fewer, else from `limit` to all.
    static func countedUpTo(_ limit: Int64, _ partial: Int64, of rows: Int64) -> Bool {
        rows < limit ? partial == rows : (limit...rows).contains(partial)
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

    /// A new folder in the temporary directory (the caller removes it) with an empty `corpus`
    /// folder in it.
    private static func temporaryCorpus(_ name: String) throws -> (folder: URL, corpus: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsearch-\(name)-\(UUID().uuidString)")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        return (folder, corpus)
    }

    /// Writes `count` articles `a0.txt`, `a1.txt`… of `length` words each into `corpus`, the
    /// words drawn from `vocabulary` words (`word0x`, `word1x`…), from a first tenth of them
    /// that every article uses up to more the higher its number; returns the words.
    private static func writeReports(_ count: Int, vocabulary: Int, length: Int, to corpus: URL) throws -> [String] {
        let words = (0..<vocabulary).map { "word\($0)x" }
        let common = vocabulary / 10
        for number in 0..<count {
            let body = (0..<length).map { words[($0 * 7 + number * 13 + $0 * $0) % (common + number % (vocabulary - common))] }
            try article(number, "Report \(number)", body.joined(separator: " "))
                .write(to: corpus.appendingPathComponent("a\(number).txt"), atomically: true, encoding: .utf8)
        }
        return words
    }

    /// With FTS5's default leaf size, and with 64-byte leaves: there terms often end their
    /// page (the doclist then starts on the next one) and position lists run over many pages.
    /// Removes every `stride`th article's index entries and indexes its text again, in one
    /// transaction: a segment of deletions and new entries for the same rows.
    static func reindex(_ store: IndexStore, every stride: Int) throws {
        try store.writer.write { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, title, lede, body FROM article_content WHERE id % ? = 0", arguments: [stride])
            for row in rows {
                let values: StatementArguments = [row[0], row[1], row[2], row[3]]
                try db.execute(sql: """
                    INSERT INTO articles_fts (articles_fts, rowid, title, lede, body) VALUES ('delete', ?, ?, ?, ?)
                    """, arguments: values)
                try db.execute(
                    sql: "INSERT INTO articles_fts (rowid, title, lede, body) VALUES (?, ?, ?, ?)", arguments: values)
            }
        }
    }

    @Test(
        "every term of an index counts as fts5vocab counts it, merged and in several segments",
        arguments: [nil, 64] as [Int?])
    func countsEqualFTS5(leafSize: Int?) throws {
        let (folder, corpus) = try Self.temporaryCorpus("termrows")
        defer { try? FileManager.default.removeItem(at: folder) }
        // 1,500 short articles over a small vocabulary: doclists of common words span pages.
        let words = try Self.writeReports(1_500, vocabulary: 400, length: 30, to: corpus)
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
        // The run's end merged its segments: two more, each re-indexing some articles as they are.
        for stride in [13, 17] { try Self.reindex(store, every: stride) }
        #expect(try FullTextMergeTests.segments(store) > 2)
        #expect(try Self.mismatches(store) == [])
        // Terms the stemmer leaves as they are, so that the quoted query finds the same term.
        let sample = ["word1x", "word5x", "word100x", "text", "fresh", "report", "echoword", String(repeating: "q", count: 130)]
        let misplaced = try Self.positionMismatches(store, terms: sample)
        #expect(misplaced == [], "\(misplaced)")
        let absent = try store.reader.read { db in try FTS5TermRows(db)?.count(term: "nosuchterm") }
        #expect(absent == 0)
    }

    /// Merges with FTS5's `merge` `pages` (negative: of every segment, not only of a level's) a
    /// step at a time, checking every term after each step, until a step leaves the segments as
    /// they were; the steps taken, and how many left a merge part-way (an input segment trimmed).
    private static func mergeStepwise(_ store: IndexStore, pages: Int) throws -> (steps: Int, midMerge: Int) {
        var (steps, midMerge) = (0, 0)
        while steps < 200 {
            let merged = try store.writer.write { db in
                let before = try FTS5TermRows.structureRecord(db)
                try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES ('merge', ?)", arguments: [pages])
                return try FTS5TermRows.structureRecord(db) != before
            }
            guard merged else { break }
            steps += 1
            let segments = try store.reader.read { db in try FTS5TermRows.structure(db) } ?? []
            if segments.contains(where: { $0.firstPage > 1 }) { midMerge += 1 }
            let wrong = try mismatches(store)
            let absent = try store.reader.read { db in try FTS5TermRows(db)?.count(term: "nosuchterm") }
            #expect(wrong == [] && absent == 0, "merge \(pages), step \(steps): \(wrong.prefix(5)), absent \(String(describing: absent))")
            if !wrong.isEmpty || absent != 0 { break }
        }
        return (steps, midMerge)
    }

    @Test("every term counts as fts5vocab counts it at each step of a merge cut short")
    func countsMidMerge() throws {
        let (folder, corpus) = try Self.temporaryCorpus("midmerge")
        defer { try? FileManager.default.removeItem(at: folder) }
        let words = try Self.writeReports(600, vocabulary: 300, length: 20, to: corpus)
        // Terms longer than a page, and position lists over many pages, some removed later.
        for number in 0..<6 {
            let long = String(repeating: "q", count: 130 + 40 * number)
            try Self.article(number, "Long \(number)", "\(long) word1x \(long)z " + Array(repeating: "echo\(number)", count: 300 * number).joined(separator: " "))
                .write(to: corpus.appendingPathComponent("a\(number * 97 + 1)-long.txt"), atomically: true, encoding: .utf8)
        }
        let store = try IndexStore.openForWriting(at: folder.appendingPathComponent("index.sqlite").path)
        let fts = "INSERT INTO articles_fts(articles_fts, rank) VALUES"
        try store.writer.write { db in try db.execute(sql: "\(fts) ('pgsz', 64)") }
        var indexer = Indexer(store: store, analyzer: ArticleAnalyzer())
        indexer.batchArticles = 100
        _ = try indexer.run(paths: [corpus.path], full: false)
        // Rounds of edits and deletions, their segments kept apart (a run's merge then needs
        // 16 segments on a level), then merged a few pages at a time: as a run merges
        // (segments of a level, two or more), and, after more rounds, all of them at once.
        func edit(rounds: ClosedRange<Int>) throws {
            try store.writer.write { db in try db.execute(sql: "\(fts) ('usermerge', 16)") }
            for round in rounds {
                for number in stride(from: round, to: 600, by: 5 + round) {
                    try? FileManager.default.removeItem(at: corpus.appendingPathComponent("a\(number)-long.txt"))
                    let file = corpus.appendingPathComponent("a\(number).txt")
                    if number % 3 == 0 {
                        try? FileManager.default.removeItem(at: file)
                    } else {
                        try Self.article(number, "Revised \(number)", "revised \(round) \(words[(number * round) % 300]) word1x")
                            .write(to: file, atomically: true, encoding: .utf8)
                    }
                }
                _ = try indexer.run(paths: [corpus.path], full: false)
            }
            #expect(try FullTextMergeTests.segments(store) > 3)
            try store.writer.write { db in try db.execute(sql: "\(fts) ('usermerge', 2)") }
        }
        try edit(rounds: 1...4)
        let level = try Self.mergeStepwise(store, pages: 20)
        #expect(level.steps > 3 && level.midMerge > 3, "\(level)")
        try edit(rounds: 5...7)
        let all = try Self.mergeStepwise(store, pages: -60)
        #expect(all.steps > 3 && all.midMerge > 3, "\(all)")
        #expect(try FullTextMergeTests.segments(store) == 1)
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
