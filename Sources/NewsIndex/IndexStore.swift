/// Placeholder: the index store lands with issue 2.
package enum NewsIndexVersion { package static let schema = 1 }
