import Testing

@testable import NewsRender
@testable import NewsSearch

@Suite("show and stats text fit the terminal")
struct DetailAndStatsTextTests {
    /// An article with a title longer than a terminal line.
    static let detail = ArticleDetail(
        id: "78a8ff56ceee880b", path: "/nowhere/corpus/2025/03/trump-putin-call.txt", recordKey: "",
        title: "Trump and Putin Agree 30-Day Halt to Strikes on Energy Facilities, but No Full Ceasefire",
        date: "2025-03-18", section: "Politics", url: nil, source: nil,
        lede: "Vladimir Putin agreed in a phone call with Donald Trump on Tuesday to stop attacks on Ukraine's energy facilities for 30 days.",
        body: "The White House said the two leaders agreed.\n\nThe Kremlin said Putin had immediately ordered the military to halt strikes.",
        actors: [])

    @Test("show: no line is wider than the terminal, the long title included", arguments: [80, 100], [false, true])
    func detailFits(width: Int, colour: Bool) {
        let text = ArticleDetailText.render(Self.detail, width: width, colour: colour)
        for line in ANSIText.visibleLines(text) { #expect(line.count < width, "\(line.count): \(line)") }
        let plain = ANSIText.stripped(text)
        #expect(plain.contains("Full\nCeasefire") || plain.contains("Full Ceasefire"), "the title is kept whole: \(plain)")
        #expect(plain.contains("\n2025-03-18 · Politics\n"))
        #expect(plain.contains("· id 78a8ff56ceee880b"))
    }

    @Test("show: lede and each body paragraph are separate paragraphs")
    func detailParagraphs() {
        let lines = ANSIText.visibleLines(ArticleDetailText.render(Self.detail, width: 200, colour: false))
        #expect(lines.contains(Self.detail.lede))
        #expect(lines.contains("The White House said the two leaders agreed."))
        #expect(lines.contains("The Kremlin said Putin had immediately ordered the military to halt strikes."))
    }

    @Test("stats: every line fits 80 columns, the last run included")
    func statsFits() {
        let stats = IndexStatistics(
            documents: 100_000, files: 99_000, actors: 4_321, firstDate: "1998-01-01", lastDate: "2025-12-19",
            undated: 1_234, bytes: 1_234_567_890,
            lastRun: .init(
                startedAt: 1_790_000_000, finishedAt: 1_790_000_020, status: "completed", added: 100_000,
                changed: 12_345, removed: 1_234, unchanged: 98_765, failed: 12))
        let text = IndexStatisticsText.render(stats, path: "/home/ana/.local/share/newsearch/index.sqlite")
        for line in ANSIText.visibleLines(text) { #expect(line.count < 80, "\(line.count): \(line)") }
        #expect(text.contains("articles  100000 in 99000 files (1234 undated)\n"))
        #expect(text.contains("dates     1998-01-01 .. 2025-12-19\n"))
        #expect(text.contains("100000 new, 12345 changed, 1234 removed, 98765 unchanged, 12 failed"))
    }

    @Test("stats without any run says never")
    func statsNeverRun() {
        let stats = IndexStatistics(
            documents: 0, files: 0, actors: 0, firstDate: nil, lastDate: nil, undated: 0, bytes: 4096, lastRun: nil)
        let text = IndexStatisticsText.render(stats, path: "/tmp/i.sqlite")
        #expect(text.contains("dates     none\n"))
        #expect(text.hasSuffix("last run  never\n"))
    }
}

@Suite("facet lines and snippet blocks in the results text")
struct FacetsAndSnippetTextTests {
    @Test("a facet line wraps between buckets, never between a name and its count", arguments: [40, 60, 80])
    func facetItemsWhole(width: Int) {
        let names = ["World", "Politics", "Europe", "Markets", "Business", "Culture", "Energy", "Food", "Science", "Opinion"]
        let facets = Facets(
            dates: [], sections: names.enumerated().map { FacetCount(value: $1, kind: nil, count: 12 - $0) }, actors: [])
        let text = FacetsText(width: width, colour: false).render(facets)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count > 1)
        for line in lines {
            #expect(line.count < width, "\(line.count): \(line)")
            #expect(!line.hasSuffix("·"), "line ends with a separator: \(line)")
            let trimmed = line.hasPrefix("sections:  ") ? String(line.dropFirst(11)) : String(line.drop { $0 == " " })
            for item in trimmed.components(separatedBy: " · ") {
                #expect(item.wholeMatch(of: /\S+ \d+/) != nil, "bucket split: '\(item)' in '\(line)'")
            }
        }
    }

    @Test("a snippet cut to four lines ends in an ellipsis")
    func snippetEllipsis() {
        let long = (1...80).map { "word\($0)" }.joined(separator: " ")
        let hit = SearchHit(
            id: "a", path: "/x/a.txt", title: "A title", date: "2025-01-01", section: nil, score: 1,
            snippet: HighlightedText([.init(long, highlighted: false)]), actors: [])
        let text = SearchResultsText(width: 80, colour: false).render(
            SearchResults(total: 1, hits: [hit], facets: Facets()), offset: 0, tookMilliseconds: 1, expansions: [])
        let snippetLines = ANSIText.visibleLines(text).filter { $0.hasPrefix("    word") }
        #expect(snippetLines.count == 4)
        #expect(snippetLines.last?.hasSuffix("…") == true)
        for line in snippetLines { #expect(line.count < 80) }
    }

    @Test("paragraph breaks inside a snippet show as one space")
    func paragraphBreaks() {
        let hit = SearchHit(
            id: "a", path: "/x/a.txt", title: "A title", date: nil, section: nil, score: 1,
            snippet: HighlightedText([
                .init("a new front in his trade war.\n\n", highlighted: false), .init("Trump", highlighted: true),
                .init(" has already\nraised tariffs", highlighted: false),
            ]), actors: [])
        let text = SearchResultsText(width: 80, colour: false).render(
            SearchResults(total: 1, hits: [hit], facets: Facets()), offset: 0, tookMilliseconds: 1, expansions: [])
        #expect(text.contains("    a new front in his trade war. Trump has already raised tariffs\n"))
    }
}
