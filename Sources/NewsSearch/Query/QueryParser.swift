/// Turns what a user typed into a ``ParsedQuery``, repairing rather than refusing.
///
/// Grammar, loosest binding first. `OR` binds tighter than `AND`, as in Google and most web
/// search boxes, so `ceasefire OR truce Gaza` reads "(ceasefire or truce) and Gaza". (FTS5's
/// own syntax binds AND tighter; it never applies, since ``MatchExpression`` parenthesizes.)
///
/// ```
/// sequence := or ( [AND] or )*          -- juxtaposition is AND
/// or       := unary ( OR unary )*
/// unary    := ( NOT | - )* primary       -- NOT binds tightest
/// primary  := word | "phrase" | ( sequence ) | field:value
/// ```
///
/// So `a b OR c` is `a AND (b OR c)`, `a OR b c OR d` is `(a OR b) AND (c OR d)`,
/// and `NOT a b` is `(NOT a) AND b`. Repairs (each recorded as a ``QueryIssue``): an unclosed
/// quote or `(` is closed at the end; an unmatched `)` is ignored; an operator with no operand
/// (`NOT`, `a OR`, `AND b`) is searched as the lowercase word; `title:` with no value is the
/// word `title`; an exclusion inside `OR` next to a positive alternative (`a OR -b`) is dropped.
/// The only error is a `date:` value that names no date (``QueryError/invalidDate(_:)``).
package enum QueryParser {
    /// Parentheses deeper than this are ignored (protects the stack and FTS5's depth limit).
    package static let maxDepth = 16
    /// Tokens beyond this many are ignored (a pasted article is not a query).
    package static let maxTokens = 256

    /// Parses `text`; throws only for an invalid `date:` value.
    ///
    /// `try QueryParser.parse("cease-fire date:2025").root` is
    /// `.phrase(["cease", "fire"], prefix: false)`, with `filters.dates` 20250101...20251231.
    package static func parse(_ text: String) throws(QueryError) -> ParsedQuery {
        let (lexemes, lexIssues) = QueryLexer.lex(text)
        var state = QueryParserState(lexemes: lexemes, issues: lexIssues)
        let root = try state.parseSequence(depth: 0)
        let issues = state.issues.enumerated().sorted {
            ($0.element.position, $0.offset) < ($1.element.position, $1.offset)
        }.map(\.element)
        return ParsedQuery(text: text, root: root, filters: state.filters, issues: issues)
    }
}

/// The recursive-descent parser's cursor and what it has gathered.
struct QueryParserState {
    /// The query's lexemes.
    let lexemes: [QueryLexeme]
    /// The next lexeme to read.
    var index = 0
    /// Repairs made so far.
    var issues: [QueryIssue]
    /// Filters gathered so far.
    var filters = QueryFilters()
    /// Tokens used so far (see ``QueryParser/maxTokens``).
    var tokensUsed = 0
    /// Whether too-deep nesting was already reported (once is enough).
    var reportedDepth = false

    /// Creates a parser over `lexemes`, keeping the lexer's `issues`.
    init(lexemes: [QueryLexeme], issues: [QueryIssue]) {
        self.lexemes = lexemes
        self.issues = issues
    }

    /// The next lexeme, if any.
    var peek: QueryLexeme? { index < lexemes.count ? lexemes[index] : nil }

    /// `sequence := or ( [AND] or )*`, up to an unmatched `)` (inside a group) or the end.
    mutating func parseSequence(depth: Int) throws(QueryError) -> QueryNode? {
        var parts: [QueryNode] = []
        var sawOperand = false
        while let lexeme = peek {
            if lexeme.kind == .close {
                if depth > 0 { break }
                report(lexeme.position, "unmatched ')' ignored")
                index += 1
            } else if lexeme.kind == .and, sawOperand, startsOperand(at: index + 1) {
                index += 1
            } else {
                if let node = try parseOr(depth: depth) { parts.append(node) }
                sawOperand = true
            }
        }
        return Self.group(parts, or: false)
    }

