/// Words, phrases, fields and filters: the leaves of the query tree.
extension QueryParserState {
    /// A word typed outside quotes: a term, a phrase (`NATO-led`) or a prefix (`minist*`).
    mutating func word(_ text: String, at position: Int) -> QueryNode? {
        var body = Substring(text)
        while body.hasSuffix("*") { body.removeLast() }
        let prefix = body.count < text.count
            && body.unicodeScalars.last.map(QueryTokenizer.isTokenContinuation) == true
        return leaf(QueryTokenizer.wordTokens(in: String(body)), prefix: prefix, at: position)
    }

    /// A quoted phrase; one token makes a term, `"energy fac"*` a phrase ending in a prefix.
    mutating func phrase(_ text: String, prefix: Bool, at position: Int) -> QueryNode? {
        leaf(QueryTokenizer.wordTokens(in: text), prefix: prefix, at: position)
    }

    /// An operator with nothing to operate on, searched as the lowercase word.
    mutating func operatorAsWord(_ name: String, at position: Int) -> QueryNode? {
        report(position, "'\(name)' is missing an operand; searched as a word")
        return leaf([name.lowercased()], prefix: false, at: position)
    }

    /// `title:…`, `lede:…`, `body:…` scope their value; `actor:`, `section:`, `date:` filter.
    mutating func parseField(
        _ field: QueryFieldName, at position: Int, depth: Int, negated: Bool
    ) throws(QueryError) -> QueryNode? {
        guard let value = peek, value.attached, let text = fieldValue(value.kind, for: field) else {
            report(position, "'\(field.rawValue):' has no value; searched as a word")
            return leaf([field.rawValue], prefix: false, at: position)
        }
        index += 1
        if let column = field.textField {
            let inner: QueryNode? =
                switch value.kind {
                case .open: try parseGroup(openedAt: value.position, depth: depth)
                case .quoted(_, let prefix): phrase(text, prefix: prefix, at: value.position)
                default: word(text, at: value.position)
                }
            return inner.map { .field(column, $0) }
        }
        try applyFilter(field, text, at: position, negated: negated)
        return nil
    }

    /// The text of a field's value, or nil when the lexeme cannot be one.
    private func fieldValue(_ kind: QueryLexeme.Kind, for field: QueryFieldName) -> String? {
        switch kind {
        case .word(let text): return text
        case .quoted(let text, _):
            let trimmed = Self.trimmingWhitespace(text)
            return trimmed.isEmpty ? nil : trimmed
        case .open: return field.textField == nil ? nil : "("
        default: return nil
        }
    }

    /// Adds an `actor:`, `section:` or `date:` filter; excluding by a filter is not supported.
    private mutating func applyFilter(
        _ field: QueryFieldName, _ value: String, at position: Int, negated: Bool
    ) throws(QueryError) {
        let range = field == .date ? try QueryDateParser.range(value) : nil
        guard !negated else {
            report(position, "excluding by \(field.rawValue): is not supported; filter ignored")
            return
        }
        switch field {
        case .actor: filters.actors.append(value)
        case .section: filters.sections.append(value)
        default:
            guard let range else { return }
            let wasEmpty = filters.dates?.isEmpty ?? false
            filters.restrictDates(to: range)
            if filters.dates?.isEmpty == true, !wasEmpty {
                report(position, "date filters do not overlap; nothing can match")
            }
        }
    }

    /// A term, phrase or prefix from `tokens`, within the query's token budget.
    private mutating func leaf(_ tokens: [String], prefix: Bool, at position: Int) -> QueryNode? {
        guard !tokens.isEmpty else { return nil }
        let room = QueryParser.maxTokens - tokensUsed
        if tokens.count > room, room >= 0 {
            report(position, "query longer than \(QueryParser.maxTokens) words; the rest is ignored")
            tokensUsed = QueryParser.maxTokens + 1
        }
        guard room > 0 else { return nil }
        let kept = Array(tokens.prefix(room))
        let isPrefix = prefix && kept.count == tokens.count
        tokensUsed += kept.count
        if kept.count == 1 { return isPrefix ? .prefix(kept[0]) : .term(kept[0]) }
        return .phrase(kept, prefix: isPrefix)
    }

    /// `text` without leading and trailing whitespace.
    private static func trimmingWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
