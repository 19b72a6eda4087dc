import Foundation

/// How one `newsearch index` run ended: counts of files, and what failed.
///
/// `description` is the contract's one-line summary:
/// `indexed 120 new, 3 changed, 1 removed, 20457 unchanged, 2 failed in 1.3 s`.
package struct IndexSummary: Sendable, Equatable, CustomStringConvertible {
    /// One file (or one record of a file) that could not be indexed.
    package struct Failure: Sendable, Equatable, CustomStringConvertible {
        /// The file, as given or found.
        package var path: String
        /// Why, as a lowercase fragment (with `line N:` for a record).
        package var reason: String

        /// Creates a failure.
        package init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        package var description: String { "\(path): \(reason)" }
    }

    /// Files indexed for the first time.
    package var added = 0
    /// Files whose content changed (or, with `--full`, that were re-parsed).
    package var changed = 0
    /// Files that disappeared from disk and were removed from the index.
    package var removed = 0
    /// Files left as they were (same size and time, or touched with the same content).
    package var unchanged = 0
    /// Articles written by this run.
    package var articles = 0
    /// Files or records that failed.
    package var failures: [Failure] = []
    /// Wall time of the run.
    package var seconds = 0.0

    /// Creates an empty summary.
    package init() {}

    /// The number of failed files and records.
    package var failed: Int { failures.count }

    package var description: String {
        let time = seconds < 10 ? String(format: "%.1f", seconds) : String(Int(seconds.rounded()))
        return "indexed \(added) new, \(changed) changed, \(removed) removed, "
            + "\(unchanged) unchanged, \(failed) failed in \(time) s"
    }
}

/// Where a run has got to, for a progress bar.
package struct IndexProgress: Sendable, Equatable {
    /// Files to handle: found so far, or the total once ``totalKnown``.
    package var found = 0
    /// Files fully handled (written, skipped as unchanged, or failed).
    package var done = 0
    /// Whether ``found`` is the final total (counted ahead, or the walk has finished).
    package var totalKnown = false

    /// Creates a progress report.
    package init(found: Int = 0, done: Int = 0, totalKnown: Bool = false) {
        self.found = found
        self.done = done
        self.totalKnown = totalKnown
    }
}
