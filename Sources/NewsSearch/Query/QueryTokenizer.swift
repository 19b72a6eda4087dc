import Foundation

/// Splits query text into index tokens exactly where FTS5's `unicode61` tokenizer splits it.
///
/// A token is a maximal run of Unicode letters, numbers and private-use characters
/// (categories `L*`, `N*`, `Co`); the combining diacritics SQLite knows (in U+0300...U+0331)
/// continue a token but never start one; everything else separates. So `NATO-led` is `["nato", "led"]`, `U.S.` is `["u", "s"]`,
/// `$5bn` is `["5bn"]`, `COVID-19` is `["covid", "19"]`.
///
/// Words typed outside quotes also lose a leading French elision: `l'Élysée` is `["élysée"]`,
/// `qu’il` is `["il"]` (the index still holds `l`, but an article never needs it to match).
package enum QueryTokenizer {
    /// Elided articles and conjunctions dropped before an apostrophe at the start of a word.
    static let elisions: Set<String> = [
        "l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu",
    ]

    /// The lowercased tokens of `text`.
    ///
    /// `QueryTokenizer.tokens(in: "Cease-fire!")` is `["cease", "fire"]`.
    package static func tokens(in text: String) -> [String] {
        spans(in: Array(text.unicodeScalars)).map(\.text)
    }

    /// The lowercased tokens of a typed word or phrase, without a leading elision.
    ///
    /// `QueryTokenizer.wordTokens(in: "l'Élysée")` is `["élysée"]`;
    /// `aujourd'hui` keeps both parts: `["aujourd", "hui"]`.
    package static func wordTokens(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let found = spans(in: scalars)
        guard found.count > 1, elisions.contains(found[0].text),
            found[0].end < scalars.count, isApostrophe(scalars[found[0].end]),
            found[1].start == found[0].end + 1
        else { return found.map(\.text) }
        return found.dropFirst().map(\.text)
    }

    /// Whether `scalar` can start a token (letter, number or private use).
    package static func isTokenStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }

    /// Whether `scalar` belongs to a token already started (adds SQLite's combining diacritics).
    package static func isTokenContinuation(_ scalar: Unicode.Scalar) -> Bool {
        isTokenStart(scalar) || isDiacritic(scalar)
    }

    /// SQLite's `sqlite3Fts5UnicodeIsdiacritic`: the combining marks it folds away.
    static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        let code = scalar.value
        guard (768...817).contains(code) else { return false }
        let (mask, bit): (UInt32, UInt32) = code < 800 ? (0x0802_9FDF, code - 768) : (0x0003_61F8, code - 800)
        return mask & (1 << bit) != 0
    }

    /// Case- and accent-insensitive form used to compare spellings (`Élysée` → `elysee`).
    /// ASCII text is only lowercased: decomposing it (Foundation's canonical mapping) changes
    /// nothing and cost 12,000 instructions a spelling, 45 spellings for `Sudan doctors`.
    package static func folded(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var result = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            result.append(scalar)
        }
        return String(result)
    }

    /// `'` or the typographic `’`.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// Each token with the scalar offsets where it starts and ends (exclusive).
    static func spans(in scalars: [Unicode.Scalar]) -> [(text: String, start: Int, end: Int)] {
        var result: [(text: String, start: Int, end: Int)] = []
        var index = 0
        while index < scalars.count {
            guard isTokenStart(scalars[index]) else { index += 1; continue }
            let start = index
            var token = String.UnicodeScalarView()
            while index < scalars.count, isTokenContinuation(scalars[index]) {
                token.append(scalars[index])
                index += 1
            }
            result.append((String(token).lowercased(), start, index))
        }
        return result
    }
}
