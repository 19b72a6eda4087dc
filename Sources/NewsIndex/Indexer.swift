import Foundation
import GRDB
import NewsAnalysis
import NewsCorpus

/// Brings the index in line with the files under some paths: `newsearch index`.
///
/// Three stages run at once: one thread walks the paths and decides what needs reading, one
/// parsing thread per core reads, hashes, parses and analyses, and the calling thread is the
/// single writer. Bounded queues between them keep memory flat. Work is committed in batches,
/// each file's rows in the same transaction as its change-detection fields, so a run killed at
/// any moment leaves a consistent index and the next run picks up where it stopped.
package struct Indexer {
    /// The index to write.
    package let store: IndexStore
    /// The analysis stage run on every parsed article.
    package let analyzer: ArticleAnalyzer
    /// How many parsing threads to run.
    package var parsingThreads = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// The longest a batch stays uncommitted, in seconds.
    package var batchSeconds = 1.0
    /// The most articles a batch holds: each commit makes FTS5 write its pending terms out as a
    /// segment, so smaller batches make more, smaller segments to merge later (2,000 was 8%
    /// slower than 4,000 on 20,000 generated articles); and the batch's actor rows wait in
    /// memory for the commit, so a fast machine must not grow batches without bound.
    package var batchArticles = 4000
    /// Whether to count the files ahead of the walk, so progress reports have a total early.
    package var countsAhead = false

    /// Creates an indexer.
    package init(store: IndexStore, analyzer: ArticleAnalyzer) {
        self.store = store
        self.analyzer = analyzer
    }

    /// Indexes `paths` (files or folders). Bad files are reported in the summary, never thrown.
    ///
    /// - Parameters:
    ///   - full: re-parse every file, even unchanged ones.
    ///   - progress: called on the writer thread as files are handled.
    /// - Throws: ``IndexError`` only when the index itself cannot be written.
    package func run(
        paths: [String], full: Bool, progress: (IndexProgress) -> Void = { _ in }
    ) throws(IndexError) -> IndexSummary {
        let clock = ContinuousClock.now
        var summary = IndexSummary()
        try store.checked {
            try store.writer.writeWithoutTransaction { db in
                let run = try RunLog.start(db)
                let known = try FileCatalog.load(db)
                let deferred = Self.defersMerges(full: full, known: known.count)
                try db.inTransaction {
                    try ArticleTextRows(db).deferMerges(deferred)
                    return .commit
                }
                let walk = startWalk(paths: paths, known: known, full: full)
                try write(db, walk: walk, summary: &summary, progress: progress)
                try db.inTransaction {
                    try removeVanished(db, walk: walk, summary: &summary)
                    return .commit
                }
                if summary.added + summary.changed + summary.removed > 0 {
                    let bulk = deferred || Self.rewroteMost(summary, known: known.count)
                    finishWriting(db, bulk: bulk)
                }
                if deferred {
                    try db.inTransaction {
                        try ArticleTextRows(db).deferMerges(false)
                        return .commit
                    }
                }
                try db.inTransaction {
                    summary.seconds = (ContinuousClock.now - clock).seconds
                    try RunLog.finish(db, run: run, summary: summary)
                    return .commit
                }
            }
            try? store.writer.writeWithoutTransaction { db in
                _ = try db.checkpoint(.truncate)
            }
        }
        summary.failures.sort { ($0.path, $0.reason) < ($1.path, $1.reason) }
        return summary
    }

    /// Ends a run that wrote: merges the full-text index (into one segment after a bulk run, a
    /// level's segments otherwise), then gives the file's free pages back. A merge that fails
    /// (a full disk) leaves the index as it was, unmerged, and the run's work committed; so does
    /// a release that fails.
    private func finishWriting(_ db: Database, bulk: Bool) {
        try? db.inTransaction {
            let rows = ArticleTextRows(db)
            try bulk ? rows.optimize() : rows.mergeSegments(pages: Self.mergePages)
            return .commit
        }
        try? FreePages.release(db)
    }

    private func startWalk(paths: [String], known: [UInt64: KnownFile], full: Bool) -> IndexWalk {
        let walk = IndexWalk(known: known, full: full)
        let processor = FileProcessor(analyzer: analyzer)
        // Dedicated threads, not Dispatch: the stages block on their queues, and a blocked
        // block would hold one of the global queue's few threads (one per core).
        let remaining = WorkerCount(parsingThreads)
        Self.spawn { walk.walk(paths) }
        if countsAhead { Self.spawn { walk.countAhead(paths) } }
        for _ in 0..<parsingThreads {
            Self.spawn {
                let compressor = TextCompressor()
                while let job = walk.jobs.pop() { walk.outcomes.push(processor.process(job, compressor: compressor)) }
                if remaining.finishOne() { walk.outcomes.close() }
            }
        }
        return walk
    }

    private static func spawn(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 4 << 20
        thread.start()
    }

    private func write(
        _ db: Database, walk: IndexWalk, summary: inout IndexSummary,
        progress: (IndexProgress) -> Void
    ) throws {
        let writer = try IndexWriter(db)
        var written = 0
        var pending: FileOutcome? = walk.outcomes.pop()
        while pending != nil {
            let deadline = ContinuousClock.now + .seconds(batchSeconds)
            let articlesBefore = summary.articles
            try db.inTransaction {
                while let outcome = pending {
                    try apply(outcome, writer: writer, summary: &summary)
                    written += 1
                    progress(walk.progress(done: written))
                    if ContinuousClock.now > deadline || summary.articles - articlesBefore >= batchArticles {
                        pending = walk.outcomes.pop()
                        break
                    }
                    pending = walk.outcomes.pop()
                }
                try writer.finishBatch()
                return .commit
            }
        }
        summary.unchanged += walk.unchanged
        summary.failures += walk.failures
        progress(walk.progress(done: written))
    }

    private func apply(_ outcome: FileOutcome, writer: IndexWriter, summary: inout IndexSummary) throws {
        switch outcome {
        case .touched(let job, _):
            try writer.recordTouched(job)
            summary.unchanged += 1
        case .parsed(let job, let hash, let articles, let recordErrors):
            try writer.replace(job, hash: hash, articles: articles)
            if job.known == nil { summary.added += 1 } else { summary.changed += 1 }
            summary.articles += articles.count
            summary.failures += recordErrors.map {
                IndexSummary.Failure(path: job.file.path, reason: $0.description)
            }
        case .failed(let job, let reason):
            summary.failures.append(IndexSummary.Failure(path: job.file.path, reason: reason))
        }
    }

    private func removeVanished(_ db: Database, walk: IndexWalk, summary: inout IndexSummary) throws {
        let writer = try IndexWriter(db)
        let roots = walk.walkedRoots
        for (path, file) in try FileCatalog.paths(of: walk.leftover, db) where roots.contains(where: { Self.path(path, isUnder: $0) }) {
            try writer.remove(fileID: file.id)
            summary.removed += 1
        }
        try writer.finishBatch()
        if summary.removed + summary.changed > 0 { try writer.prune() }
    }

    /// Whether a run defers FTS5's merging to its end (``ArticleTextRows/deferMerges(_:)``):
    /// a first run and a `--full` run, which rewrite the whole archive and end with one merge
    /// of everything. The file they leave is no larger for it, since the pages that merge frees
    /// are given back (``FreePages``).
    static func defersMerges(full: Bool, known: Int) -> Bool {
        full || known == 0
    }

    /// Whether a run wrote at least as many files as the index kept of those it held before it
    /// (a first run, a `--full` run, a new archive as large as the old): then its full-text
    /// index, built in many segments, is merged into one (``ArticleTextRows/optimize()``). At
    /// 100,000 articles that took 3.1 s when it was introduced (2.5 s now that bulk runs write
    /// fewer, larger segments), and made queries faster (median ×0.93 over the benchmark's 41,
    /// an actor with its spellings ×0.7–0.8) and the next 1%-changed run too (2.1 → 1.4 s).
    /// Other runs that wrote anything (and the run after a killed first run, which writes fewer
    /// files than the index already holds) merge segments of a level together, up to
    /// ``mergePages`` pages.
    static func rewroteMost(_ summary: IndexSummary, known: Int) -> Bool {
        let written = summary.added + summary.changed
        return written > 0 && written >= known - summary.removed
    }

    /// The most pages of the full-text index (4 KB each) an ordinary run merges: small runs'
    /// segments are merged at once, and a large merge (two segments of a high level) is spread
    /// over the runs that follow, so no cron run pays for it all.
    static let mergePages = 1000

    /// Whether `path` is `root` or inside the folder `root`.
    static func path(_ path: String, isUnder root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }
}

/// Counts parsing threads down; the last one to finish closes the outcome queue.
final class WorkerCount: @unchecked Sendable {
    private var running: Int
    private let lock = NSLock()

    init(_ count: Int) {
        running = count
    }

    /// Marks one thread finished; true for the last one.
    func finishOne() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        running -= 1
        return running == 0
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
