import GRDB

/// Snippets: the best passage of each hit, from FTS5's own `snippet()`, so that stemmed and
/// prefix matches are marked exactly as the index matched them.
enum Snippets {
    /// Marks FTS5 puts around matched tokens: private-use characters no article contains.
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"
    /// Tokens per snippet: about 25–40 words with punctuation.
    static let tokens = 32

    /// Snippets for the given rows of a match, keyed by article rowid.
    static func fetch(_ db: Database, match: String, ids: [Int64]) throws -> [Int64: HighlightedText] {
        guard !ids.isEmpty else { return [:] }
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid,
                   snippet(articles_fts, 1, char(57344), char(57345), '…', \(tokens)),
                   snippet(articles_fts, 2, char(57344), char(57345), '…', \(tokens))
            FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (\(marks))
            """, arguments: StatementArguments([match]) + StatementArguments(ids))
        var snippets: [Int64: HighlightedText] = [:]
        for row in rows {
            if let passage = best(lede: parse(row[1]), body: parse(row[2])) { snippets[row[0]] = passage }
        }
        return snippets
    }

    /// The lede or body passage with the most marks (the lede on a tie). The title is shown
    /// anyway, so when only the title matched the snippet is the lede's opening (FTS5 returns
    /// a column's first tokens when it has no match); nil when the article has no text at all
    /// (the caller then shows its opening, which is empty too).
    static func best(lede: HighlightedText, body: HighlightedText) -> HighlightedText? {
        let marks = { (text: HighlightedText) in text.segments.filter(\.highlighted).count }
        let passage = marks(body) > marks(lede) ? body : lede
        if marks(passage) > 0 { return passage }
        return !lede.plain.isEmpty ? lede : !body.plain.isEmpty ? body : nil
    }

    /// Splits FTS5's marked text into segments.
    /// Runs of white space (paragraph breaks included) become one space: a snippet is one line
    /// of prose. Works on scalars, not characters: the marks are single scalars, and grapheme
    /// breaking cost a tenth of a rare query's time.
    static func parse(_ marked: String) -> HighlightedText {
        let open = Self.open.unicodeScalars.first!
        let close = Self.close.unicodeScalars.first!
        var segments: [HighlightedText.Segment] = []
        var current = String.UnicodeScalarView()
        var highlighted = false
        var lastWasSpace = false
        for scalar in marked.unicodeScalars {
            if scalar == open || scalar == close {
                if !current.isEmpty { segments.append(.init(String(current), highlighted: highlighted)) }
                current = String.UnicodeScalarView()
                highlighted = scalar == open
            } else if scalar.value < 0x80 ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace
            {
                if !lastWasSpace { current.append(" ") }
                lastWasSpace = true
                continue
            } else {
                current.append(scalar)
            }
            lastWasSpace = false
        }
        if !current.isEmpty { segments.append(.init(String(current), highlighted: highlighted)) }
        return HighlightedText(segments)
    }

    /// The opening words of an article, for listings without search words.
    static func opening(lede: String, body: String) -> HighlightedText {
        let words = (lede.isEmpty ? body : lede).split(whereSeparator: \.isWhitespace)
        let text = words.prefix(30).joined(separator: " ") + (words.count > 30 ? "…" : "")
        return HighlightedText([.init(text, highlighted: false)])
    }
}
