/// Placeholder until the searcher lands.
package enum NewsSearchVersion { package static let schema = 1 }
