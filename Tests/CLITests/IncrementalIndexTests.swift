import Foundation
import GRDB
import Testing

/// `newsearch index` run again and again, as cron does (issue 2).
@Suite("incremental index runs")
struct IncrementalIndexTests {
    /// The indexable files under a folder, counted independently of the walker.
    static func indexableFiles(under folder: URL) -> [URL] {
        let extensions: Set = ["txt", "json", "jsonl", "ndjson", "html", "htm", "md", "markdown"]
        let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        return (enumerator?.allObjects as? [URL] ?? []).filter { extensions.contains($0.pathExtension.lowercased()) }
    }

    func summary(_ cli: CLI, _ arguments: [String]) throws -> [String: Any] {
        let result = try cli.run(["index"] + arguments + ["--json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        try IndexStateCheck.integrityCheck(path: cli.db)
        return try CLI.json(result.stdout)
    }

    @Test("new, unchanged, touched, edited, removed and added files are each counted right")
    func incrementalRuns() throws {
        let cli = try CLI()
        let corpus = try cli.copyCorpus()
        let files = Self.indexableFiles(under: corpus).sorted { $0.path < $1.path }
        #expect(files.count >= 60)

        let first = try summary(cli, [corpus.path])
        #expect(first["added"] as? Int == files.count)
        #expect(first["failed"] as? Int == 0)

        let second = try summary(cli, [corpus.path])
        #expect(second["added"] as? Int == 0)
        #expect(second["changed"] as? Int == 0)
        #expect(second["unchanged"] as? Int == files.count)

        let touched = try #require(files.first { $0.pathExtension == "txt" })
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: touched.path)
        let third = try summary(cli, [corpus.path])
        #expect(third["changed"] as? Int == 0)
        #expect(third["unchanged"] as? Int == files.count)

        let handle = try FileHandle(forWritingTo: touched)
        handle.seekToEndOfFile()
        handle.write(Data("\n\nA closing paragraph about zymurgical quokkas.\n".utf8))
        try handle.close()
        let fourth = try summary(cli, [corpus.path])
        #expect(fourth["changed"] as? Int == 1)
        #expect(try IndexStateCheck(path: cli.db).matchCount("quokkas") == 1)

        try FileManager.default.removeItem(at: touched)
        let fifth = try summary(cli, [corpus.path])
        #expect(fifth["removed"] as? Int == 1)
        #expect(try IndexStateCheck(path: cli.db).matchCount("quokkas") == 0)

        let added = corpus.appendingPathComponent("2025/new-article.txt")
        try "Today : Mar 2, 2025\nScience\n1 March 2025\n\nQuokka census\n\nRangers counted quokkas.\n"
            .write(to: added, atomically: true, encoding: .utf8)
        let sixth = try summary(cli, [corpus.path])
        #expect(sixth["added"] as? Int == 1)
        #expect(sixth["changed"] as? Int == 0)
        #expect(sixth["removed"] as? Int == 0)
    }

    @Test("facet chunks that disagree with the articles are caught, and --full rebuilds them")
    func facetDriftIsCaught() throws {
        let cli = try CLI()
        let corpus = try cli.copyCorpus()
        _ = try summary(cli, [corpus.path])
        let queue = try DatabaseQueue(path: cli.db)
        try queue.write { db in try db.execute(sql: "UPDATE facet_chunks SET months = zeroblob(length(months))") }
        #expect(try !queue.read(IndexStateCheck.facetDrift).isEmpty)
        _ = try summary(cli, [corpus.path, "--full"])
        try queue.write { db in try db.execute(sql: "UPDATE facet_chunks SET lengths = zeroblob(length(lengths))") }
        #expect(try !queue.read(IndexStateCheck.facetDrift).isEmpty)
        try queue.close()
        _ = try summary(cli, [corpus.path, "--full"])
    }

    @Test("a row left without its article is caught by the index check")
    func danglingRowsAreCaught() throws {
        let cli = try CLI()
        let corpus = try cli.copyCorpus()
        _ = try summary(cli, [corpus.path])
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: cli.db, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM articles WHERE id = (SELECT min(article_id) FROM article_actors)")
        }
        try queue.close()
        #expect(throws: IndexStateCheck.DanglingRows.self) { try IndexStateCheck.integrityCheck(path: cli.db) }
    }

    @Test("an index written before facet chunks existed is upgraded by the next run")
    func upgradeFromVersion1() throws {
        try checkUpgrade(undoing: """
            DROP TABLE facet_chunks; DROP TABLE sections;
            DELETE FROM grdb_migrations WHERE identifier IN ('v2', 'v3')
            """)
    }

