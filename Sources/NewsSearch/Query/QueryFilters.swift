/// The structured part of a query: `actor:`, `section:` and `date:` filters.
///
/// Filters apply to the whole query wherever they are written (`a OR date:2025` filters
/// `a` by date). How repeated filters combine:
/// - `actor:` — every actor must be tagged (AND), as the CLI's repeatable `--actor`;
/// - `section:` — any of the sections (OR): an article has one section, so AND could never match;
/// - `date:` — the intersection of all ranges (`date:2025 date:2025-03` is March 2025).
package struct QueryFilters: Equatable, Hashable, Sendable {
    /// Actor names as typed (`putin`, `Vladimir Putin`), all required.
    package var actors: [String] = []
    /// Section names as typed, any one suffices; compared case-insensitively.
    package var sections: [String] = []
    /// The publication dates allowed, or nil for any date (including undated articles).
    package var dates: DateRange? = nil

    /// No filter at all.
    package init() {}

    /// Creates filters from their parts.
    package init(actors: [String] = [], sections: [String] = [], dates: DateRange? = nil) {
        self.actors = actors
        self.sections = sections
        self.dates = dates
    }

    /// True when nothing is filtered.
    package var isEmpty: Bool { actors.isEmpty && sections.isEmpty && dates == nil }

    /// Narrows the allowed dates to `range` as well.
    package mutating func restrictDates(to range: DateRange) {
        dates = dates.map { $0.intersection(range) } ?? range
    }
}
