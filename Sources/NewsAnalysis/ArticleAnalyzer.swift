import NewsCorpus

/// Turns an ``Article`` into an ``AnalyzedArticle``: tags it with its actors.
///
/// Pure and thread-safe: the indexer calls it from several parsing threads at once.
package struct ArticleAnalyzer: Sendable {
    /// Creates an analyzer.
    package init() {}

    /// Analyzes one article.
    package func analyze(_ article: Article) -> AnalyzedArticle {
        AnalyzedArticle(article: article, actors: [])
    }
}
