import Foundation
import Testing

/// Queries keep working while an index run writes (issue 2).
@Suite("queries during an index run")
struct ConcurrentQueryTests {
    @Test("queries in a loop during an index run never fail or see a locked database")
    func queriesWhileIndexing() throws {
        let cli = try CLI()
        let corpus = try cli.copyCorpus()
        #expect(try cli.run(["index", corpus.path]).status == 0)
        let baseline = try CLI.json(try cli.run(["query", "ceasefire", "--json"]).stdout)["total"] as? Int ?? 0
        #expect(baseline > 0)
        let archive = try GeneratedArchive.make(in: cli.folder, count: 3000)
        let indexer = try cli.start(["index", archive.path, "--quiet"])
        try indexer.run()
        var queries = 0
        var totals: [Int] = []
        while indexer.isRunning || queries < 3 {
            let result = try cli.run(["query", "ceasefire", "--json", "--limit", "3"])
            #expect(result.status == 0, "query \(queries) failed: \(result.stderr)")
            #expect(!result.stderr.contains("locked"))
            totals.append(try CLI.json(result.stdout)["total"] as? Int ?? -1)
            queries += 1
        }
        indexer.waitUntilExit()
        #expect(indexer.terminationStatus == 0)
        #expect(queries >= 3)
        #expect(totals.allSatisfy { $0 >= baseline }, "indexed articles stay findable throughout: \(totals)")
        #expect(totals == totals.sorted(), "each query sees a committed snapshot, never a partial one: \(totals)")
    }
}
