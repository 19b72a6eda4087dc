import Testing

@testable import NewsRender
@testable import NewsSearch

@Suite("SearchResultsText: the terminal layout of a search")
struct SearchResultsTextTests {
    /// A hit with a long title, a long path and a long snippet.
    static func hit(_ number: Int, date: String? = "2025-03-18", section: String? = "Politics") -> SearchHit {
        SearchHit(
            id: "doc\(number)",
            path: "/nowhere/corpus/2025/03/a-very-long-file-name-about-trump-putin-call-energy-facilities-\(number).txt",
            title: "Trump and Putin agree to halt strikes on energy facilities, but not the wider 30-day ceasefire Kyiv accepted",
            date: date, section: section, score: 12.5,
            snippet: HighlightedText([
                .init("… Ukraine has accepted the American initiative for a 30-day ", highlighted: false),
                .init("ceasefire", highlighted: true),
                .init(", while Moscow insisted that strikes on energy ", highlighted: false),
                .init("facilities", highlighted: true),
                .init(" stop first; officials in Kyiv, Washington, Riyadh and Brussels said talks would go on …", highlighted: false),
            ]),
            actors: [])
    }

    /// Results with facets that need wrapping.
    static let results = SearchResults(
        total: 42, hits: (1...10).map { hit($0) } + [hit(11, date: nil, section: nil)],
        facets: Facets(
            dates: (1...14).map { FacetCount(value: String(format: "2025-%02d", 15 - $0 > 12 ? 12 : 15 - $0), kind: nil, count: $0 * 3) },
            sections: ["Politics", "World", "Europe", "Energy", "Markets", "Business", "Science", "Culture", "Food", "Opinion and analysis"]
                .enumerated().map { FacetCount(value: $1, kind: nil, count: 20 - $0) },
            actors: []))

    @Test("no line is wider than the terminal", arguments: [40, 60, 80, 120], [false, true])
    func fitsWidth(width: Int, colour: Bool) {
        let text = SearchResultsText(width: width, colour: colour).render(
            Self.results, offset: 0, tookMilliseconds: 3.14, expansions: [("putin", ["poutine", "путин", "Vladimir Vladimirovich Putin", "V. Putin", "Putin's"])])
        for line in ANSIText.visibleLines(text) {
            #expect(line.count <= width, "\(line.count) > \(width): \(line)")
        }
    }

    @Test("a pipe gets no ANSI escapes; a terminal gets the matches highlighted")
    func colour() {
        let plain = SearchResultsText(width: 80, colour: false).render(
            Self.results, offset: 0, tookMilliseconds: 1, expansions: [])
        #expect(!plain.contains("\u{1B}"))
        let coloured = SearchResultsText(width: 80, colour: true).render(
            Self.results, offset: 0, tookMilliseconds: 1, expansions: [])
        #expect(coloured.contains(ANSI.highlight("ceasefire,")))
        #expect(coloured.contains(ANSI.highlight("facilities")))
        #expect(ANSIText.stripped(coloured) == plain)
    }

    @Test("each hit shows rank, date, section, title, path and snippet, in that order")
    func hitBlock() {
        let one = SearchResults(total: 1, hits: [Self.hit(1)], facets: Facets())
        let lines = ANSIText.visibleLines(
            SearchResultsText(width: 200, colour: false).render(one, offset: 0, tookMilliseconds: 2.5, expansions: []))
        #expect(lines[0] == "  1. 2025-03-18 · Politics")
        #expect(lines[1] == "    " + Self.hit(1).title)
        #expect(lines[2] == "    " + Self.hit(1).path)
        #expect(lines[3].hasPrefix("    … Ukraine has accepted"))
        #expect(lines.contains("1 result · 1–1 shown · 2.5 ms"))
    }

    @Test("an undated hit without section says undated")
    func undated() {
        let one = SearchResults(total: 1, hits: [Self.hit(1, date: nil, section: nil)], facets: Facets())
        let text = SearchResultsText(width: 80, colour: false).render(one, offset: 0, tookMilliseconds: 1, expansions: [])
        #expect(text.hasPrefix("  1. undated\n"))
    }

    @Test("ranks continue from the offset, whatever their length", arguments: [0, 9, 998, 9_998, 99_998])
    func ranks(offset: Int) {
        let page = SearchResults(total: offset + 2, hits: [Self.hit(1), Self.hit(2)], facets: Facets())
        let lines = ANSIText.visibleLines(
            SearchResultsText(width: 80, colour: false).render(page, offset: offset, tookMilliseconds: 1, expansions: []))
        let ranks = lines.filter { $0.contains("2025-03-18 · Politics") }
            .map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(ranks == ["\(offset + 1).", "\(offset + 2)."])
        #expect(lines.contains("\(offset + 2) results · \(offset + 1)–\(offset + 2) shown · 1.0 ms"))
    }

    @Test("an empty result says no results")
    func empty() {
        let none = SearchResults(total: 0, hits: [], facets: Facets())
        #expect(SearchResultsText(width: 80, colour: false).render(none, offset: 0, tookMilliseconds: 1, expansions: [])
            == "no results\n")
    }

    @Test("a page past the end says none shown but keeps the total")
    func pastTheEnd() {
        let none = SearchResults(total: 5, hits: [], facets: Facets())
        let text = SearchResultsText(width: 80, colour: false).render(none, offset: 20, tookMilliseconds: 1, expansions: [])
        #expect(text.contains("5 results · none shown (offset 20)"))
    }

    @Test("the month histogram shows the newest 12 months, bars proportional to counts")
    func histogram() {
        let facets = Facets(
            dates: [FacetCount(value: "2025-03", kind: nil, count: 40), FacetCount(value: "2025-02", kind: nil, count: 10)],
            sections: [FacetCount(value: "Politics", kind: nil, count: 30)], actors: [])
        let text = SearchResultsText(width: 80, colour: false).render(
            SearchResults(total: 50, hits: [Self.hit(1)], facets: facets), offset: 0, tookMilliseconds: 1, expansions: [])
        let lines = ANSIText.visibleLines(text)
        let march = lines.first { $0.hasPrefix("  2025-03  ") }
        let february = lines.first { $0.hasPrefix("  2025-02  ") }
        let bar = { (line: String?) in line?.filter { $0 == "█" }.count ?? 0 }
        #expect(bar(march) == 4 * bar(february) && bar(february) > 0)
        #expect(march?.hasSuffix(" 40") == true)
        #expect(lines.contains("sections:  Politics 30"))
        let many = ANSIText.visibleLines(SearchResultsText(width: 80, colour: false).render(
            Self.results, offset: 0, tookMilliseconds: 1, expansions: []))
        #expect(many.contains("by month (newest 12 of 14)"))
        #expect(many.filter { $0.hasPrefix("  2025-") }.count == 12)
    }
}
