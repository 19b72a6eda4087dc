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

    /// Compresses the body of an analysed article with the parsing thread's compressor.
    init(_ analyzed: AnalyzedArticle, compressor: TextCompressor) {
        self.analyzed = analyzed
        compressedBody = compressor.compress(analyzed.article.body)
        bodyBytes = analyzed.article.body.utf8.count
    }
}
