#if canImport(Glibc)
    import Glibc
#endif
import Foundation
import Testing

/// A run killed with SIGKILL part-way leaves a correct index; the next run completes it (issue 2).
@Suite("crash safety")
struct CrashSafetyTests {
    @Test("kill -9 mid-run, re-run: the index equals a clean full index")
    func killedRunRecovers() throws {
        let cli = try CLI()
        let archive = try GeneratedArchive.make(in: cli.folder, count: 3000)
        let process = try cli.start(["index", archive.path, "--quiet"])
        try process.run()
        // Wait until some batches are committed, then kill without warning.
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, (try? IndexStateCheck(path: cli.db).contents().count) ?? 0 < 200 {
            usleep(50_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let partial = try IndexStateCheck(path: cli.db).contents().count
        #expect(partial > 0 && partial < 3000, "killed too late or too early: \(partial) articles")
        try IndexStateCheck.integrityCheck(path: cli.db)

        let rerun = try cli.run(["index", archive.path, "--json"])
        #expect(rerun.status == 0)
        try IndexStateCheck.integrityCheck(path: cli.db)

        let clean = try CLI()
        #expect(try clean.run(["index", archive.path]).status == 0)
        let recovered = try IndexStateCheck(path: cli.db).contents()
        #expect(recovered.count == 3000)
        #expect(recovered == (try IndexStateCheck(path: clean.db).contents()))
    }
}
