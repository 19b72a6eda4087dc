import NewsSearch
/// Placeholder: rendering lands with issue 3.
package enum NewsRenderVersion { package static let schema = NewsSearchVersion.schema }
