import Foundation
import Testing

/// `newsearch show` and `newsearch stats` on the sample corpus.
@Suite("show and stats on the sample corpus")
struct ShowStatsTests {
    /// The keys CONTRACT.md promises for `show --json`.
    static let showKeys: Set = ["id", "path", "title", "date", "section", "lede", "body", "actors"]

    @Test("show ID prints the article a query found, in text and JSON")
    func showByID() throws {
        let cli = try SampleIndex.cli()
        let hit = try #require(QueryJSON(try cli.queryJSON(["kursk incursion", "--limit", "1"])).results.first)
        let id = try #require(hit["id"] as? String)
        let json = try cli.run(["show", id, "--json"])
        #expect(json.status == 0, "stderr: \(json.stderr)")
        let object = try CLI.json(json.stdout)
        #expect(Self.showKeys.isSubset(of: Set(object.keys)))
        #expect(object["id"] as? String == id)
        #expect(object["path"] as? String == "corpus/2024/08/kursk-incursion.txt")
        #expect(object["title"] as? String == hit["title"] as? String)
        #expect(object["date"] as? String == "2024-08-13")
        #expect(object["section"] as? String == "World")
        #expect((object["lede"] as? String)?.hasPrefix("Ukrainian forces pushed deeper into Russia's Kursk region") == true)
        #expect(((object["body"] as? String)?.count ?? 0) > 500)
        #expect(object["actors"] is [Any])

        let text = try cli.run(["show", id.uppercased()])
        #expect(text.status == 0, "stderr: \(text.stderr)")
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Ukraine's Kursk Incursion Enters Second Week as Moscow Scrambles")
        #expect(lines[1].hasPrefix("2024-08-13 · World"))
        #expect(lines[2].hasPrefix("corpus/2024/08/kursk-incursion.txt"))
        #expect(text.stdout.contains("Ukrainian forces pushed deeper"))
        #expect(!text.stdout.contains("\u{1B}"))
        for line in lines { #expect(line.count < 80, "\(line.count): \(line)") }
    }

    @Test("show PATH prints the file's article; relative and absolute paths both work")
    func showByPath() throws {
        let cli = try SampleIndex.cli()
        let relative = try cli.run(["show", "corpus/misc/profile-kaja-kallas.txt", "--json"])
        #expect(relative.status == 0, "stderr: \(relative.stderr)")
        let object = try CLI.json(relative.stdout)
        #expect(Self.showKeys.isSubset(of: Set(object.keys)))
        #expect(object["date"] is NSNull)
        #expect(object["section"] is NSNull)
        #expect((object["title"] as? String)?.hasPrefix("Kaja Kallas") == true)
        let absolute = try cli.run(["show", cli.folder.appendingPathComponent("corpus/misc/profile-kaja-kallas.txt").path, "--json"])
        #expect(try CLI.json(absolute.stdout)["id"] as? String == object["id"] as? String)
        let text = try cli.run(["show", "corpus/misc/profile-kaja-kallas.txt"])
        #expect(text.stdout.split(separator: "\n")[1] == "undated")
    }

    @Test("show PATH of a JSON Lines file prints each of its six articles")
    func showMultiArticleFile() throws {
        let result = try SampleIndex.cli().run(["show", "corpus/wire/2025-06-world-briefs.jsonl", "--json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 6)
        #expect(array.allSatisfy { Self.showKeys.isSubset(of: Set($0.keys)) })
        #expect(Set(array.compactMap { $0["id"] as? String }).count == 6)
        #expect(array.first?["date"] as? String == "2025-06-02")
    }

    @Test("show of something not indexed exits 1 naming it")
    func showMissing() throws {
        let result = try SampleIndex.cli().run(["show", "corpus/nope.txt"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "newsearch: no article with id or path 'corpus/nope.txt' in the index\n")
    }

    @Test("stats --json has the contract's keys and the sample corpus's figures")
    func statsJSON() throws {
        let cli = try SampleIndex.cli()
        let result = try cli.run(["stats", "--json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let object = try CLI.json(result.stdout)
        #expect(Set(["documents", "actors", "first_date", "last_date", "db_bytes", "last_run"]).isSubset(of: Set(object.keys)))
        #expect(object["documents"] as? Int == 86)
        #expect(object["actors"] is Int)
        let all = QueryJSON(try cli.queryJSON(["--sort", "oldest", "--limit", "1000"]))
        #expect(object["first_date"] as? String == all.dates.first ?? nil)
        #expect(object["last_date"] as? String == all.dates.compactMap { $0 }.last)
        #expect(object["first_date"] as? String == "2024-01-13")
        let size = try FileManager.default.attributesOfItem(atPath: cli.db)[.size] as? Int ?? 0
        let bytes = object["db_bytes"] as? Int ?? 0
        #expect(bytes >= size && size > 0)
        let run = try #require(object["last_run"] as? [String: Any])
        #expect(run["status"] as? String == "completed")
        #expect(run["added"] as? Int == 81)
        #expect(run["failed"] as? Int == 0)
    }

    @Test("stats as text names the index, counts and date range")
    func statsText() throws {
        let cli = try SampleIndex.cli()
        let result = try cli.run(["stats"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("index     \(cli.db)\n"))
        #expect(result.stdout.contains("articles  86 in 81 files (1 undated)\n"))
        #expect(result.stdout.contains("dates     2024-01-13 .. "))
        #expect(result.stdout.contains("last run  completed "))
    }
}
