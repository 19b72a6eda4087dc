import GRDB
import Testing
@testable import NewsSearch

@Suite("QueryTokenizer")
struct QueryTokenizerTests {
    @Test("tokens are maximal runs of letters and numbers, lowercased", arguments: [
        ("Cease-fire!", ["cease", "fire"]),
        ("U.S. $5bn", ["u", "s", "5bn"]),
        ("snake_case", ["snake", "case"]),
        ("Путин, 普京", ["путин", "普京"]),
        ("e\u{301}te", ["e\u{301}te"]),
        ("\u{301}x", ["x"]),
        ("👍🏽ok🇺🇦", ["ok"]),
        ("", []),
    ])
    func tokens(text: String, expected: [String]) {
        #expect(QueryTokenizer.tokens(in: text) == expected)
    }

    @Test("a leading French elision is dropped from a typed word", arguments: [
        ("l'Élysée", ["élysée"]),
        ("L’OTAN", ["otan"]),
        ("qu'il", ["il"]),
        ("lorsqu'on", ["on"]),
        ("aujourd'hui", ["aujourd", "hui"]),
        ("l'", ["l"]),
        ("l' Élysée", ["l", "élysée"]),
        ("O'Brien", ["o", "brien"]),
    ])
    func elision(text: String, expected: [String]) {
        #expect(QueryTokenizer.wordTokens(in: text) == expected)
    }

    @Test("folding ignores case and accents")
    func folding() {
        #expect(QueryTokenizer.folded("Élysée") == QueryTokenizer.folded("ELYSEE"))
        #expect(QueryTokenizer.folded("Путин") == "путин")
        #expect(QueryTokenizer.folded("Élysée") == "elysee")
        #expect(QueryTokenizer.folded("U.N. Security-Council 2025") == "u.n. security-council 2025")
        // ASCII only is lowercased, the rest decomposed: the same result for both spellings.
        #expect(QueryTokenizer.folded("Sergei Lavrov") == QueryTokenizer.folded("Sergeï Lavrov"))
    }

    @Test("splits exactly where FTS5's unicode61 splits, on 2,000 random strings")
    func mirrorsFTS5() throws {
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", "0", "9", "-", "'", "\u{2019}", ".", "_", "$", " ", "\t", "é", "É", "ß", "ø", "Ł",
            "\u{301}", "\u{308}", "\u{20DD}", "\u{327}", "\u{332}", "\u{36F}", "\u{5B4}", "п", "Ж", "ع", "א", "中", "ー", "٣", "½", "Ⅻ", "\u{E000}",
            "😀", "\u{200D}", "\u{FE0F}", "\u{200B}", "\u{A0}", "·", "@", "#", "ǅ", "ʼ", "ª",
        ]
        var rng = SplitMix64(seed: 42)
        try DatabaseQueue().read { db in
            let tokenizer = try db.makeTokenizer(.unicode61(diacritics: .keep))
            let remover = try db.makeTokenizer(.unicode61(diacritics: .remove))
            for _ in 0..<2000 {
                let count = Int.random(in: 1...12, using: &rng)
                let scalars = (0..<count).map { _ in alphabet.randomElement(using: &rng)! }
                let text = String(String.UnicodeScalarView(scalars))
                let expected = try tokenizer.tokenize(document: text).map(\.token)
                let found = QueryTokenizer.tokens(in: text)
                let codes = scalars.map { String($0.value, radix: 16) }
                #expect(found == expected, "\(codes)")
                #expect(found.count == (try remover.tokenize(document: text).count), "\(codes)")
            }
        }
    }
}

/// A small seeded generator so random tests reproduce.
struct SplitMix64: RandomNumberGenerator {
    /// The state.
    private var state: UInt64
    /// A generator starting at `seed`.
    init(seed: UInt64) { state = seed }
    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
