import NewsIndex

/// The `--json` shape of an index run's summary (CONTRACT.md).
package struct IndexSummaryJSON: Encodable {
    /// One failed file or record.
    struct ErrorEntry: Encodable {
        let path: String
        let reason: String
    }

    let added: Int
    let changed: Int
    let removed: Int
    let unchanged: Int
    let failed: Int
    let articles: Int
    let seconds: Double
    let errors: [ErrorEntry]

    /// The JSON form of `summary`.
    package init(_ summary: IndexSummary) {
        added = summary.added
        changed = summary.changed
        removed = summary.removed
        unchanged = summary.unchanged
        failed = summary.failed
        articles = summary.articles
        seconds = (summary.seconds * 1000).rounded() / 1000
        errors = summary.failures.map { ErrorEntry(path: $0.path, reason: $0.reason) }
    }
}
