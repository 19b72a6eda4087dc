import Foundation
import Testing

/// Actors end to end through the binary: facet, filters, alias expansion, `actors`, `show`,
/// and the user alias file (issue 4).
@Suite("actors through the CLI")
struct ActorCommandTests {
    func query(_ arguments: [String]) throws -> [String: Any] {
        try SampleIndex.query(arguments + ["--limit", "100"])
    }

    func paths(_ json: [String: Any]) -> [String] {
        (json["results"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
    }

    @Test("actor: accepts any spelling and finds the articles that only use another one")
    func actorFilterAnySpelling() throws {
        let byEnglish = try query(["actor:putin"])
        let byFrench = try query(["actor:Poutine"])
        let byCanonical = try query(["--actor", "Vladimir Putin"])
        #expect(byEnglish["total"] as? Int ?? 0 >= 10)
        #expect(paths(byEnglish) == paths(byFrench))
        #expect(paths(byEnglish) == paths(byCanonical))
        #expect(paths(byEnglish).contains { $0.hasSuffix("2025/03/koursk-soudja-reprise.txt") })
        #expect(!paths(byEnglish).contains { $0.hasSuffix("poutine-quebec-comfort-food.txt") })
    }

    @Test("the actor facet counts canonical actors with their kind")
    func actorFacet() throws {
        let json = try query(["ceasefire"])
        let actors = try #require((json["facets"] as? [String: Any])?["actors"] as? [[String: Any]])
        let putin = try #require(actors.first { $0["value"] as? String == "Vladimir Putin" })
        #expect(putin["kind"] as? String == "person")
        let filtered = try query(["ceasefire", "--actor", "Putin"])
        #expect(putin["count"] as? Int == filtered["total"] as? Int)
    }

    @Test("a search for one spelling matches the others, and says so; --exact turns it off")
    func aliasExpansion() throws {
        let expanded = try query(["Kursk"])
        #expect(paths(expanded).contains { $0.hasSuffix("2025/03/koursk-soudja-reprise.txt") })
        let expansions = try #require(expanded["expansions"] as? [[String: Any]])
        #expect(expansions.first?["term"] as? String == "kursk")
        #expect((expansions.first?["aliases"] as? [String])?.contains("koursk") == true)
        let exact = try query(["Kursk", "--exact"])
        #expect(!paths(exact).contains { $0.hasSuffix("2025/03/koursk-soudja-reprise.txt") })
        #expect((exact["expansions"] as? [Any])?.isEmpty == true)
        let text = try SampleIndex.cli().run(["query", "Kursk", "--limit", "1"])
        #expect(text.stdout.hasPrefix("also matching for kursk: "))
    }

    @Test("an ambiguous spelling is not widened: poutine the dish finds the food article first")
    func ambiguousSpellingNotExpanded() throws {
        let json = try query(["poutine"])
        #expect(paths(json).first?.hasSuffix("poutine-quebec-comfort-food.txt") == true)
        #expect((json["expansions"] as? [Any])?.isEmpty == true)
    }

    @Test("newsearch actors lists canonical actors with kind, count and spellings")
    func actorsCommand() throws {
        let result = try SampleIndex.cli().run(["actors", "--kind", "person", "--top", "5", "--json"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0["kind"] as? String == "person" })
        let counts = rows.compactMap { $0["count"] as? Int }
        #expect(counts == counts.sorted(by: >))
        let putin = try #require(rows.first { $0["name"] as? String == "Vladimir Putin" })
        #expect((putin["aliases_seen"] as? [String])?.contains("Poutine") == true)
    }

    @Test("show lists an article's actors with kind, mentions and the spellings it used")
    func showActors() throws {
        let path = try SampleIndex.cli().folder.appendingPathComponent("corpus/2025/03/koursk-soudja-reprise.txt").path
        let result = try SampleIndex.cli().run(["show", path, "--json"])
        #expect(result.status == 0)
        let json = try CLI.json(result.stdout)
        let actors = try #require(json["actors"] as? [[String: Any]])
        let putin = try #require(actors.first { $0["name"] as? String == "Vladimir Putin" })
        #expect(putin["kind"] as? String == "person")
        #expect((putin["mentions"] as? Int ?? 0) >= 1)
        #expect((putin["aliases_seen"] as? [String])?.allSatisfy { $0.contains("Poutine") } == true)
        let kursk = try #require(actors.first { $0["name"] as? String == "Kursk" })
        #expect((kursk["aliases_seen"] as? [String])?.contains("Koursk") == true)
    }

    /// An archive of one article naming someone no alias table knows, and a user alias file
    /// that names her, in the runner's folder.
    static func harbourArchive(_ cli: CLI) throws -> (archive: URL, aliases: URL) {
        let archive = cli.folder.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try "Harbour Board Meets\n\nThe Qwertyville Harbour Board met on Monday.\n\nIts chair, Ana Zbrlk, said the quay would reopen. Zbrlk added nothing.\n"
            .write(to: archive.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let aliases = cli.folder.appendingPathComponent("aliases.tsv")
        try "# mine\nAnna Zbirlik\tperson\tAna Zbrlk | Zbrlk | Zbirlik\n"
            .write(to: aliases, atomically: true, encoding: .utf8)
        return (archive, aliases)
    }

    @Test("a user alias file adds an actor and its spellings, on index and query")
    func userAliasFile() throws {
        let cli = try CLI()
        let (archive, aliases) = try Self.harbourArchive(cli)
        #expect(try cli.run(["index", archive.path, "--aliases", aliases.path]).status == 0)
        let result = try cli.run(["query", "actor:zbirlik", "--json", "--aliases", aliases.path])
        let json = try CLI.json(result.stdout)
        #expect(json["total"] as? Int == 1)
        let facets = (json["facets"] as? [String: Any])?["actors"] as? [[String: Any]]
        #expect(facets?.contains { $0["value"] as? String == "Anna Zbirlik" } == true)
        let expanded = try CLI.json(try cli.run(["query", "Zbirlik", "--json", "--aliases", aliases.path]).stdout)
        #expect(expanded["total"] as? Int == 1)
    }

    @Test("--full after a new alias file tags the articles it names, though their text is unchanged")
    func fullRunAfterNewAliases() throws {
        let cli = try CLI()
        let (archive, aliases) = try Self.harbourArchive(cli)
        #expect(try cli.run(["index", archive.path]).status == 0)
        let before = try CLI.json(try cli.run(["query", "actor:zbirlik", "--json", "--aliases", aliases.path]).stdout)
        #expect(before["total"] as? Int == 0)
        #expect(try cli.run(["index", archive.path, "--full", "--aliases", aliases.path]).status == 0)
        let after = try CLI.json(try cli.run(["query", "actor:zbirlik", "--json", "--aliases", aliases.path]).stdout)
        #expect(after["total"] as? Int == 1)
        let facets = (after["facets"] as? [String: Any])?["actors"] as? [[String: Any]]
        #expect(facets?.contains { $0["value"] as? String == "Anna Zbirlik" } == true)
    }

    @Test("a bad alias file is a usage error naming the file and line")
    func badAliasFile() throws {
        let cli = try CLI()
        let aliases = cli.folder.appendingPathComponent("aliases.tsv")
        try "Someone\tpersn\tSome One\n".write(to: aliases, atomically: true, encoding: .utf8)
        let result = try cli.run(["index", cli.folder.path, "--aliases", aliases.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("newsearch: aliases.tsv:1: unknown kind 'persn'"))
    }
}
