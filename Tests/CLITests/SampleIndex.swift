import Foundation
import Testing

/// The sample `corpus/` indexed once and shared by the read-only query tests.
enum SampleIndex {
    /// The runner whose index holds the sample corpus (copied to its folder as `corpus/`).
    static let shared: Result<CLI, any Error> = Result {
        let cli = try CLI()
        // A static is never deinitialized: its folder goes when the test process exits.
        atexit { try? SampleIndex.shared.get().removeFolder() }
        let corpus = try cli.copyCorpus()
        let result = try cli.run(["index", corpus.path, "--quiet"])
        guard result.status == 0 else { throw SampleIndexError(stderr: result.stderr) }
        return cli
    }

    /// The shared runner, or the reason the index could not be built.
    static func cli() throws -> CLI { try shared.get() }

    /// `newsearch query ARGS --json` on the shared index, parsed.
    static func query(_ arguments: [String]) throws -> [String: Any] {
        try cli().queryJSON(arguments)
    }
}

/// The shared index could not be built.
struct SampleIndexError: Error, CustomStringConvertible {
    /// What `newsearch index` printed.
    var stderr: String
    var description: String { "indexing the sample corpus failed: \(stderr)" }
}

extension CLI {
    /// `newsearch query ARGS --json`, expecting exit 0, parsed.
    func queryJSON(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = try run(["query"] + arguments + ["--json"])
        #expect(result.status == 0, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        return try CLI.json(result.stdout)
    }
}

/// Typed access to a `query --json` object.
struct QueryJSON {
    /// The parsed object.
    let object: [String: Any]

    init(_ object: [String: Any]) { self.object = object }

    /// `total`.
    var total: Int { object["total"] as? Int ?? -1 }
    /// `results`.
    var results: [[String: Any]] { object["results"] as? [[String: Any]] ?? [] }
    /// Each result's `path`.
    var paths: [String] { results.map { $0["path"] as? String ?? "" } }
    /// Each result's `date`, nil when null.
    var dates: [String?] { results.map { $0["date"] as? String } }
    /// Each result's `id`.
    var ids: [String] { results.map { $0["id"] as? String ?? "" } }
    /// The buckets of one facet: `dates`, `sections` or `actors`.
    func facet(_ name: String) -> [(value: String, count: Int)] {
        let facets = object["facets"] as? [String: Any]
        let buckets = facets?[name] as? [[String: Any]] ?? []
        return buckets.map { ($0["value"] as? String ?? "", $0["count"] as? Int ?? -1) }
    }
}
