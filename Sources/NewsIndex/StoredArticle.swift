import Foundation
import NewsAnalysis

/// An analysed article ready for the writer: its body already compressed, and its text
/// tokenized for the full-text index, on a parsing thread.
struct StoredArticle: Sendable {
    /// The article and its actors.
    var analyzed: AnalyzedArticle
    /// The body, compressed (``TextCompression``).
    var compressedBody: Data
    /// The body's size in UTF-8 bytes, which decompressing needs.
    var bodyBytes: Int
    /// Title, lede and body as the full-text index tokenizes them, when a ``Pretokenizer``
    /// made them (the writer replays them: ``TokenReplay``).
    var tokens: TokenStream?

    /// Compresses the body of an analysed article and, given a pretokenizer, tokenizes it.
    init(_ analyzed: AnalyzedArticle, pretokenizer: Pretokenizer? = nil) {
        self.analyzed = analyzed
        let article = analyzed.article
        compressedBody = TextCompression.compress(article.body)
        bodyBytes = article.body.utf8.count
        tokens = pretokenizer?.tokens(title: article.title, lede: article.lede, body: article.body)
    }
}
