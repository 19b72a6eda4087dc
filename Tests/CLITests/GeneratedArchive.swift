import Foundation

/// A synthetic archive written by the shared benchmark generator, cached per size.
enum GeneratedArchive {
    /// Serialises generation: tests that want the same archive run in parallel.
    private static let lock = NSLock()

    /// Writes (or reuses) `count` generated articles and returns a fresh copy inside `folder`.
    static func make(in folder: URL, count: Int) throws -> URL {
        lock.lock()
        defer { lock.unlock() }
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("newsearch-gen-\(count)")
        if !FileManager.default.fileExists(atPath: cache.appendingPathComponent(".complete").path) {
            try? FileManager.default.removeItem(at: cache)
            let generator = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/gen_corpus.py")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", generator.path, "--count", "\(count)", "--seed", "7", "--out", cache.path, "--shard", "--jobs", "1",
            ]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw GenerationFailed(status: process.terminationStatus) }
            _ = FileManager.default.createFile(atPath: cache.appendingPathComponent(".complete").path, contents: nil)
        }
        let copy = folder.appendingPathComponent("generated")
        try FileManager.default.copyItem(at: cache, to: copy)
        return copy
    }

    struct GenerationFailed: Error {
        var status: Int32
    }
}
