/// Why a search could not run. Never carries SQL.
package enum SearchError: Error, Equatable, CustomStringConvertible {
    /// The index could not be read.
    case storage(reason: String)

    package var description: String {
        switch self {
        case .storage(let reason): return "cannot read the index: \(reason)"
        }
    }
}
