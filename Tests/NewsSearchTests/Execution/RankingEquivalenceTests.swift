import Foundation
import GRDB
import NewsAnalysis
import NewsIndex
import Testing

@testable import NewsSearch

/// "Speed never changes an answer": whatever the Searcher does to be fast, its hits, order,
/// totals and facets equal what plain SQL computes on the same index.
@Suite("Searcher answers equal naive SQL on the sample corpus")
struct RankingEquivalenceTests {
    /// Queries with a text part, covering words, phrases, OR (of words, a phrase and a prefix),
    /// NOT, prefixes, fields and filters.
    static let queries = [
        "ceasefire", "kursk", "NATO", "trump", "ceasefire energy facilities", "\"energy facilities\"",
        "sanctions package", "ceasefire OR truce", "putin -trump", "minist*", "title:ceasefire",
        "lede:nato OR body:otan", "interest rates Federal Reserve", "Zaporizhzhia nuclear plant IAEA",
        "gaza ceasefire hostages", "oil section:energy", "defence date:2025", "Élysée",
        "prisoner exchange date:2025-01..2025-06", "black sea shipping",
        "\"energy facilities\" OR kursk OR minist* OR trump",
    ]

    /// The article ids matching `outcome`'s compiled query and filters, with their bm25 score,
    /// best first, computed with plain SQL.
    static func naiveRanking(_ outcome: SearchOutcome, dates: ClosedRange<Int>? = nil, sections: [String] = [])
        throws -> [(id: String, bm25: Double)]
    {
        let match = try #require(outcome.compiled.positive?.rawValue)
        var sql = """
            SELECT a.doc_id, bm25(articles_fts, 10.0, 4.0, 1.0) AS score, a.id
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH ?
            """
        var arguments: StatementArguments = [match]
        if let dates {
            sql += " AND a.date BETWEEN ? AND ?"
            arguments += [dates.lowerBound, dates.upperBound]
        }
        for section in sections {
            sql += " AND lower(a.section) = lower(?)"
            arguments += [section]
        }
        return try SampleCorpusIndex.store().reader.read { db in
            try Row.fetchAll(db, sql: sql + " ORDER BY score, a.id", arguments: arguments)
                .map { (id: $0[0], bm25: $0[1]) }
        }
    }

    /// The date and section filters of a query, as naive SQL bounds.
    static func filters(_ outcome: SearchOutcome) -> (ClosedRange<Int>?, [String]) {
        let dates = outcome.compiled.filters.dates
        let range = dates.map { ($0.lower ?? 0)...($0.upper ?? 99_999_999) }
        return (range, outcome.compiled.filters.sections)
    }

    @Test("hits come in plain bm25(10, 4, 1) order, with the same total and scores", arguments: queries)
    func rankingEqualsBM25(query: String) throws {
        let outcome = try SampleCorpusIndex.search(query)
        let (dates, sections) = Self.filters(outcome)
        let naive = try Self.naiveRanking(outcome, dates: dates, sections: sections)
        #expect(!naive.isEmpty, "the query should match something: \(query)")
        #expect(outcome.results.total == naive.count)
        #expect(outcome.results.hits.map(\.id) == naive.map(\.id))
        for (hit, expected) in zip(outcome.results.hits, naive) {
            #expect(hit.score == -expected.bm25, "\(hit.path): \(hit.score) vs \(-expected.bm25)")
        }
    }

    @Test("a page is the same slice of the full ranking", arguments: ["trump", "ceasefire OR truce", "NATO"])
    func pagesAreSlices(query: String) throws {
        let full = try SampleCorpusIndex.search(query).results.hits.map(\.id)
        var collected: [String] = []
        var options = SearchOptions()
        options.text = query
        options.limit = 4
        while options.offset < full.count + 4 {
            let page = try SearchService(store: SampleCorpusIndex.store(), actors: nil).search(options)
            #expect(page.results.total == full.count)
            collected += page.results.hits.map(\.id)
            options.offset += options.limit
        }
        #expect(collected == full)
    }

    @Test("date and section facets equal GROUP BY counts over every match", arguments: queries)
    func facetsEqualGroupBy(query: String) throws {
        let outcome = try SampleCorpusIndex.search(query)
        let (dates, sections) = Self.filters(outcome)
        let ids = try Self.naiveRanking(outcome, dates: dates, sections: sections).map(\.id)
        let rows = try SampleCorpusIndex.store().reader.read { db in
            try Row.fetchAll(db, sql: "SELECT doc_id, date, section FROM articles")
        }
        let wanted = Set(ids)
        var months: [String: Int] = [:]
        var bySection: [String: (name: String, count: Int)] = [:]
        for row in rows where wanted.contains(row[0]) {
            if let date: Int = row[1] {
                months[String(format: "%04d-%02d", date / 10_000, date / 100 % 100), default: 0] += 1
            }
            if let section: String = row[2] {
                let key = section.lowercased()
                let name = min(bySection[key]?.name ?? section, section)
                bySection[key] = (name, (bySection[key]?.count ?? 0) + 1)
            }
        }
        let facets = outcome.results.facets
        #expect(facets.dates.map(\.value) == months.keys.sorted(by: >))
        #expect(facets.dates.map(\.count) == months.keys.sorted(by: >).map { months[$0]! })
        let expectedSections = bySection.values.sorted { ($1.count, $0.name) < ($0.count, $1.name) }.prefix(10)
        #expect(facets.sections.map(\.value) == expectedSections.map(\.name))
        #expect(facets.sections.map(\.count) == expectedSections.map(\.count))
    }

