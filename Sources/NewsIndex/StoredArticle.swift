import Foundation
import NewsAnalysis

/// An analysed article ready for the writer: its body already compressed, on a parsing thread.
struct StoredArticle: Sendable {
    /// The article and its actors.
    var analyzed: AnalyzedArticle
    /// The body, compressed (``TextCompression``).
    var compressedBody: Data
    /// The body's size in UTF-8 bytes, which decompressing needs.
    var bodyBytes: Int

    /// Deflates the body of an analysed article.
    init(_ analyzed: AnalyzedArticle) {
        self.analyzed = analyzed
        compressedBody = TextCompression.compress(analyzed.article.body)
        bodyBytes = analyzed.article.body.utf8.count
    }
}