    @Test("an index written before chunks held lengths is upgraded by the next run")
    func upgradeFromVersion2() throws {
        try checkUpgrade(undoing: """
            ALTER TABLE facet_chunks DROP COLUMN lengths;
            DELETE FROM grdb_migrations WHERE identifier = 'v3'
            """)
    }

    /// Indexes the sample corpus, turns the index back into an older one with `sql`, and checks
    /// that a query asks for an upgrade, that the next run upgrades it without re-reading a
    /// file, and that the upgraded index answers exactly as before (ids and scores).
    func checkUpgrade(undoing sql: String) throws {
        let cli = try CLI()
        let corpus = try cli.copyCorpus()
        _ = try summary(cli, [corpus.path])
        let before = try cli.run(["query", "ceasefire", "--json"])
        let queue = try DatabaseQueue(path: cli.db)
        try queue.write { db in try db.execute(sql: sql) }
        try queue.close()
        let query = try cli.run(["query", "ceasefire"])
        #expect(query.status == 1)
        #expect(query.stderr == "newsearch: index \(cli.db) was written by an older newsearch; run 'newsearch index' once to upgrade it\n")
        let run = try summary(cli, [corpus.path])
        #expect(run["unchanged"] as? Int == Self.indexableFiles(under: corpus).count)
        let after = try cli.run(["query", "ceasefire", "--json"])
        #expect(after.status == 0)
        #expect(!Self.hitScores(after.stdout).isEmpty)
        #expect(Self.hitScores(after.stdout) == Self.hitScores(before.stdout))
    }

    /// The (id, score) pairs of a `query --json` output, in order.
    static func hitScores(_ json: String) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let hits = object["results"] as? [[String: Any]]
        else { return [] }
        return hits.map { "\($0["id"] ?? "")=\($0["score"] ?? "")" }
    }

    @Test("indexing one folder never removes what was indexed from another")
    func separateRoots() throws {
        let cli = try CLI()
        let first = cli.folder.appendingPathComponent("a")
        let second = cli.folder.appendingPathComponent("b")
        for folder in [first, second] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "Title \(folder.lastPathComponent)\n\nSome text.\n".write(
                to: folder.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        }
        _ = try summary(cli, [first.path])
        let run = try summary(cli, [second.path])
        #expect(run["added"] as? Int == 1)
        #expect(run["removed"] as? Int == 0)
        #expect(try IndexStateCheck(path: cli.db).contents().count == 2)
    }

    @Test("a path that does not exist is reported and removes nothing")
    func missingRoot() throws {
        let cli = try CLI()
        let corpus = try cli.copyCorpus()
        _ = try summary(cli, [corpus.path])
        let before = try IndexStateCheck(path: cli.db).contents()
        let result = try cli.run(["index", cli.folder.appendingPathComponent("nowhere").path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("newsearch: \(cli.folder.path)/nowhere: no such file or directory"))
        #expect(try IndexStateCheck(path: cli.db).contents() == before)
    }

    @Test("the summary line has the contract's shape")
    func summaryLine() throws {
        let cli = try CLI()
        let corpus = try cli.copyCorpus()
        let result = try cli.run(["index", corpus.path])
        #expect(result.status == 0)
        let line = result.stdout.trimmingCharacters(in: .newlines)
        #expect(line.wholeMatch(of: /indexed \d+ new, 0 changed, 0 removed, 0 unchanged, 0 failed in \d+(\.\d)? s/) != nil, "\(line)")
        let quiet = try cli.run(["index", corpus.path, "--quiet"])
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty)
    }
}

/// The index location on first use (CONTRACT.md: "The folder is created on first use").
@Suite("first use of an index location")
struct FirstUseTests {
    @Test("a --db path in folders that do not exist yet is created on the first run")
    func nestedDBPath() throws {
        let cli = try CLI()
        let corpus = try cli.copyCorpus()
        let nested = cli.folder.appendingPathComponent("not/yet/there/index.sqlite").path
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["index", corpus.path, "--quiet", "--db", nested]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: nested))
    }

    @Test("without --db or NEWSEARCH_DB the index goes to XDG_DATA_HOME/newsearch/index.sqlite")
    func xdgDataHome() throws {
        let cli = try CLI()
        let corpus = try cli.copyCorpus()
        let dataHome = cli.folder.appendingPathComponent("data")
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["index", corpus.path, "--quiet"]
        var environment = ProcessInfo.processInfo.environment
        environment["NEWSEARCH_DB"] = nil
        environment["XDG_DATA_HOME"] = dataHome.path
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: dataHome.appendingPathComponent("newsearch/index.sqlite").path))
    }
}
