import GRDB
import GRDBSQLite

/// Reads the leaf pages of `articles_fts_data` through one incremental-blob handle into one
/// buffer, as FTS5 itself does, and walks a term's doclist across them.
struct LeafReader {
    private let db: Database
    private var blob: OpaquePointer?
    /// The current page's bytes (the buffer is reused from page to page).
    private var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
    private var count = 0
    /// A position list that runs over pages, gathered.
    private var spill: [UInt8] = []

    init(_ db: Database) {
        self.db = db
    }

    /// Frees the buffer and the blob handle.
    mutating func close() {
        sqlite3_blob_close(blob)
        blob = nil
        buffer.deallocate()
        buffer = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    }

    /// The current page.
    private var page: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer[..<count]) }

    /// Loads leaf page `number` of segment `segment` (rowid `segment << 37 + number` in
    /// `articles_fts_data`); false when it cannot be read.
    private mutating func load(segment: Int64, page number: Int64) -> Bool {
        let rowid = (segment << 37) + number
        if let blob {
            // A failed reopen aborts the handle: open a fresh one for the next page.
            guard sqlite3_blob_reopen(blob, rowid) == SQLITE_OK else {
                sqlite3_blob_close(blob)
                self.blob = nil
                return false
            }
        } else {
            guard sqlite3_blob_open(db.sqliteConnection, "main", "articles_fts_data", "block", rowid, 0, &blob) == SQLITE_OK
            else { return false }
        }
        count = Int(sqlite3_blob_bytes(blob))
        if count > buffer.count {
            buffer.deallocate()
            buffer = .allocate(byteCount: count, alignment: 8)
        }
        return sqlite3_blob_read(blob, buffer.baseAddress, Int32(count), 0) == SQLITE_OK
    }

    /// Calls `body` with the rowid and the position list of each entry of `key`'s doclist in
    /// `segment` (an empty list records a deletion; the bytes are only valid during the call),
    /// searching from leaf `start` (nothing when the segment lacks the term); false when a page
    /// does not parse.
    mutating func walk(
        _ key: [UInt8], segment: FTS5TermRows.Segment, from start: Int64, _ body: (Int64, UnsafeRawBufferPointer) -> Void
    ) -> Bool {
        var number = start
        guard load(segment: segment.id, page: number), var leaf = Leaf(page) else { return false }
        var bytes = page
        let doclistStart: Int
        var boundary: Int
        switch leaf.doclist(of: key, in: bytes) {
        case .absent: return true
        case .unreadable: return false
        case .found(let start, let end): (doclistStart, boundary) = (start, end)
        }
        var offset = doclistStart
        var absolute = true  // the first rowid of a doclist, or of a page, is written in full
        var rowid: Int64 = 0
        if offset >= leaf.size {
            // The term ends its page: its first rowid starts the next one (FTS5 reads it at 4).
            number += 1
            guard number <= segment.lastPage, load(segment: segment.id, page: number), let next = Leaf(page),
                next.firstRowid == Leaf.headerSize
            else { return false }
            bytes = page
            leaf = next
            offset = Leaf.headerSize
            boundary = next.firstTerm ?? next.size
        }
        while true {
            guard let value = Varint.read(bytes, &offset), let size = Varint.read(bytes, &offset) else { return false }
            rowid = absolute ? value : rowid &+ value
            absolute = false
            var remaining = Int(size >> 1)
            if remaining <= leaf.size - offset {
                body(rowid, UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + remaining)]))
            } else {
                spill.removeAll(keepingCapacity: true)
            }
            // Move past the position list, across pages if it runs over (gathering it).
            while remaining > leaf.size - offset {
                spill += bytes[offset..<leaf.size]
                remaining -= leaf.size - offset
                number += 1
                guard number <= segment.lastPage, load(segment: segment.id, page: number), let next = Leaf(page) else {
                    return false
                }
                bytes = page
                leaf = next
                offset = Leaf.headerSize
                boundary = next.firstTerm ?? next.size
                absolute = true
                if remaining <= leaf.size - offset {
                    spill += bytes[offset..<(offset + remaining)]
                    spill.withUnsafeBytes { body(rowid, $0) }
                }
            }
            offset += remaining
            // What follows: the next term (the doclist ends), the page's end, or a rowid.
            if offset >= boundary && boundary < leaf.size { return true }
            if offset >= leaf.size {
                number += 1
                guard number <= segment.lastPage else { return true }
                guard load(segment: segment.id, page: number), let next = Leaf(page) else { return false }
                guard let first = next.firstRowid else { return true }
                bytes = page
                leaf = next
                offset = first
                boundary = next.firstTerm ?? next.size
                absolute = true
            } else if absolute {
                // A page entered inside a position list: its first rowid must start here.
                guard leaf.firstRowid == offset else { return false }
            }
        }
    }
}

