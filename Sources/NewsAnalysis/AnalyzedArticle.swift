import NewsCorpus

/// An article together with what analysis found in it: the next stage after ``Article``.
package struct AnalyzedArticle: Sendable, Equatable {
    /// The parsed article.
    package var article: Article
    /// The actors it is about, one entry per canonical actor, most mentioned first.
    package var actors: [ActorMention]

    /// Creates an analysed article.
    package init(article: Article, actors: [ActorMention]) {
        self.article = article
        self.actors = actors
    }
}
