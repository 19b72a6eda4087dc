import GRDB
import Testing
@testable import NewsSearch

@Suite("FTS5PrefixVocabulary")
struct FTS5PrefixVocabularyTests {
    /// Stems the fixture index offers for `prefix`.
    static func stems(_ prefix: String) throws -> [String] {
        try QueryTestIndex().dbQueue.read { db in FTS5PrefixVocabulary(db: db).stems(forPrefix: prefix) }
    }

    @Test("a prefix gets the indexed stems it misses, and only those", arguments: [
        ("negotiat", ["negoti"]),
        ("negotiator", ["negoti"]),
        ("minist", []),
        ("ministerial", ["ministeri"]),
        ("ne", []),
        ("zzzz", []),
    ])
    func stems(prefix: String, expected: [String]) throws {
        let found = try Self.stems(prefix)
        #expect(found == expected)
    }
}
