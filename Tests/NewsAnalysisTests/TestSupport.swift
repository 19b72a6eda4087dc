import Foundation
import NewsCorpus
@testable import NewsAnalysis

/// Shared helpers for the NewsAnalysis tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fixture file's URL.
    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    }

    /// The small hand-written gazetteer used by unit tests.
    static let miniTable: AliasTable = try! AliasTable(
        tsv: String(contentsOf: fixture("mini-gazetteer.tsv"), encoding: .utf8))

    /// Analyzes a body of text with a table (the mini table by default).
    static func actors(
        _ body: String, title: String = "", table: AliasTable = miniTable
    ) -> [ActorMention] {
        ArticleAnalyzer(aliasTable: table).analyze(Article(sourcePath: "t", title: title, body: body)).actors
    }

    /// Canonical names of the actors found in `body`.
    static func names(_ body: String, title: String = "", table: AliasTable = miniTable) -> [String] {
        actors(body, title: title, table: table).map(\.name)
    }

    /// Decompresses a gzip file with `gzip -dc`.
    static func gunzip(_ url: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
