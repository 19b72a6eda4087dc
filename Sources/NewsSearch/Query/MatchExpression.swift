/// An FTS5 MATCH expression that can only be built from quoted tokens.
///
/// Like GRDB's `FTS5Pattern`, the type guarantees valid FTS5 syntax: user text enters only
/// through ``token(_:)``, which wraps it in double quotes (doubling any `"` inside) after
/// removing control characters, so `'; DROP TABLE x; --` or `NEAR(` can never be operators.
/// Composite operands are always parenthesized, so FTS5's own precedence never matters.
///
/// ```swift
/// let a = MatchExpression.token("ceasefire")!, b = MatchExpression.token("truce")!
/// MatchExpression.or([a, b])!.rawValue                 // "ceasefire" OR "truce"
/// MatchExpression.column(.title, a).rawValue           // {title} : "ceasefire"
/// MatchExpression.phrase(["nato", "led"])!.rawValue    // "nato" + "led"
/// MatchExpression.prefix("minist")!.rawValue           // "minist"*
/// ```
package struct MatchExpression: Hashable, Sendable, CustomStringConvertible {
    /// The text to bind as the right-hand side of `MATCH`.
    package let rawValue: String
    /// True for a token, phrase or prefix: usable as an operand without parentheses.
    private let isAtomic: Bool
    /// True when a row matches exactly if it contains one of the expression's phrases: a
    /// token, phrase or prefix, or an `OR` of them (no `AND`, `NOT` or column filter).
    package let isAnyOfPhrases: Bool
    /// The expression's phrases in FTS5's numbering (the order they appear in ``rawValue``):
    /// each one's text when it is one quoted string searched in every column, else nil (a
    /// phrase of several strings, a prefix, a column filter). bm25 needs every phrase's rows,
    /// and those of a single word can be counted from the index directly.
    package let phraseTexts: [String?]
    /// The expression as an `AND` of groups, each an `OR` of phrases (``MatchPhrase``: each
    /// given by its quoted strings, or a prefix of one string), in FTS5's numbering:
    /// `"a" AND ("b" + "c" OR "d"*)` is `[[["a"]], [["b", "c"], MatchPhrase(["d"], isPrefix: true)]]`;
    /// nil when it has anything else (a prefix phrase of several strings, `NOT`, a column
    /// filter, an `AND` inside an `OR`). A row matches such an expression when every group
    /// has a phrase the row contains.
    package let phraseGroups: [[MatchPhrase]]?

    /// Wraps already-valid text.
    private init(
        _ rawValue: String, atomic: Bool, anyOfPhrases: Bool? = nil, phraseTexts: [String?], phraseGroups: [[MatchPhrase]]?
    ) {
        self.rawValue = rawValue
        self.isAtomic = atomic
        self.isAnyOfPhrases = anyOfPhrases ?? atomic
        self.phraseTexts = phraseTexts
        self.phraseGroups = phraseGroups
    }

    /// The expression itself, for string interpolation and test messages.
    package var description: String { rawValue }

    /// One quoted token, or nil when nothing but control characters is left.
    package static func token(_ text: String) -> MatchExpression? {
        quoted(text).map { MatchExpression($0.quoted, atomic: true, phraseTexts: [$0.text], phraseGroups: [[[$0.text]]]) }
    }

    /// Tokens that must appear in a row (`"a" + "b"`); with `prefix`, the last one is a prefix.
    package static func phrase(_ tokens: [String], prefix: Bool = false) -> MatchExpression? {
        let parts = tokens.compactMap(quoted)
        guard !parts.isEmpty else { return nil }
        return MatchExpression(
            parts.map(\.quoted).joined(separator: " + ") + (prefix ? "*" : ""), atomic: true,
            phraseTexts: [parts.count == 1 && !prefix ? parts[0].text : nil],
            phraseGroups: !prefix ? [[MatchPhrase(parts.map(\.text))]]
                : parts.count == 1 ? [[MatchPhrase([parts[0].text], isPrefix: true)]] : nil)
    }

    /// Any token starting with `text` (`"minist"*`).
    package static func prefix(_ text: String) -> MatchExpression? {
        quoted(text).map {
            MatchExpression(
                $0.quoted + "*", atomic: true, phraseTexts: [nil], phraseGroups: [[MatchPhrase([$0.text], isPrefix: true)]])
        }
    }

    /// Every expression (`a AND b`); nil for none, the expression itself for one.
    package static func and(_ parts: [MatchExpression]) -> MatchExpression? {
        joined(parts, by: " AND ") { groups in groups.flatMap { $0 } }
    }

    /// Any expression (`a OR b`), duplicates removed; nil for none, the expression itself for one.
    package static func or(_ parts: [MatchExpression]) -> MatchExpression? {
        var seen: Set<String> = []
        return joined(
            parts.filter { seen.insert($0.rawValue).inserted }, by: " OR ", anyOfPhrases: parts.allSatisfy(\.isAnyOfPhrases)
        ) { groups in groups.allSatisfy { $0.count == 1 } ? [groups.flatMap { $0[0] }] : nil }
    }

    /// Matches of `positive` that are not matches of `excluded` (FTS5's binary `NOT`).
    package static func not(_ positive: MatchExpression, excluding excluded: MatchExpression) -> MatchExpression {
        MatchExpression(
            "\(positive.operand) NOT \(excluded.operand)", atomic: false,
            phraseTexts: positive.phraseTexts + excluded.phraseTexts, phraseGroups: nil)
    }

    /// `expression`, matched in one column only (`{title} : …`).
    package static func column(_ field: TextField, _ expression: MatchExpression) -> MatchExpression {
        MatchExpression(
            "{\(field.rawValue)} : \(expression.operand)", atomic: false,
            phraseTexts: Array(repeating: nil, count: expression.phraseTexts.count), phraseGroups: nil)
    }

    /// The expression as an operand: parenthesized unless atomic.
    private var operand: String { isAtomic ? rawValue : "(\(rawValue))" }

    /// Parts joined by an operator; nil for none, the part itself for one. `groups` combines
    /// the parts' ``phraseGroups`` when every part has them.
    private static func joined(
        _ parts: [MatchExpression], by separator: String, anyOfPhrases: Bool = false,
        groups: ([[[MatchPhrase]]]) -> [[MatchPhrase]]?
    ) -> MatchExpression? {
        guard parts.count > 1 else { return parts.first }
        let partGroups = parts.compactMap(\.phraseGroups)
        return MatchExpression(
            parts.map(\.operand).joined(separator: separator), atomic: false, anyOfPhrases: anyOfPhrases,
            phraseTexts: parts.flatMap(\.phraseTexts), phraseGroups: partGroups.count == parts.count ? groups(partGroups) : nil)
    }

    /// `"text"` with inner quotes doubled and control characters removed, and the text FTS5
    /// reads between the quotes; nil if nothing is left.
    private static func quoted(_ text: String) -> (quoted: String, text: String)? {
        var body = String.UnicodeScalarView()
        var plain = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.properties.generalCategory != .control {
            if scalar == "\"" { body.append(scalar) }
            body.append(scalar)
            plain.append(scalar)
        }
        return body.isEmpty ? nil : ("\"\(String(body))\"", String(plain))
    }
}
