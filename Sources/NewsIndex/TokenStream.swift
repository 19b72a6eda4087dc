/// The tokens FTS5's tokenizer makes of an article's title, lede and body, in the order it
/// made them: tokenized on a parsing thread (``Pretokenizer``) and replayed to FTS5 on the
/// writer (``TokenReplay``), so that the writer, the one thread every article goes through,
/// does not tokenize.
struct TokenStream: Sendable {
    /// One token as the tokenizer reported it.
    struct Token: Sendable {
        /// Where its text ends in ``TokenStream/text`` (it starts where the previous one ends).
        var textEnd: Int32
        /// The byte range in the column's text it came from.
        var start: Int32
        var end: Int32
        /// FTS5's token flags (`FTS5_TOKEN_COLOCATED`).
        var flags: Int32
    }

    /// The tokenizer that made the tokens, as `tokenize=` spells it (``IndexSchema/tokenizer``):
    /// a table declared with another tokenizer never replays them.
    let tokenizer: String
    /// The tokens' text, back to back.
    var text: [UInt8] = []
    /// The tokens of every column, in order.
    var tokens: [Token] = []
    /// Where each column's tokens end in ``tokens``.
    var columnEnds: [Int] = []

    /// An empty stream for `tokenizer`.
    init(tokenizer: String) {
        self.tokenizer = tokenizer
    }

    /// The tokens of column `column`.
    func columnTokens(_ column: Int) -> Range<Int> {
        (column == 0 ? 0 : columnEnds[column - 1])..<columnEnds[column]
    }

    /// The text of the token at `index`.
    func tokenText(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(tokens[index - 1].textEnd))..<Int(tokens[index].textEnd)
    }
}
