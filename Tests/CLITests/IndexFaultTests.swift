#if canImport(Glibc)
    import Glibc
#endif
import Foundation
import Testing

/// Bad files, a second concurrent run, and a killed run (issue 2).
@Suite("index faults")
struct IndexFaultTests {
    func writeArchive(_ cli: CLI) throws -> URL {
        let folder = cli.folder.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Good Article\n\nA fine lede about the harbour.\n\nMore text.\n"
            .write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00])
            .write(to: folder.appendingPathComponent("binary.txt"))
        try """
            {"id": "a", "title": "First record", "body": "Harbour news."}
            this is not json
            {"id": "c", "title": "Third record", "body": "More harbour news."}

            """.write(to: folder.appendingPathComponent("batch.jsonl"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("bad files are reported with their path (and line) and the rest is indexed; exit 0")
    func badFilesReported() throws {
        let cli = try CLI()
        let archive = try writeArchive(cli)
        let result = try cli.run(["index", archive.path, "--json"])
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("newsearch: \(archive.path)/empty.txt: empty file"))
        #expect(lines.contains("newsearch: \(archive.path)/binary.txt: binary file, not text"))
        #expect(lines.contains { $0.hasPrefix("newsearch: \(archive.path)/batch.jsonl: line 2: ") })
        let summary = try CLI.json(result.stdout)
        #expect(summary["added"] as? Int == 2)
        #expect(summary["failed"] as? Int == 3)
        #expect((summary["errors"] as? [[String: Any]])?.count == 3)
        #expect(try IndexStateCheck(path: cli.db).matchCount("harbour") == 3)
    }

    @Test("--strict exits 1 when a file failed, after indexing the rest")
    func strictExitsOne() throws {
        let cli = try CLI()
        let archive = try writeArchive(cli)
        let result = try cli.run(["index", archive.path, "--strict"])
        #expect(result.status == 1)
        #expect(try IndexStateCheck(path: cli.db).matchCount("harbour") == 3)
    }

    @Test("a second run while the lock is held exits 75 without touching the index")
    func lockedIndexExits75() throws {
        let cli = try CLI()
        let archive = try writeArchive(cli)
        let descriptor = open(cli.db + ".lock", O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        defer { close(descriptor) }
        let result = try cli.run(["index", archive.path, "--wait", "0.3"])
        #expect(result.status == 75)
        #expect(result.stderr == "newsearch: index \(cli.db) is locked by another 'newsearch index' run after waiting 0 s; try again later or pass --wait SECONDS\n")
        #expect(!FileManager.default.fileExists(atPath: cli.db))
    }

    @Test("the lock dies with its process: after SIGKILL the next run proceeds")
    func lockReleasedAfterKill() throws {
        let cli = try CLI()
        let archive = try GeneratedArchive.make(in: cli.folder, count: 3000)
        let process = try cli.start(["index", archive.path, "--quiet"])
        try process.run()
        usleep(300_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let result = try cli.run(["index", archive.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
