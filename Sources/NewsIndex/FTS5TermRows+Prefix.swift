import Foundation
import GRDB

/// A prefix's rows read from the segments: the rows FTS5 matches for `"conf"*` (any term that
/// starts with `conf`), each with its terms' position lists as one (``FTS5PrefixCursor``).
extension FTS5TermRows {
    /// The most terms a prefix is read for: past it, nil (FTS5 then matches the prefix).
    static let prefixTermLimit = 4096

    /// A cursor over the rows containing a term that starts with `prefix` (a token as the
    /// table's tokenizer writes it), each with the instances of all such terms in it as one
    /// position list (``FTS5PrefixCursor``; the caller closes it); nil when a page does not
    /// parse or more than ``prefixTermLimit`` terms start so.
    package func cursor(prefix: String) -> FTS5PrefixCursor? {
        guard let keys = keys(prefix: Self.key(prefix)) else { return nil }
        var terms: [FTS5TermCursor] = []
        for key in keys {
            guard let cursor = cursor(key: key) else {
                for var term in terms { term.close() }
                return nil
            }
            terms.append(cursor)
        }
        return FTS5PrefixCursor(terms)
    }

    /// The keys (``key(_:)``) in any segment that start with `prefix` (a key), each once, in
    /// order; nil when a page does not parse or there are too many.
    ///
    /// In a segment they are on the page where `prefix` would start (the last page whose key
    /// in `articles_fts_idx`, a start of its first term, is at most the prefix) and on the
    /// pages after it whose first term starts with the prefix: their keys sort after the
    /// prefix yet start their first term, so they start with the prefix too. Pages without a
    /// term of their own have no key and need no reading.
    func keys(prefix: [UInt8]) -> [[UInt8]]? {
        var found = Set<[UInt8]>()
        var reader = LeafReader(db)
        defer { reader.close() }
        for segment in segments {
            guard let pages = try? pages(segment, prefix: prefix) else { return nil }
            for number in pages {
                guard let leaf = reader.load(segment: segment.id, page: number), let terms = leaf.terms(in: reader.page)
                else { return nil }
                for term in terms where term.starts(with: prefix) { found.insert(term) }
                guard found.count <= Self.prefixTermLimit else { return nil }
            }
        }
        return found.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The leaf pages of `segment` that may hold terms starting with `prefix`, in order.
    private func pages(_ segment: Segment, prefix: [UInt8]) throws -> [Int64] {
        var pages: [Int64] = []
        if let first = firstPage(segment, key: prefix) { pages.append(first) }
        // No UTF-8 token has a byte 0xFF: every key starting with the prefix sorts before this.
        let beyond = prefix + [0xFF]
        let sql = "SELECT pgno FROM articles_fts_idx WHERE segid = ? AND term > ? AND term < ? ORDER BY term"
        let listed = try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: [segment.id, Data(prefix), Data(beyond)])
        let after = max(pages.last ?? 0, segment.firstPage - 1)
        for number in listed.map({ $0 >> 1 }) where number > after && number <= segment.lastPage {
            pages.append(number)
        }
        return pages
    }
}
