import Foundation
import Testing

/// `section:` and `--section` are case-insensitive beyond ASCII, and the facet agrees.
@Suite("sections with accented capitals")
struct SectionFilterTests {
    /// Three articles filed under one section spelled three ways, and one under another.
    static let files: [(String, String)] = [
        ("a.txt", "Today : Mar 2, 2025\nÉconomie\n1 March 2025\n\nLa croissance ralentit\n\nLa croissance a ralenti en février.\n"),
        ("b.txt", "Today : Mar 3, 2025\nÉCONOMIE\n2 March 2025\n\nLe chômage baisse\n\nLe chômage a baissé en février.\n"),
        ("c.txt", "Today : Mar 4, 2025\néconomie\n3 March 2025\n\nInflation stable\n\nL'inflation est restée stable en février.\n"),
        ("d.txt", "Today : Mar 5, 2025\nSport\n4 March 2025\n\nLe PSG gagne\n\nLe PSG a gagné en février.\n"),
    ]

    /// A runner whose index holds `files`.
    static func indexed() throws -> CLI {
        let cli = try CLI()
        let folder = cli.folder.appendingPathComponent("sections")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        #expect(try cli.run(["index", folder.path, "--quiet"]).status == 0)
        return cli
    }

    @Test("every spelling of the section selects all three articles")
    func filter() throws {
        let cli = try Self.indexed()
        for spelling in ["économie", "Économie", "ÉCONOMIE", "Economie"] {
            let option = QueryJSON(try cli.queryJSON(["--section", spelling]))
            #expect(option.total == 3, "--section \(spelling)")
            let inQuery = QueryJSON(try cli.queryJSON(["février section:\(spelling)"]))
            #expect(inQuery.total == 3, "section:\(spelling)")
        }
    }

    @Test("the section facet counts one bucket for the three spellings")
    func facet() throws {
        let cli = try Self.indexed()
        let sections = QueryJSON(try cli.queryJSON(["février"])).facet("sections")
        #expect(sections.map(\.count) == [3, 1])
        #expect(QueryTokenizerFolding.folded(sections.first?.value ?? "") == "economie")
        #expect(sections.last?.value == "Sport")
    }
}

/// Case and accent folding written out for the test, independently of NewsSearch.
enum QueryTokenizerFolding {
    /// `Économie` → `economie`.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }
}
