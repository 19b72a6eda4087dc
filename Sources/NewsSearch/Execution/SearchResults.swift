import NewsAnalysis

/// Text with the matched words marked: what a snippet is before it is rendered.
package struct HighlightedText: Sendable, Equatable {
    /// A run of text, highlighted or not.
    package struct Segment: Sendable, Equatable {
        /// The text.
        package var text: String
        /// Whether it is a matched word.
        package var highlighted: Bool

        /// Creates a segment.
        package init(_ text: String, highlighted: Bool) {
            self.text = text
            self.highlighted = highlighted
        }
    }

    /// The runs, in order.
    package var segments: [Segment]

    /// Creates highlighted text from segments.
    package init(_ segments: [Segment]) {
        self.segments = segments
    }

    /// The text without marks.
    package var plain: String { segments.map(\.text).joined() }
}

/// One article in a page of results.
package struct SearchHit: Sendable, Equatable {
    /// The stable document id.
    package var id: String
    /// The source file's absolute path.
    package var path: String
    /// The headline.
    package var title: String
    /// Publication date as YYYY-MM-DD, or nil.
    package var date: String?
    /// The section, or nil.
    package var section: String?
    /// The relevance score (higher is better; bm25 negated), 0 for filter-only listings.
    package var score: Double
    /// The best passage, with the matched words marked.
    package var snippet: HighlightedText
    /// The article's actors, canonical names, most mentioned first.
    package var actors: [String]
}

/// One bucket of a facet.
package struct FacetCount: Sendable, Equatable {
    /// The bucket: a month `YYYY-MM`, a section, or an actor's canonical name.
    package var value: String
    /// For actors: person, org or place.
    package var kind: ActorKind?
    /// How many matching articles fall in it.
    package var count: Int
}

/// Facet counts over every matching article, not just the page.
package struct Facets: Sendable, Equatable {
    /// Publication months, newest first.
    package var dates: [FacetCount] = []
    /// Sections by count, descending.
    package var sections: [FacetCount] = []
    /// Actors by count, descending.
    package var actors: [FacetCount] = []
}

/// What a search returns: the exact total, one page of hits, and the facets.
package struct SearchResults: Sendable, Equatable {
    /// Every matching article after filters.
    package var total: Int
    /// The requested page.
    package var hits: [SearchHit]
    /// Counts over all matches (empty when facets were not requested).
    package var facets: Facets
}
