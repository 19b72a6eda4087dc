/// A searchable column of the full-text index.
package enum TextField: String, CaseIterable, Sendable {
    /// The headline.
    case title
    /// The standfirst or first paragraph.
    case lede
    /// The article text.
    case body
}

/// The text part of a parsed query: what must (or must not) appear in the articles.
///
/// Words are already split into index tokens, lowercased (accents kept: the index folds them):
/// `NATO-led` is `.phrase(["nato", "led"], prefix: false)`, `minist*` is `.prefix("minist")`,
/// `title:(a OR b) -c` is `.and([.field(.title, .or([.term("a"), .term("b")])), .not(.term("c"))])`.
package indirect enum QueryNode: Equatable, Hashable, Sendable {
    /// One token.
    case term(String)
    /// Two or more tokens in a row; with `prefix`, the last one is a prefix.
    case phrase([String], prefix: Bool)
    /// Any token starting with this text.
    case prefix(String)
    /// The node, searched in one column only.
    case field(TextField, QueryNode)
    /// Every child.
    case and([QueryNode])
    /// Any child.
    case or([QueryNode])
    /// Articles that do not match the child.
    case not(QueryNode)

    /// Whether the node selects articles (`positive`), removes them (`negative`),
    /// or does neither (`empty`, e.g. an empty group).
    package var polarity: QueryPolarity {
        switch self {
        case .term, .phrase, .prefix: .positive
        case .field(_, let node): node.polarity
        case .not(let node): node.polarity.negated
        case .and(let nodes): QueryPolarity.combining(nodes.map(\.polarity))
        case .or(let nodes): QueryPolarity.combining(nodes.map(\.polarity))
        }
    }
}

/// Whether a query node adds articles or removes them.
///
/// `-a -b` is negative (it can only remove); `a -b` is positive; `a OR -b` is positive,
/// and its `-b` has nothing to remove from (the parser drops it with an issue).
package enum QueryPolarity: Equatable, Sendable {
    /// Selects articles.
    case positive
    /// Only removes articles.
    case negative
    /// Neither: nothing searchable.
    case empty

    /// The polarity of `NOT` this.
    var negated: QueryPolarity {
        switch self {
        case .positive: .negative
        case .negative: .positive
        case .empty: .empty
        }
    }

    /// The polarity of a group: positive if any child is, else negative if any child is.
    static func combining(_ children: [QueryPolarity]) -> QueryPolarity {
        if children.contains(.positive) { return .positive }
        return children.contains(.negative) ? .negative : .empty
    }
}
