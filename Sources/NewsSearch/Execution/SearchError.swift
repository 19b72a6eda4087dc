import GRDB
import NewsIndex

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

extension SearchError {
    /// Runs `body`, turning database errors into ``SearchError`` without SQL in the message.
    package static func wrapping<T>(_ body: () throws -> T) throws(SearchError) -> T {
        do {
            return try body()
        } catch let error as SearchError {
            throw error
        } catch let error as DatabaseError {
            throw .storage(reason: IndexStore.reason(error))
        } catch {
            throw .storage(reason: "\(error)")
        }
    }
}
