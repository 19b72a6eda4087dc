/// Builds the MATCH expression of one query node, tracking actor expansions.
struct QueryExpressionBuilder {
    /// A compiled node: articles it selects, or (negative) articles it removes.
    enum Part {
        /// Articles matching the expression.
        case positive(MatchExpression)
        /// Articles not matching the expression.
        case negative(MatchExpression)
    }

    /// The actor vocabulary, nil when expansion is off.
    let actors: (any ActorVocabulary)?
    /// The prefix vocabulary, nil when prefixes are searched as typed.
    let prefixes: (any PrefixVocabulary)?
    /// Terms expanded so far, each once.
    private(set) var expansions: [TermExpansion] = []

    /// Creates a builder with the given vocabularies.
    init(actors: (any ActorVocabulary)?, prefixes: (any PrefixVocabulary)?) {
        self.actors = actors
        self.prefixes = prefixes
    }

    /// The expression of `node`, or nil when it has nothing searchable.
    mutating func build(_ node: QueryNode) -> Part? {
        switch node {
        case .term(let token): return words([token]).map(Part.positive)
        case .phrase(let tokens, false): return words(tokens).map(Part.positive)
        case .phrase(let tokens, true): return MatchExpression.phrase(tokens, prefix: true).map(Part.positive)
        case .prefix(let token): return prefix(token).map(Part.positive)
        case .field(let field, let inner): return build(inner).map { Self.scoped($0, to: field) }
        case .not(let inner): return build(inner).map(Self.negated)
        case .and(let nodes): return Self.all(conjuncts(nodes))
        case .or(let nodes): return Self.any(nodes.compactMap { build($0) })
        }
    }

    /// The parts of an `AND`'s children, where a run of plain words that together name an actor
    /// (`Vladimir Poutine`, whose `poutine` alone is too ambiguous to widen) is one part: the
    /// words, or any of the actor's spellings (``words(_:typed:)``).
    private mutating func conjuncts(_ nodes: [QueryNode]) -> [Part] {
        var parts: [Part] = []
        var start = 0
        while start < nodes.count {
            if let (length, part) = namingRun(nodes[start...]) {
                parts.append(part)
                start += length
            } else {
                if let part = build(nodes[start]) { parts.append(part) }
                start += 1
            }
        }
        return parts
    }

    /// The longest run of two to four plain words at the start of `nodes` that names an actor,
    /// with its part; nil when there is none.
    private mutating func namingRun(_ nodes: ArraySlice<QueryNode>) -> (Int, Part)? {
        guard let actors else { return nil }
        var words: [String] = []
        for node in nodes.prefix(Self.longestNamingRun) {
            guard case .term(let word) = node else { break }
            words.append(word)
        }
        for length in stride(from: words.count, through: 2, by: -1) {
            let run = Array(words.prefix(length))
            guard actors.expansion(for: run.joined(separator: " ")) != nil,
                let typed = MatchExpression.and(run.compactMap(MatchExpression.token)),
                let expression = self.words(run, typed: typed)
            else { continue }
            return (length, .positive(expression))
        }
        return nil
    }

    /// The most words a run naming an actor is looked for in (`Kim Jong Un`, `Mohammed bin Salman`).
    private static let longestNamingRun = 4

    /// A term or phrase, widened to an actor's spellings when it names one; `typed`, when
    /// given, stands for the words themselves (else their token or phrase).
    private mutating func words(_ tokens: [String], typed given: MatchExpression? = nil) -> MatchExpression? {
        guard let typed = given ?? Self.leaf(tokens) else { return nil }
        let text = tokens.joined(separator: " ")
        guard let actors, let expansion = actors.expansion(for: text) else { return typed }
        let key = tokens.map(QueryTokenizer.folded)
        var seen: Set<[String]> = [key], added: [String] = [], alternatives = [typed]
        for spelling in [expansion.canonical] + expansion.aliases {
            let spelled = QueryTokenizer.tokens(in: spelling)
            let folded = spelled.map(QueryTokenizer.folded)
            guard !spelled.isEmpty, seen.insert(folded).inserted, !Self.contains(folded, key),
                let expression = Self.leaf(spelled)
            else { continue }
            alternatives.append(expression)
            added.append(spelled.joined(separator: " "))
        }
        guard !added.isEmpty else { return typed }
        if !expansions.contains(where: { $0.term == text }) {
            expansions.append(TermExpansion(term: text, aliases: added))
        }
        return MatchExpression.or(alternatives)
    }

    /// A prefix, OR-ed with the indexed stems it would miss.
    private func prefix(_ token: String) -> MatchExpression? {
        guard let typed = MatchExpression.prefix(token) else { return nil }
        let stems = prefixes?.stems(forPrefix: token) ?? []
        return MatchExpression.or([typed] + stems.compactMap(MatchExpression.token))
    }

    /// A token for one, a phrase for several.
    private static func leaf(_ tokens: [String]) -> MatchExpression? {
        tokens.count == 1 ? MatchExpression.token(tokens[0]) : MatchExpression.phrase(tokens)
    }

    /// Whether `tokens` contains `part` as a contiguous run.
    private static func contains(_ tokens: [String], _ part: [String]) -> Bool {
        guard part.count <= tokens.count else { return false }
        return (0...(tokens.count - part.count)).contains { Array(tokens[$0..<($0 + part.count)]) == part }
    }

    /// A part restricted to one column; `NOT x` in a column is NOT (x in the column).
    private static func scoped(_ part: Part, to field: TextField) -> Part {
        switch part {
        case .positive(let e): .positive(.column(field, e))
        case .negative(let e): .negative(.column(field, e))
        }
    }

    /// The opposite part.
    private static func negated(_ part: Part) -> Part {
        switch part {
        case .positive(let e): .negative(e)
        case .negative(let e): .positive(e)
        }
    }

    /// AND: positives minus the union of negatives; only negatives stay negative (their union).
    private static func all(_ parts: [Part]) -> Part? {
        let (positives, negatives) = split(parts)
        let excluded = MatchExpression.or(negatives)
        guard let included = MatchExpression.and(positives) else { return excluded.map(Part.negative) }
        return .positive(excluded.map { .not(included, excluding: $0) } ?? included)
    }

    /// OR: the union of positives (negatives beside them are dropped: the parser reported them);
    /// only negatives give NOT (all of them), by De Morgan.
    private static func any(_ parts: [Part]) -> Part? {
        let (positives, negatives) = split(parts)
        if let included = MatchExpression.or(positives) { return .positive(included) }
        return MatchExpression.and(negatives).map(Part.negative)
    }

    /// The expressions of the positive and of the negative parts.
    private static func split(_ parts: [Part]) -> ([MatchExpression], [MatchExpression]) {
        var positives: [MatchExpression] = [], negatives: [MatchExpression] = []
        for part in parts {
            switch part {
            case .positive(let e): positives.append(e)
            case .negative(let e): negatives.append(e)
            }
        }
        return (positives, negatives)
    }
}
