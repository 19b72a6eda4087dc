import Foundation
import GRDB

/// Facet chunks (``FacetChunk``) kept in memory between the searches of one long-lived
/// service, so that a search reads none from SQLite once they are in.
///
/// A search reads every chunk its matches fall in: at 100,000 articles, about 2.5 MB copied
/// out of SQLite's overflow pages for any word, a third of a rare word's search. A process that
/// answers one query (the CLI) gains nothing from keeping them and does not use a cache; one
/// that answers many (a service, the benchmark's in-process timing) reads each chunk once per
/// version of the index.
///
/// The version is FTS5's structure record, which every write to the full-text table changes
/// (it counts writes): the indexer rewrites an article's chunk in the same transaction as its
/// full-text rows, so a chunk cannot change while the record stays the same. When a search
/// sees another version, the cache is emptied. Safe to share between threads.
package final class FacetChunkCache: @unchecked Sendable {
    private let lock = NSLock()
    /// The version the chunks belong to.
    private var version = Data()
    private var chunks: [Int64: FacetChunkCopy] = [:]

    /// An empty cache.
    package init() {}

    /// The index's version, as a search inside its read transaction on `db` sees it.
    static func version(_ db: Database) throws -> Data {
        try FTS5TermRows.structureRecord(db) ?? Data()
    }

    /// Chunk `number` of `version`, if kept.
    func chunk(_ number: Int64, version: Data) -> FacetChunkCopy? {
        lock.withLock { self.version == version ? chunks[number] : nil }
    }

    /// Keeps chunk `number` of `version`, dropping the chunks of any other version.
    func keep(_ chunk: FacetChunkCopy, number: Int64, version: Data) {
        lock.withLock {
            if self.version != version {
                chunks = [:]
                self.version = version
            }
            chunks[number] = chunk
        }
    }
}

/// One chunk's arrays copied out of SQLite into memory of its own, and a view of them.
final class FacetChunkCopy: @unchecked Sendable {
    private let memory: UnsafeMutableRawBufferPointer
    /// The copied arrays.
    let view: FacetChunkView

    /// A copy of the arrays `view` shows.
    init(_ view: FacetChunkView) {
        let parts = [view.months, view.sections, view.actorStarts, view.actorIDs, view.lengths]
        memory = .allocate(byteCount: max(1, parts.reduce(0) { $0 + $1.count }), alignment: 8)
        var copies: [UnsafeRawBufferPointer] = []
        var offset = 0
        for part in parts {
            let target = UnsafeMutableRawBufferPointer(rebasing: memory[offset..<(offset + part.count)])
            target.copyMemory(from: part)
            copies.append(UnsafeRawBufferPointer(target))
            offset += part.count
        }
        self.view = FacetChunkView(
            months: copies[0], sections: copies[1], actorStarts: copies[2], actorIDs: copies[3], lengths: copies[4])
    }

    deinit {
        memory.deallocate()
    }
}
