/// One phrase of a ``MatchExpression`` as the ranking's segment walks read it: its quoted
/// strings, and whether it is a prefix (`"conf"*`, one string: any token starting with it).
///
/// An array literal is a phrase of those strings: `["energy", "facilities"]`.
package struct MatchPhrase: Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The text between the quotes of each string.
    package let strings: [String]
    /// Whether the phrase matches any token starting with its one string.
    package let isPrefix: Bool

    /// A phrase of `strings`, a prefix when `isPrefix`.
    package init(_ strings: [String], isPrefix: Bool = false) {
        self.strings = strings
        self.isPrefix = isPrefix
    }

    package init(arrayLiteral strings: String...) {
        self.init(strings)
    }
}