    /// `or := unary ( OR unary )*`; drops exclusions that sit next to positive alternatives.
    mutating func parseOr(depth: Int) throws(QueryError) -> QueryNode? {
        var items: [(node: QueryNode, position: Int)] = []
        repeat {
            let position = lexemes[index].position
            if let node = try parseUnary(depth: depth) { items.append((node, position)) }
        } while consumeOr()
        let polarities = items.map(\.node.polarity)
        if polarities.contains(.positive), polarities.contains(.negative) {
            for item in items where item.node.polarity == .negative {
                report(item.position, "exclusion inside OR has nothing to exclude from; ignored")
            }
            items.removeAll { $0.node.polarity == .negative }
        }
        return Self.group(items.map(\.node), or: true)
    }

    /// `unary := ( NOT | - )* primary`; an even number of negations cancels out.
    mutating func parseUnary(depth: Int) throws(QueryError) -> QueryNode? {
        var negated = false
        while let lexeme = peek,
            lexeme.kind == .minus || (lexeme.kind == .not && startsOperand(at: index + 1))
        {
            negated.toggle()
            index += 1
        }
        guard peek != nil else { return nil }
        let node = try parsePrimary(depth: depth, negated: negated)
        return negated ? node.map(QueryNode.not) : node
    }

    /// A word, phrase, group, field or filter; an operator here lacks an operand and is a word.
    mutating func parsePrimary(depth: Int, negated: Bool) throws(QueryError) -> QueryNode? {
        let lexeme = lexemes[index]
        index += 1
        switch lexeme.kind {
        case .word(let text): return word(text, at: lexeme.position)
        case .quoted(let text, let prefix): return phrase(text, prefix: prefix, at: lexeme.position)
        case .open: return try parseGroup(openedAt: lexeme.position, depth: depth)
        case .field(let field): return try parseField(field, at: lexeme.position, depth: depth, negated: negated)
        case .and: return operatorAsWord("AND", at: lexeme.position)
        case .or: return operatorAsWord("OR", at: lexeme.position)
        case .not: return operatorAsWord("NOT", at: lexeme.position)
        case .close:  // unreachable: callers stop at `)`; give it back to parseSequence
            index -= 1
            return nil
        case .minus:  // unreachable: parseUnary reads every `-`
            return nil
        }
    }

    /// The contents of `( … )`, closing an unclosed group at the end of the query.
    mutating func parseGroup(openedAt position: Int, depth: Int) throws(QueryError) -> QueryNode? {
        guard depth < QueryParser.maxDepth else {
            if !reportedDepth { report(position, "parentheses nested too deeply; '(' ignored") }
            reportedDepth = true
            return nil
        }
        let inner = try parseSequence(depth: depth + 1)
        if peek?.kind == .close {
            index += 1
        } else {
            report(position, "unclosed '(' closed at the end of the query")
        }
        return inner
    }

    /// Consumes an `OR` that has an operand after it.
    private mutating func consumeOr() -> Bool {
        guard peek?.kind == .or, startsOperand(at: index + 1) else { return false }
        index += 1
        return true
    }

    /// Whether the lexeme at `position` can begin an operand (not `)`, `AND`, `OR`, or the end).
    func startsOperand(at position: Int) -> Bool {
        guard position < lexemes.count else { return false }
        switch lexemes[position].kind {
        case .close, .and, .or: return false
        default: return true
        }
    }

    /// Records a repair.
    mutating func report(_ position: Int, _ message: String) {
        issues.append(QueryIssue(position: position, message: message))
    }

    /// One node for several: nil for none, the node for one, else AND or OR of them.
    static func group(_ nodes: [QueryNode], or: Bool) -> QueryNode? {
        guard nodes.count > 1 else { return nodes.first }
        return or ? .or(nodes) : .and(nodes)
    }
}