/// One leaf page's layout: a 4-byte header (big-endian offsets of the first rowid and of the
/// footer), terms with their doclists, then a footer of varint term offsets, each relative to
/// the one before.
struct Leaf {
    static let headerSize = 4

    /// Where the page's data ends (its footer starts).
    let size: Int
    /// The offset of the first rowid, when one starts before the first term.
    let firstRowid: Int?
    /// The offset of the page's first term.
    let firstTerm: Int?

    init?(_ page: UnsafeRawBufferPointer) {
        guard page.count >= Self.headerSize else { return nil }
        let rowidOffset = Int(page[0]) << 8 | Int(page[1])
        size = Int(page[2]) << 8 | Int(page[3])
        guard size >= Self.headerSize, size <= page.count, rowidOffset < size else { return nil }
        firstRowid = rowidOffset >= Self.headerSize ? rowidOffset : nil
        var footer = size
        if footer < page.count {
            guard let first = Varint.read(page, &footer), first >= Self.headerSize, first < size else { return nil }
            firstTerm = Int(first)
        } else {
            firstTerm = nil
        }
    }

    /// What a search for a term on a page finds.
    enum Lookup {
        /// Where the term's doclist starts (possibly at the page's end, the doclist then
        /// starting on the next page) and where the next term starts or the page's data ends.
        case found(start: Int, end: Int)
        /// The page holds no such term.
        case absent
        /// The page's terms do not parse.
        case unreadable
    }

    /// Where `key`'s doclist is on `page`.
    ///
    /// Terms are sorted and each shares a prefix with the one before, so the search keeps how
    /// many bytes of `key` the last term matched, as FTS5's own seek does, and builds no term.
    func doclist(of key: [UInt8], in page: UnsafeRawBufferPointer) -> Lookup {
        var footer = size
        var offset = 0
        var matched = 0  // bytes of `key` the previous term (which sorts before it) begins with
        var first = true
        while footer < page.count, let delta = Varint.read(page, &footer) {
            offset += Int(delta)
            guard offset >= Self.headerSize, offset < size else { return .unreadable }
            var cursor = offset
            // The page's first term is written whole; the others share a prefix with the one before.
            let shared = first ? 0 : Int(Varint.read(page, &cursor) ?? -1)
            guard shared >= 0, let length = Varint.read(page, &cursor).map(Int.init), length >= 0, cursor + length <= size
            else { return .unreadable }
            first = false
            // A term that keeps more of the last one than `key` did still sorts before `key`;
            // one that keeps less sorts after it.
            if shared > matched { continue }
            if shared < matched { return .absent }
            var index = 0
            while index < length && matched < key.count && page[cursor + index] == key[matched] {
                index += 1
                matched += 1
            }
            let start = cursor + length
            if index == length && matched == key.count {
                var next = footer
                let following = next < page.count ? Varint.read(page, &next) : nil
                return .found(start: start, end: following.map { offset + Int($0) } ?? size)
            }
            if index < length && (matched == key.count || page[cursor + index] > key[matched]) { return .absent }
        }
        return .absent
    }
}
