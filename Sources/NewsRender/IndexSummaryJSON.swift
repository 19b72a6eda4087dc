import NewsIndex

/// The `--json` shape of an index run's summary (CONTRACT.md).
package enum IndexSummaryJSON {
    /// The JSON form of `summary`.
    package static func value(_ summary: IndexSummary) -> JSONValue {
        .object([
            ("added", .int(summary.added)),
            ("changed", .int(summary.changed)),
            ("removed", .int(summary.removed)),
            ("unchanged", .int(summary.unchanged)),
            ("failed", .int(summary.failed)),
            ("articles", .int(summary.articles)),
            ("seconds", .double((summary.seconds * 1000).rounded() / 1000)),
            ("errors", .array(summary.failures.map { .object([("path", .string($0.path)), ("reason", .string($0.reason))]) })),
        ])
    }
}
