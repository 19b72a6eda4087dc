import Foundation
import NewsCorpus

/// The walking stage of one index run, and the queues that connect it to the others.
///
/// The walk thread compares each file's size and modification time with what the index
/// knows: unchanged files are only counted, the rest become ``FileJob``s. What is left of
/// `known` afterwards is the files that vanished from disk.
final class IndexWalk: @unchecked Sendable {
    /// Files to read, for the parsing threads.
    let jobs = WorkQueue<FileJob>(capacity: 256)
    /// Parsed files, for the writer: room for what the parsers make while the writer commits
    /// a batch (FTS5 indexes the batch's text then), so they keep working meanwhile; at about
    /// 15 KB an outcome, 512 of them hold under 8 MB.
    let outcomes = WorkQueue<FileOutcome>(capacity: 512)

    private let lock = NSLock()
    private let full: Bool
    private var known: [UInt64: KnownFile]
    private var foundCount = 0
    private var countedAhead: Int?
    private var unchangedCount = 0
    private var finished = false
    private var walkFailures: [IndexSummary.Failure] = []
    private var roots: [String] = []

    /// Prepares a walk against what the index knows.
    init(known: [UInt64: KnownFile], full: Bool) {
        self.known = known
        self.full = full
    }

    /// Walks `paths` (on the walk thread), then closes ``jobs``.
    func walk(_ paths: [String]) {
        let walker = SourceWalker()
        for root in Self.outermost(paths) {
            let walked = walker.walk(root, visit: visit) { failure in
                locked { walkFailures.append(IndexSummary.Failure(path: failure.path, reason: failure.reason)) }
            }
            if let walked { locked { roots.append(walked) } }
        }
        locked { finished = true }
        jobs.close()
    }

    private func visit(_ file: SourceFile) {
        let key = FileCatalog.key(of: file.path)
        let previous: KnownFile? = locked {
            foundCount += 1
            return known.removeValue(forKey: key)
        }
        if let previous, !full, previous.size == file.size, previous.modified == file.modified {
            locked { unchangedCount += 1 }
        } else {
            jobs.push(FileJob(file: file, known: previous, force: full))
        }
    }

    /// Files the walk skipped as unchanged (final once the outcomes are drained).
    var unchanged: Int { locked { unchangedCount } }
    /// Files found so far.
    var found: Int { locked { foundCount } }
    /// Roots that could not be walked.
    var failures: [IndexSummary.Failure] { locked { walkFailures } }
    /// The absolute roots that were walked; only files under them can be removed.
    var walkedRoots: [String] { locked { roots } }
    /// Known files the walk did not meet.
    var leftover: [KnownFile] { locked { Array(known.values) } }

    /// Counts the files under `paths` ahead of the walk (names and types only, no queueing),
    /// so that a progress bar knows its total long before the walk, throttled by the parsing
    /// threads, gets there.
    func countAhead(_ paths: [String]) {
        var count = 0
        for root in Self.outermost(paths) {
            SourceWalker().walk(root, visit: { _ in count += 1 }, failure: { _ in })
        }
        locked { countedAhead = count }
    }

    /// A progress report, with `done` files written by the writer.
    func progress(done written: Int) -> IndexProgress {
        locked {
            let total = finished ? foundCount : max(foundCount, countedAhead ?? 0)
            return IndexProgress(
                found: total, done: min(total, written + unchangedCount), totalKnown: finished || countedAhead != nil)
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// The given paths made absolute, without any that lie inside another given folder.
    static func outermost(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        let absolute = paths.filter { seen.insert(SourceWalker.absolutePath($0)).inserted }
        return absolute.filter { path in
            let full = SourceWalker.absolutePath(path)
            return !absolute.contains { other in
                let outer = SourceWalker.absolutePath(other)
                return outer != full && Indexer.path(full, isUnder: outer)
            }
        }
    }
}
