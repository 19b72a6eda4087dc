import Testing
@testable import NewsSearch

@Suite("QueryParser: filters")
struct QueryFilterTests {
    static let filters: [(String, QueryFilters)] = [
        ("actor:putin", QueryFilters(actors: ["putin"])),
        ("actor:\"Vladimir Putin\"", QueryFilters(actors: ["Vladimir Putin"])),
        ("actor:putin actor:trump", QueryFilters(actors: ["putin", "trump"])),
        ("section:politics", QueryFilters(sections: ["politics"])),
        ("section:\"Middle East\"", QueryFilters(sections: ["Middle East"])),
        ("Section:World section:Politics", QueryFilters(sections: ["World", "Politics"])),
        ("date:2025", QueryFilters(dates: DateRange(lower: 20250101, upper: 20251231))),
        ("date:2025-03", QueryFilters(dates: DateRange(lower: 20250301, upper: 20250331))),
        ("date:2024-02", QueryFilters(dates: DateRange(lower: 20240201, upper: 20240229))),
        ("date:2025-03-18", QueryFilters(dates: DateRange(lower: 20250318, upper: 20250318))),
        ("date:2025-03-01..2025-03-31", QueryFilters(dates: DateRange(lower: 20250301, upper: 20250331))),
        ("date:2024..2025-02", QueryFilters(dates: DateRange(lower: 20240101, upper: 20250228))),
        ("date:2025-03..", QueryFilters(dates: DateRange(lower: 20250301, upper: nil))),
        ("date:..2024-12", QueryFilters(dates: DateRange(lower: nil, upper: 20241231))),
        ("date:\"2025-03\"", QueryFilters(dates: DateRange(lower: 20250301, upper: 20250331))),
        ("date:2025 date:2025-03..", QueryFilters(dates: DateRange(lower: 20250301, upper: 20251231))),
        ("ceasefire OR date:2025", QueryFilters(dates: DateRange(lower: 20250101, upper: 20251231))),
    ]

    @Test("each filter form is parsed and combined", arguments: filters)
    func filter(input: String, expected: QueryFilters) throws {
        #expect(try QueryParser.parse(input).filters == expected)
    }

    @Test("filters leave the text part alone")
    func filtersAndText() throws {
        let parsed = try QueryParser.parse("section:politics ceasefire actor:putin truce")
        #expect(parsed.root == .and([.term("ceasefire"), .term("truce")]))
        #expect(parsed.filters == QueryFilters(actors: ["putin"], sections: ["politics"]))
        #expect(parsed.issues.isEmpty)
    }

    static let invalidDates = [
        "2025-13", "yesterday", "2025-02-30", "25", "2025-3", "2025-03-1", "..", "2025..2024",
        "2025-03-18..2025-03-01", "2025...2026", "２０２５", "2025-03..x", "0000",
    ]

    @Test("a date: value that names no date is the one hard error", arguments: invalidDates)
    func invalidDate(value: String) {
        #expect(throws: QueryError.invalidDate(value)) { try QueryParser.parse("ceasefire date:\(value)") }
    }

    @Test("the invalid-date message, word for word")
    func invalidDateMessage() {
        #expect(QueryError.invalidDate("yesterday").description
            == "invalid date 'yesterday' in date: filter (expected YYYY, YYYY-MM, YYYY-MM-DD or A..B)")
        #expect(QueryError.invalidDate("2025-13").description
            == "invalid date '2025-13' in date: filter (expected YYYY, YYYY-MM, YYYY-MM-DD or A..B)")
    }

    @Test("--from and --to values use the same reader")
    func dateParserForOptions() throws {
        #expect(try QueryDateParser.range("2025-03").lower == 20250301)
        #expect(try QueryDateParser.range("2025").upper == 20251231)
        #expect(DateRange(lower: 20250301, upper: nil).contains(20250401))
        #expect(!DateRange(lower: 20250301, upper: 20250331).contains(20250401))
    }
}
