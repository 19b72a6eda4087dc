/// A field prefix the query syntax knows: three text columns and three filters.
package enum QueryFieldName: String, CaseIterable, Sendable {
    /// `title:` — text in the headline.
    case title
    /// `lede:` — text in the standfirst.
    case lede
    /// `body:` — text in the article body.
    case body
    /// `actor:` — articles tagged with an actor.
    case actor
    /// `section:` — articles of a section.
    case section
    /// `date:` — articles published in a period.
    case date

    /// The column a text field searches, or nil for a filter.
    var textField: TextField? { TextField(rawValue: rawValue) }
}

/// One syntactic unit of a query, with where it starts.
struct QueryLexeme: Equatable {
    /// What the unit is.
    enum Kind: Equatable {
        /// Text outside quotes, e.g. `NATO-led`, `minist*`, `a:b:c`.
        case word(String)
        /// Text between double quotes; `prefix` when a `*` follows the closing quote.
        case quoted(String, prefix: Bool)
        /// A known field prefix such as `title:`; its value is the next, attached, lexeme.
        case field(QueryFieldName)
        /// `(`.
        case open
        /// `)`.
        case close
        /// Upper-case `AND`.
        case and
        /// Upper-case `OR`.
        case or
        /// Upper-case `NOT`.
        case not
        /// `-` at the start of a word, directly followed by a letter, a digit, `"` or `(`.
        case minus
    }

    /// What the unit is.
    let kind: Kind
    /// Offset of its first scalar in the query.
    let position: Int
    /// True when no whitespace separates it from the previous lexeme.
    let attached: Bool
}

/// Cuts query text into ``QueryLexeme``s; never fails (an unclosed quote is closed at the end).
///
/// Whitespace and control characters separate lexemes; `"`, `(` and `)` are lexemes of their
/// own; any other run of characters is a word. `AND`, `OR`, `NOT` are operators only in upper
/// case. A known field name followed by `:` (case-insensitive) starts a field, whatever follows
/// in the same run is its value; any other colon is ordinary punctuation (`http://x`).
struct QueryLexer {
    /// The query's scalars.
    private let scalars: [Unicode.Scalar]
    /// The lexemes found so far.
    private var lexemes: [QueryLexeme] = []
    /// Repairs made (unclosed quotes).
    private var issues: [QueryIssue] = []
    /// Whether the next lexeme follows the previous one without whitespace.
    private var attached = false

    /// The lexemes of `text` and the repairs made to cut them.
    static func lex(_ text: String) -> (lexemes: [QueryLexeme], issues: [QueryIssue]) {
        var lexer = QueryLexer(scalars: Array(text.unicodeScalars))
        lexer.run()
        return (lexer.lexemes, lexer.issues)
    }

    /// Creates a lexer over `scalars`.
    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Lexes the whole input.
    private mutating func run() {
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isSpace(scalar) {
                attached = false
                index += 1
                continue
            }
            switch scalar {
            case "(": emit(.open, at: index); index += 1
            case ")": emit(.close, at: index); index += 1
            case "\"": index = lexQuoted(from: index)
            case "-" where startsOperand(at: index + 1): emit(.minus, at: index); index += 1
            default: index = lexWord(from: index)
            }
        }
    }

    /// Lexes a quoted string starting at the quote `start`; returns the index after it.
    private mutating func lexQuoted(from start: Int) -> Int {
        var end = start + 1
        while end < scalars.count, scalars[end] != "\"" { end += 1 }
        let text = string(start + 1, end)
        if end == scalars.count {
            issues.append(QueryIssue(position: start, message: "unclosed quote closed at the end of the query"))
        } else {
            end += 1
        }
        var prefix = false
        while end < scalars.count, scalars[end] == "*" {
            prefix = true
            end += 1
        }
        emit(.quoted(text, prefix: prefix), at: start)
        return end
    }

    /// Lexes a run of word characters starting at `start`; returns the index after it.
    private mutating func lexWord(from start: Int) -> Int {
        var end = start
        while end < scalars.count, !Self.isSpace(scalars[end]), !Self.isDelimiter(scalars[end]) { end += 1 }
        let text = string(start, end)
        if let colon = text.firstIndex(of: ":"),
            let field = QueryFieldName(rawValue: text[..<colon].lowercased())
        {
            emit(.field(field), at: start)
            let valueStart = start + text[..<colon].unicodeScalars.count + 1
            if valueStart < end { emit(.word(string(valueStart, end)), at: valueStart) }
            return end
        }
        switch text {
        case "AND": emit(.and, at: start)
        case "OR": emit(.or, at: start)
        case "NOT": emit(.not, at: start)
        default: emit(.word(text), at: start)
        }
        return end
    }

    /// Whether the scalar at `index` can begin what a `-` would exclude.
    private func startsOperand(at index: Int) -> Bool {
        guard index < scalars.count else { return false }
        let next = scalars[index]
        return next == "\"" || next == "(" || QueryTokenizer.isTokenStart(next)
    }

    /// Records a lexeme; everything after it is attached until whitespace is seen.
    private mutating func emit(_ kind: QueryLexeme.Kind, at position: Int) {
        lexemes.append(QueryLexeme(kind: kind, position: position, attached: attached))
        attached = true
    }

    /// The scalars `start..<end` as a string.
    private func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// Whitespace and control characters (NUL, escapes) separate lexemes.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }

    /// `"`, `(` and `)` end a word.
    static func isDelimiter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "(" || scalar == ")"
    }
}
