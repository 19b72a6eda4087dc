import ArgumentParser
import Testing

@testable import newsearch

/// `newsearch query`'s arguments read without ArgumentParser give the very command
/// ArgumentParser parses, or nothing (ArgumentParser then parses them).
@Suite("query arguments read directly")
struct QueryArgumentsReaderTests {
    /// Every value of a query command, as text (reading one that was never set would stop the
    /// process).
    private static func fields(_ command: QueryCommand) -> [String] {
        [
            "\(command.index.db as Any)", "\(command.words)", "\(command.from as Any)", "\(command.to as Any)",
            "\(command.actor)", "\(command.section)", "\(command.sort)", "\(command.limit)", "\(command.offset)",
            "\(command.json)", "\(command.noFacets)", "\(command.exact)", "\(command.aliases as Any)",
        ]
    }

    @Test("a new property of the query command is read too")
    func everyProperty() {
        let properties = Mirror(reflecting: QueryCommand()).children.count
        #expect(properties == Self.fields(QueryArgumentsReader.command([])!).count, "update QueryArgumentsReader and fields(_:)")
    }

    @Test(
        "common forms give what ArgumentParser parses",
        arguments: [
            [], ["ceasefire"], ["ceasefire", "NATO", "--json"], ["\"energy facilities\"", "actor:putin", "date:2025-03"],
            ["--db", "/tmp/x.sqlite", "ceasefire"], ["ceasefire", "--from", "2025", "--to", "2025-03-31"],
            ["--actor", "Poutine", "--actor", "Zelensky", "talks"], ["--section", "World", "--section", "europe", "x"],
            ["--sort", "newest", "--limit", "25", "--offset", "50", "x"], ["x", "--no-facets", "--exact", "--json"],
            ["x", "--aliases", "my aliases.tsv"], ["", "x"], ["a OR b", "NOT c"], ["--limit", "0", "x"],
            ["--limit", "10000", "x"], ["Путин", "Koursk"],
        ])
    func sameAsArgumentParser(arguments: [String]) throws {
        let read = try #require(QueryArgumentsReader.command(arguments))
        let parsed = try #require(try QueryCommand.parseAsRoot(arguments) as? QueryCommand)
        #expect(Self.fields(read) == Self.fields(parsed))
    }

    @Test(
        "other forms and bad values are left to ArgumentParser",
        arguments: [
            ["ceasefire", "-nato"], ["--limit=5", "x"], ["--json", "--json", "x"], ["--limit", "5", "--limit", "6"],
            ["--limit", "-1", "x"], ["--limit", "many", "x"], ["--limit", "10001", "x"], ["--offset", "-3", "x"],
            ["--sort", "sideways", "x"], ["--help"], ["-h"], ["--version"], ["x", "--db"], ["--", "-x"], ["--bogus", "x"],
            ["--actor"], ["--from", "--to", "2025"],
        ])
    func leftToArgumentParser(arguments: [String]) {
        #expect(QueryArgumentsReader.command(arguments) == nil)
    }
}