    @Test("actor facets equal GROUP BY counts over every match", arguments: queries)
    func actorFacetsEqualGroupBy(query: String) throws {
        let outcome = try SampleCorpusIndex.search(query)
        let (dates, sections) = Self.filters(outcome)
        let wanted = Set(try Self.naiveRanking(outcome, dates: dates, sections: sections).map(\.id))
        let rows = try SampleCorpusIndex.store().reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.doc_id, ac.name FROM article_actors aa
                JOIN articles a ON a.id = aa.article_id JOIN actors ac ON ac.id = aa.actor_id
                """)
        }
        var counts: [String: Int] = [:]
        for row in rows where wanted.contains(row[0]) { counts[row[1], default: 0] += 1 }
        let expected = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(10)
        #expect(outcome.results.facets.actors.map(\.value) == expected.map(\.key))
        #expect(outcome.results.facets.actors.map(\.count) == expected.map(\.value))
    }

    @Test("a filter-only listing is newest first, undated last, like ORDER BY date DESC")
    func listingOrder() throws {
        let outcome = try SampleCorpusIndex.search("")
        let naive = try SampleCorpusIndex.store().reader.read { db in
            try String.fetchAll(db, sql: "SELECT doc_id FROM articles ORDER BY date IS NULL, date DESC, id DESC")
        }
        #expect(outcome.results.total == naive.count)
        #expect(outcome.results.hits.map(\.id) == naive)
        let oldest = try SampleCorpusIndex.search("", sort: .oldest).results.hits
        let dated = oldest.compactMap(\.date)
        #expect(dated == dated.sorted())
        #expect(oldest.last?.date == nil)
    }

    @Test("an exclusion-only query removes exactly the articles that match the word")
    func exclusionOnly() throws {
        let outcome = try SampleCorpusIndex.search("-trump")
        let withTrump = try SampleCorpusIndex.search("trump").results.total
        let all = try SampleCorpusIndex.search("").results.total
        #expect(outcome.results.total == all - withTrump)
        #expect(outcome.compiled.positive == nil)
        #expect(outcome.compiled.excluded != nil)
    }

    @Test("every highlighted word of a snippet is a matched term", arguments: ["ceasefire", "kursk", "sanctions"])
    func snippetMarks(word: String) throws {
        let hits = try SampleCorpusIndex.search(word).results.hits
        #expect(!hits.isEmpty)
        for hit in hits {
            let marked = hit.snippet.segments.filter(\.highlighted).map { $0.text.lowercased() }
            #expect(!marked.isEmpty, "no highlight in \(hit.path)")
            for text in marked { #expect(text.hasPrefix(String(word.prefix(6))), "\(hit.path): \(text)") }
        }
    }

    @Test("a phrase is marked as one span, a stem where the index matched it, and a cut passage says so")
    func snippetSpans() throws {
        let phrase = try SampleCorpusIndex.search("\"energy facilities\"").results.hits
        let spans = phrase.flatMap { $0.snippet.segments.filter(\.highlighted).map { $0.text.lowercased() } }
        #expect(!spans.isEmpty && spans.allSatisfy { $0 == "energy facilities" }, "\(spans)")
        let dated = try SampleCorpusIndex.search("\"energy facilities\"", sort: .newest).results.hits
        #expect(!dated.isEmpty && dated.allSatisfy { hit in hit.snippet.segments.contains { $0.highlighted } })
        let stemmed = try SampleCorpusIndex.search("ceasefires").results.hits
        #expect(stemmed.contains { hit in hit.snippet.segments.contains { $0.highlighted && $0.text.lowercased() == "ceasefire" } })
        for hit in stemmed {
            let words = hit.snippet.plain.split(separator: " ").count
            #expect(words <= Snippets.tokens * 3 / 2, "\(hit.path): \(hit.snippet.plain)")
            #expect(hit.snippet.plain.hasPrefix("…") || hit.snippet.plain.hasSuffix("…") || words < Snippets.tokens)
        }
    }

    /// An index of `copies` identical articles (one score for all) and a few others with the
    /// word once, built in a temporary folder (the caller removes the index's folder).
    static func tiedIndex(copies: Int) throws -> IndexStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsearch-ties-\(UUID().uuidString)")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        func write(_ name: String, _ body: String) throws {
            try "Today : Mar 3, 2025\nWorld\n\nHarbour report\n\n\(body)\n"
                .write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        for copy in 0..<copies { try write(String(format: "copy-%03d.txt", copy), "The lighthouse keeper saw the lighthouse lamp fail twice.") }
        for other in 0..<5 { try write("other-\(other).txt", "A lighthouse stood on the cape for \(other + 2) centuries before the storm took the pier away.") }
        let store = try IndexStore.openForWriting(at: folder.appendingPathComponent("index.sqlite").path)
        _ = try Indexer(store: store, analyzer: ArticleAnalyzer()).run(paths: [corpus.path], full: false)
        return store
    }

    @Test("a page cut inside a run of equal scores is the one plain bm25 gives, ties by id", arguments: [10, 40])
    func tiedScoresAcrossThePageCut(limit: Int) throws {
        let store = try Self.tiedIndex(copies: 40)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: store.path).deletingLastPathComponent()) }
        var options = SearchOptions()
        options.text = "lighthouse"
        options.limit = limit
        let outcome = try SearchService(store: store, actors: nil).search(options)
        let naive = try store.reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.doc_id, bm25(articles_fts, 10.0, 4.0, 1.0) AS score FROM articles_fts
                JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH 'lighthouse'
                ORDER BY score, a.id LIMIT ?
                """, arguments: [limit])
        }
        #expect(outcome.results.total == 45)
        #expect(outcome.results.hits.map(\.id) == naive.map { $0[0] as String })
        #expect(outcome.results.hits.map(\.score) == naive.map { -($0[1] as Double) })
    }
}
