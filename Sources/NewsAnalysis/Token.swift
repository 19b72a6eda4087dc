/// What separates a token from the one before it.
enum Gap: UInt8, Sendable {
    /// The first token of a field (title, lede or body).
    case start
    /// A single hyphen or apostrophe with no space: `Saint-Pétersbourg`, `O'Brien`.
    case joiner
    /// Spaces only: the token continues the phrase.
    case space
    /// Other punctuation on the same line: a comma, a quote, a bracket, a colon.
    case punct
    /// A sentence end (`.`, `!`, `?`) or a line break: what follows may start a sentence.
    case sentence
}

/// One word of an article: a maximal run of letters and digits, folded, with its span.
///
/// Example: in `"Sergueï Lavrov"` the first token's folded bytes are `serguei`, `start == 0`,
/// `end == 8` (bytes), `isCapitalized == true`. A plain value (no references), so the
/// extraction passes copy tokens for free; the folded text lives in
/// ``ArticleText/foldedBytes``.
struct Token: Sendable {
    /// Byte offset of the first byte in the analysed text.
    var start: Int
    /// Byte offset one past the last byte.
    var end: Int
    /// Where the folded form (see ``TextFolding/fold(_:)``) starts in the folded buffer.
    var foldedStart: Int32
    /// Where it ends.
    var foldedEnd: Int32
    /// FNV-1a hash of the folded form (see ``WordTable``): words are compared by hash.
    var hash: UInt64
    /// The first letter is upper case.
    var isCapitalized: Bool
    /// Every letter is upper case (and there is at least one letter): `US`, `WHO`, `PUTIN`.
    var isAllCaps: Bool
    /// The token has at least one letter (it is not a number).
    var hasLetter: Bool
    /// What separates it from the previous token.
    var gap: Gap
    /// Which field it is in: 0 title, 1 lede, 2 body.
    var field: Int
}
