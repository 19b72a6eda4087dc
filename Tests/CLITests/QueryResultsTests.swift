import Foundation
import Testing

/// `newsearch query` on the sample corpus: which hits, in which order, how many, which facets.
@Suite("query results on the sample corpus")
struct QueryResultsTests {
    @Test("kursk finds exactly the four articles that mention it, the incursion report first")
    func exactHits() throws {
        let result = QueryJSON(try SampleIndex.query(["kursk"]))
        #expect(result.total == 4)
        #expect(result.paths.first == "corpus/2024/08/kursk-incursion.txt")
        #expect(Set(result.paths) == [
            "corpus/2024/08/kursk-incursion.txt", "corpus/2024/10/north-korean-troops-russia.txt",
            "corpus/2024/11/atacms-oreshnik-missile.txt", "corpus/2025/03/jeddah-ukraine-accepts-ceasefire.txt",
        ])
        let scores = result.results.map { $0["score"] as? Double ?? 0 }
        #expect(scores == scores.sorted(by: >))
    }

    @Test("total counts every match, not just the page", arguments: ["trump", "ceasefire", "NATO"])
    func totalIsNotThePage(query: String) throws {
        let page = QueryJSON(try SampleIndex.query([query, "--limit", "2"]))
        let all = QueryJSON(try SampleIndex.query([query, "--limit", "1000"]))
        #expect(page.results.count == 2)
        #expect(page.total == all.total)
        #expect(all.results.count == all.total)
        #expect(Set(all.ids).count == all.total)
    }

    @Test("pages from --limit/--offset are disjoint, contiguous and share one total", arguments: ["trump", "-trump"])
    func paging(query: String) throws {
        let all = QueryJSON(try SampleIndex.query([query, "--limit", "1000"]))
        #expect(all.total > 9)
        var pages: [String] = []
        for offset in stride(from: 0, through: all.total + 3, by: 4) {
            let page = try SampleIndex.query([query, "--limit", "4", "--offset", String(offset)])
            #expect(QueryJSON(page).total == all.total)
            #expect(page["offset"] as? Int == offset)
            #expect(page["limit"] as? Int == 4)
            pages += QueryJSON(page).ids
        }
        #expect(pages == all.ids)
    }

    @Test("--sort newest and oldest order by date, undated last", arguments: ["newest", "oldest"])
    func sortByDate(sort: String) throws {
        let result = QueryJSON(try SampleIndex.query(["Kallas", "--sort", sort, "--limit", "100"]))
        #expect(result.total == 7)
        let dates = result.dates
        #expect(dates.last == .some(nil), "the undated profile comes last")
        let dated = dates.compactMap { $0 }
        #expect(dated.count == dates.count - 1)
        #expect(dated == (sort == "newest" ? dated.sorted(by: >) : dated.sorted()))
    }

    @Test("date facets: months newest first, counts adding up to the dated hits", arguments: ["Kallas", "trump", "ceasefire OR truce", "section:world"])
    func dateFacets(query: String) throws {
        let result = QueryJSON(try SampleIndex.query([query, "--limit", "1000"]))
        let months = result.facet("dates")
        #expect(!months.isEmpty)
        #expect(months.map(\.value) == months.map(\.value).sorted(by: >))
        #expect(Set(months.map(\.value)).count == months.count)
        let sum = months.map(\.count).reduce(0, +)
        #expect(sum <= result.total)
        #expect(sum == result.dates.compactMap { $0 }.count)
        for month in months {
            #expect(month.count == result.dates.filter { $0?.hasPrefix(month.value + "-") == true }.count)
        }
    }

    @Test("each section facet count equals the total of the same query with --section", arguments: ["trump", "ceasefire OR sanctions", ""])
    func sectionFacets(query: String) throws {
        let result = QueryJSON(try SampleIndex.query([query]))
        let sections = result.facet("sections")
        #expect(sections.count >= 2)
        #expect(sections.map(\.count) == sections.map(\.count).sorted(by: >))
        for section in sections {
            let narrowed = QueryJSON(try SampleIndex.query([query, "--section", section.value.uppercased(), "--limit", "0"]))
            #expect(narrowed.total == section.count, "\(section.value)")
        }
    }

    @Test("a month written three ways selects the same eight March 2025 articles", arguments: [
        ["date:2025-03"], ["date:2025-03-01..2025-03-31"], ["--from", "2025-03", "--to", "2025-03"],
        ["--from", "2025-03-01", "--to", "2025-03-31"], ["date:2025", "--from", "2025-03", "--to", "2025-03-31"],
    ])
    func monthFilter(arguments: [String]) throws {
        let result = QueryJSON(try SampleIndex.query(arguments + ["--limit", "100"]))
        #expect(result.total == 8)
        #expect(result.dates.allSatisfy { $0?.hasPrefix("2025-03-") == true })
        #expect(result.paths.contains("corpus/2025/03/zelensky-trump-minerals-deal-unsigned.txt"), "dated 01/03/2025, day first")
    }

    @Test("a day range keeps only the days inside it, bounds included")
    func dayRange() throws {
        let result = QueryJSON(try SampleIndex.query(["--from", "2025-03-11", "--to", "2025-03-18", "--limit", "100"]))
        #expect(result.dates == ["2025-03-18", "2025-03-18", "2025-03-13", "2025-03-11"])
        let day = QueryJSON(try SampleIndex.query(["date:2025-03-18"]))
        #expect(Set(day.paths).contains("corpus/2025/03/trump-putin-call.txt"))
        #expect(day.total == 2)
    }

    @Test("section: in the query and --section are case-insensitive and agree")
    func sectionFilter() throws {
        let inQuery = QueryJSON(try SampleIndex.query(["section:energy", "--limit", "100"]))
        let option = QueryJSON(try SampleIndex.query(["--section", "ENERGY", "--limit", "100"]))
        #expect(inQuery.total == 6)
        #expect(inQuery.ids == option.ids)
        #expect(inQuery.results.allSatisfy { $0["section"] as? String == "Energy" })
        let combined = QueryJSON(try SampleIndex.query(["oil", "section:energy", "--limit", "100"]))
        #expect(combined.total > 0 && combined.total < 6)
        #expect(combined.results.allSatisfy { $0["section"] as? String == "Energy" })
    }

    @Test("filters alone list every matching article newest first, with undated ones last")
    func filterOnly() throws {
        let all = QueryJSON(try SampleIndex.query(["--limit", "1000"]))
        #expect(all.total == 86)
        #expect(all.dates.last == .some(nil))
        let dated = all.dates.compactMap { $0 }
        #expect(dated == dated.sorted(by: >))
        #expect(all.results.allSatisfy { $0["score"] as? Double == 0 })
        let year = QueryJSON(try SampleIndex.query(["date:2024", "--limit", "1000"]))
        #expect(year.dates.allSatisfy { $0?.hasPrefix("2024-") == true })
        #expect(year.dates.compactMap { $0 } == year.dates.compactMap { $0 }.sorted(by: >))
        #expect(year.total + QueryJSON(try SampleIndex.query(["date:2025", "--limit", "0"])).total == 85)
    }

    @Test("case and accents do not matter", arguments: [["Elysee", "ÉLYSÉE", "élysée", "elysée"], ["kursk", "KURSK", "Kursk"]])
    func folding(spellings: [String]) throws {
        let ids = try spellings.map { QueryJSON(try SampleIndex.query([$0, "--limit", "100"])).ids }
        #expect(!ids[0].isEmpty)
        for other in ids.dropFirst() { #expect(other == ids[0]) }
    }

    @Test("Windows-1252, BOM and CRLF files are searchable by their own words", arguments: [
        ("Soudja", "corpus/2025/03/koursk-soudja-reprise.txt"),
        ("Lecornu Matignon", "corpus/2025/09/lecornu-matignon-bayrou-chute.txt"),
        ("Starmer landslide", "corpus/2024/07/starmer-wins-landslide.txt"),
        ("Navalny", "corpus/2024/02/navalny-mort-en-prison.txt"),
    ])
    func encodings(query: String, path: String) throws {
        let result = QueryJSON(try SampleIndex.query([query]))
        #expect(result.paths.contains(path))
    }

    @Test("an exclusion removes exactly the articles with the word")
    func exclusion() throws {
        let with = QueryJSON(try SampleIndex.query(["trump", "--limit", "0"])).total
        let without = QueryJSON(try SampleIndex.query(["-trump", "--limit", "0"])).total
        let notForm = QueryJSON(try SampleIndex.query(["NOT trump", "--limit", "0"])).total
        #expect(with + without == 86)
        #expect(notForm == without)
    }
}
