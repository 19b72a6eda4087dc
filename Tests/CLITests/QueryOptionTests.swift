import Foundation
import Testing

/// Options and conveniences around `query` and `show` that a person relies on.
@Suite("query options and show by id prefix")
struct QueryOptionTests {
    @Test("--from later than --to is a usage error, like a reversed date: range")
    func reversedRange() throws {
        let result = try SampleIndex.cli().run(["query", "ceasefire", "--from", "2025", "--to", "2024-06"])
        #expect(result.status == 2)
        #expect(result.stderr == "newsearch: --from 2025 is later than --to 2024-06\n")
    }

    @Test("text hits show the first 8 digits of their id, and show accepts that prefix")
    func idPrefix() throws {
        let cli = try SampleIndex.cli()
        let json = try cli.queryJSON(["ceasefire energy facilities", "--limit", "1"])
        let hit = try #require((json["results"] as? [[String: Any]])?.first)
        let id = try #require(hit["id"] as? String)
        let text = try cli.run(["query", "ceasefire energy facilities", "--limit", "1"])
        #expect(text.stdout.contains(" · \(id.prefix(8))\n"))
        let shown = try cli.run(["show", String(id.prefix(8)), "--json"])
        #expect(shown.status == 0)
        #expect(try CLI.json(shown.stdout)["id"] as? String == id)
        let tooShort = try cli.run(["show", String(id.prefix(3))])
        #expect(tooShort.status == 1)
        #expect(tooShort.stderr == "newsearch: no article with id or path '\(id.prefix(3))' in the index\n")
    }

    @Test("query --help is the root's help for query: the full usage line, and the root's options", arguments: ["--help", "-h"])
    func queryHelp(flag: String) throws {
        let cli = try SampleIndex.cli()
        let help = try cli.run(["query", flag])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: newsearch query [<options>] [<query> ...]"))
        #expect(help.stdout.contains("--version               Show the version."))
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try SampleIndex.cli().run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("newsearch "))
    }
}
