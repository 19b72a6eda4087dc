import Foundation
import GRDB
import NewsAnalysis
import Testing

@testable import NewsIndex
@testable import NewsSearch

/// Ranking by walking the phrases' rows in the index's segments (``PhraseGroupWalk``,
/// ``PhraseCursor``) gives what FTS5's statement gives: the same hits in the same order, the
/// same scores to the bit, the same match positions, total and facets. On the sample corpus in
/// one segment, on a copy edited and partly deleted, whose newer segments override and delete
/// rows of the older, and on such a copy in small pages part-way through a merge.
@Suite("Walking the segments ranks as FTS5's statement does")
struct SegmentWalkTests {
    private static func tok(_ text: String) -> MatchExpression { MatchExpression.token(text)! }
    private static func phrase(_ words: String...) -> MatchExpression { MatchExpression.phrase(words)! }
    private static func prefix(_ text: String) -> MatchExpression { MatchExpression.prefix(text)! }

    /// Words, phrases, prefixes (of one term, of many, of none), ANDs of them, ORs of
    /// spellings, and ANDs of ORs.
    static let expressions: [MatchExpression] = [
        tok("ceasefire"),
        tok("the"),
        MatchExpression.and([tok("ceasefire"), tok("energy")])!,
        MatchExpression.and([tok("the"), tok("said"), tok("of")])!,
        phrase("energy", "facilities"),
        phrase("black", "sea"),
        phrase("the", "president", "said"),
        MatchExpression.and([phrase("energy", "facilities"), tok("ceasefire")])!,
        MatchExpression.or([tok("nato"), tok("otan"), tok("alliance"), phrase("united", "nations")])!,
        MatchExpression.and([MatchExpression.or([tok("putin"), tok("poutine"), tok("Путин")])!, tok("ceasefire")])!,
        MatchExpression.and([MatchExpression.or([tok("kursk"), tok("koursk")])!, MatchExpression.or([tok("ukraine"), tok("kyiv")])!])!,
        MatchExpression.and([tok("nato"), tok("nosuchwordanywhere")])!,
        prefix("ceasefir"),
        prefix("pre"),
        prefix("s"),
        prefix("zzqx"),
        MatchExpression.and([prefix("minist"), tok("said")])!,
        MatchExpression.or([prefix("negotiat"), tok("negoti"), phrase("black", "sea")])!,
    ]

    /// The best `depth` hits, total and facets of `expression`, walked from the segments or
    /// (`walk` false) stepped through FTS5's statement.
    private static func ranking(_ store: IndexStore, _ expression: MatchExpression, walk: Bool, depth: Int = 40) throws
        -> (hits: [RankedHit], total: Int, facets: Facets)
    {
        try store.reader.read { db in
            let scan = try RankedScan(db, depth: depth, facets: true)
            try scan.run(
                db, filter: FilterClause(SearchRequest(match: expression.rawValue)),
                anyOfPhrases: walk && expression.isAnyOfPhrases, phrases: walk ? expression.phraseTexts : [],
                phraseGroups: walk ? expression.phraseGroups : nil)
            var tally = scan.tally
            return (scan.best.ranked, tally.total, try tally.facets(db))
        }
    }

    /// The expressions whose walked ranking differs from the statement's, with what differs,
    /// for a deep page and a shallow one (where most rows cannot make the page and the walks
    /// skip counting them).
    private static func differences(_ store: IndexStore) throws -> [String] {
        try expressions.flatMap { expression in [(expression, 40), (expression, 3)] }.compactMap { expression, depth in
            let walked = try ranking(store, expression, walk: true, depth: depth)
            let stepped = try ranking(store, expression, walk: false, depth: depth)
            var different: [String] = []
            if walked.hits.map(\.id) != stepped.hits.map(\.id) { different.append("order") }
            if walked.hits.map(\.score) != stepped.hits.map(\.score) { different.append("scores") }
            if walked.hits.map(\.positions) != stepped.hits.map(\.positions) { different.append("positions") }
            if walked.total != stepped.total { different.append("total \(walked.total) vs \(stepped.total)") }
            if walked.facets != stepped.facets { different.append("facets") }
            return different.isEmpty ? nil : "\(expression.rawValue) (\(depth)): \(different.joined(separator: ", "))"
        }
    }

    @Test("on the sample corpus, in one segment")
    func sampleCorpus() throws {
        let store = try SampleCorpusIndex.store()
        #expect(try Self.ranking(store, Self.expressions[0], walk: true).total > 0)
        let differences = try Self.differences(store)
        #expect(differences == [])
    }

    @Test("on an edited copy, whose newer segments override and delete rows")
    func editedCopy() throws {
        let (folder, corpus, path, indexer) = try SampleCorpusIndex.indexedCopy("walks")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try IndexStore.openForReading(at: path)
        // The run's merge then needs 16 segments on a level: the edit's stay apart.
        try indexer.store.writer.write { db in
            try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES ('usermerge', 16)")
        }
        try Self.edit(corpus)
        _ = try indexer.run(paths: [corpus.path], full: false)
        #expect(try store.reader.read { db in try FTS5TermRows.structure(db)?.count ?? 0 } > 1)
        let differences = try Self.differences(store)
        #expect(differences == [])
    }

    @Test("on an edited copy in small pages, part-way through a merge of its segments")
    func midMerge() throws {
        let (folder, corpus, path, indexer) = try SampleCorpusIndex.indexedCopy("walks-merge")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fts = "INSERT INTO articles_fts(articles_fts, rank) VALUES"
        // Pages of 64 bytes: terms and lists cross pages everywhere. The index is rebuilt in
        // them (a `--full` run keeps the entries of text that has not changed), and the edit
        // run's merge then needs 16 segments on a level, so the edit's stay apart.
        try indexer.store.writer.write { db in
            try db.execute(sql: "\(fts) ('pgsz', 64)")
            try db.execute(sql: "\(fts) ('usermerge', 16)")
            try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
        }
        try Self.edit(corpus)
        _ = try indexer.run(paths: [corpus.path], full: false)
        // All segments to one level, and a merge of them begun but cut short after 3 pages:
        // its inputs now start past their first page, and its output holds what they lost.
        try indexer.store.writer.write { db in try db.execute(sql: "\(fts) ('merge', -3)") }
        let store = try IndexStore.openForReading(at: path)
        let segments = try store.reader.read { db in try FTS5TermRows.structure(db) } ?? []
        #expect(segments.count > 2 && segments.contains { $0.firstPage > 1 })
        let differences = try Self.differences(store)
        #expect(differences == [])
    }

    /// Removes every fifth file of `corpus` and adds a sentence to every third of the rest.
    private static func edit(_ corpus: URL) throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count > 20)
        for (index, file) in files.enumerated() {
            let url = corpus.appendingPathComponent(file)
            if index % 5 == 0 {
                try FileManager.default.removeItem(at: url)
            } else if index % 3 == 0 {
                let text = try String(contentsOf: url, encoding: .utf8)
                try (text + "\nThe president said the ceasefire held at the energy facilities of the Black Sea.\n")
                    .write(to: url, atomically: true, encoding: .utf8)
            }
        }
    }
}
