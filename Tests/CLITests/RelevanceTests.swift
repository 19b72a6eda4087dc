import Foundation
import Testing

/// One line of `Fixtures/relevance.json`: a query and the article that must rank first.
struct RelevanceCase: Sendable, Decodable, CustomTestStringConvertible {
    /// The query as a user types it.
    var query: String
    /// The expected first hit, relative to `corpus/`.
    var first: String
    /// Extra options (e.g. `--exact`), if any.
    var options: [String]?

    var testDescription: String { query }

    /// Every case of the fixture file (none when it cannot be read: the count test then fails).
    static let all: [RelevanceCase] = {
        let url = CLI.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/relevance.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([RelevanceCase].self, from: data)) ?? []
    }()
}

/// Data-driven relevance: adding a case to `relevance.json` needs no code.
@Suite("relevance: the right article ranks first")
struct RelevanceTests {
    @Test("the fixture file has cases")
    func fixtureLoads() {
        #expect(RelevanceCase.all.count >= 10)
    }

    @Test("the expected article is the first hit", arguments: RelevanceCase.all)
    func ranksFirst(_ relevance: RelevanceCase) throws {
        let result = QueryJSON(try SampleIndex.query([relevance.query, "--limit", "1"] + (relevance.options ?? [])))
        let path = try #require(result.paths.first, "no hit for \(relevance.query)")
        #expect(path.hasSuffix("corpus/" + relevance.first))
    }

    @Test("poutine ranks the dish first with or without --exact")
    func poutine() throws {
        for options in [[], ["--exact"]] {
            let result = QueryJSON(try SampleIndex.query(["poutine", "--limit", "3"] + options))
            #expect(result.paths.first == "corpus/2025/02/poutine-quebec-comfort-food.txt", "options \(options)")
        }
    }
}
