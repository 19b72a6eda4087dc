import Foundation
import GRDB
import Testing
@testable import NewsSearch

@Suite("Query robustness: random input never reaches SQLite as an error")
struct QueryRobustnessTests {
    /// Pieces random queries are made of.
    static let pieces: [String] = [
        "ceasefire", "NATO", "truce", "Élysée", "l'Élysée", "aujourd'hui", "U.S.", "cease-fire", "putin",
        "negotiat*", "minist*", "AND", "OR", "NOT", "NEAR", "NEAR(", "-", "*", "(", ")", "\"", ":", "..",
        "^", "+", "{", "}", "{title}", "'", ";", "--", "title:", "lede:", "body:", "actor:", "section:",
        "date:", "date:2025", "date:2025-03", "date:..2024-12", "date:2025-03-01..2025-03-31",
        "date:2025-13", "date:yesterday", "title:(", "a:b:c", "http://x", "\u{0}", "\u{1B}", "\u{7F}",
        "\u{301}", "e\u{301}", "😀", "👍🏽", "🇺🇦", "\u{200D}", "\u{202E}", "مرحبا", "שלום", "普京", "Путин",
        "\u{FFFD}", "\u{E000}", "\\", "%", "_", "'; DROP TABLE articles; --", " ", " ", "\t", "\n",
    ]

    /// A random query of 0–30 pieces, sometimes glued without spaces, sometimes a very long run.
    static func randomQuery(using rng: inout SplitMix64) -> String {
        if Int.random(in: 0..<200, using: &rng) == 0 {
            let piece = pieces.randomElement(using: &rng)!
            return String(repeating: piece, count: 10_000 / max(1, piece.count))
        }
        var text = ""
        for _ in 0..<Int.random(in: 0...30, using: &rng) {
            text += Int.random(in: 0..<8, using: &rng) == 0 ? randomScalar(using: &rng) : pieces.randomElement(using: &rng)!
            if Bool.random(using: &rng) { text += " " }
        }
        return text
    }

    /// Any Unicode scalar (surrogate code points excluded, since a String cannot hold them).
    static func randomScalar(using rng: inout SplitMix64) -> String {
        let limit: UInt32 = Bool.random(using: &rng) ? 0x7FF : 0x10FFFF
        var scalar: Unicode.Scalar?
        while scalar == nil { scalar = Unicode.Scalar(UInt32.random(in: 0...limit, using: &rng)) }
        return String(Character(scalar!))
    }

    @Test("5,000 random queries parse, compile and execute without an SQLite error")
    func randomQueries() throws {
        let index = try QueryTestIndex()
        var rng = SplitMix64(seed: 20_251_126)
        var dateErrors = 0, executed = 0
        let start = Date()
        for _ in 0..<5000 {
            let text = Self.randomQuery(using: &rng)
            let parsed: ParsedQuery
            do {
                parsed = try QueryParser.parse(text)
            } catch {
                guard case .invalidDate = error else { throw error }
                dateErrors += 1
                continue
            }
            let compiled = try index.dbQueue.read { db in
                QueryCompiler.compile(parsed, actors: TestActors(), prefixes: FTS5PrefixVocabulary(db: db), exact: false)
            }
            for expression in [compiled.positive, compiled.excluded].compactMap({ $0 }) {
                do {
                    _ = try index.count(matching: expression)
                    executed += 1
                } catch {
                    Issue.record("query \(text.debugDescription) → \(expression.rawValue.prefix(300)): \(error)")
                }
            }
        }
        #expect(dateErrors > 0)
        #expect(executed > 2000)
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
