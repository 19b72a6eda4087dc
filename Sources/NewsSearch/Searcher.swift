import NewsIndex
/// Placeholder: search lands with issue 3.
package enum NewsSearchVersion { package static let schema = NewsIndexVersion.schema }
