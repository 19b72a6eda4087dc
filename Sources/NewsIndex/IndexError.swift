/// Why the index could not be opened, locked or written.
///
/// Descriptions are lowercase fragments that name the file at fault and never carry SQL.
package enum IndexError: Error, Equatable, CustomStringConvertible {
    /// No index exists at the path yet.
    case missing(path: String)
    /// The index file or its folder could not be created or opened.
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not a newsearch index (or is damaged).
    case notAnIndex(path: String)
    /// The index was written by a newer newsearch.
    case tooNew(path: String)
    /// The index was written by an older newsearch; the next `newsearch index` upgrades it.
    case outdated(path: String)
    /// Another `newsearch index` run holds the lock.
    case locked(path: String, waited: Double)
    /// Reading or writing the index failed.
    case storage(path: String, reason: String)

    package var description: String {
        switch self {
        case .missing(let path):
            return "no index at \(path); run 'newsearch index PATH' first"
        case .cannotOpen(let path, let reason):
            return "cannot open index \(path): \(reason)"
        case .notAnIndex(let path):
            return "\(path) is not a newsearch index (or is damaged)"
        case .tooNew(let path):
            return "index \(path) was written by a newer newsearch; upgrade newsearch"
        case .outdated(let path):
            return "index \(path) was written by an older newsearch; run 'newsearch index' once to upgrade it"
        case .locked(let path, let waited):
            let wait = waited > 0 ? " after waiting \(Int(waited.rounded())) s" : ""
            return "index \(path) is locked by another 'newsearch index' run\(wait); try again later or pass --wait SECONDS"
        case .storage(let path, let reason):
            return "cannot write index \(path): \(reason)"
        }
    }
}
