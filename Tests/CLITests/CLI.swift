import Foundation
import Testing

/// Runs the real `newsearch` binary, as a user or cron would, in a temporary folder that is
/// removed when the value goes away.
final class CLI: Sendable {
    /// What one run printed and how it exited.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built binary, next to the test bundle.
    static let binary: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("newsearch")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return packageRoot.appendingPathComponent(".build/debug/newsearch")
    }()

    /// The index file the runs use.
    let db: String
    /// The working folder of the runs.
    let folder: URL

    /// A fresh temporary folder and index path.
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsearch-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = folder.appendingPathComponent("index.sqlite").path
    }

    deinit {
        removeFolder()
    }

    /// Deletes the working folder and everything in it.
    func removeFolder() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `newsearch ARGS --db DB` and waits for it.
    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = try start(arguments, environment: environment)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A configured but not started process for `newsearch ARGS --db DB`.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + ["--db", db]
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["NEWSEARCH_DB"] = nil
        env["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        return process
    }

    /// Copies the sample `corpus/` into the temporary folder and returns its path.
    func copyCorpus(named name: String = "corpus") throws -> URL {
        let target = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("corpus"), to: target)
        return target
    }

    /// Parses a JSON object printed on stdout.
    static func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }
}
