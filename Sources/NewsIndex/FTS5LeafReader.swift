import GRDB
import GRDBSQLite

/// Reads the leaf pages of `articles_fts_data` through one incremental-blob handle into one
/// buffer, as FTS5 itself does.
struct LeafReader {
    /// The connection's handle (a plain pointer: copying a cursor retains nothing).
    private let connection: OpaquePointer?
    private var blob: OpaquePointer?
    /// The current page's bytes (the buffer is reused from page to page, allocated by the
    /// first load).
    private var buffer = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    /// The current page's size in bytes.
    private var count = 0
    /// The current page's first byte (valid once a page is loaded).
    private(set) var bytes = UnsafePointer<UInt8>(bitPattern: 1)!

    /// A reader of `db`'s pages, or of none (nil).
    init(_ db: Database?) {
        connection = db?.sqliteConnection
    }

    /// Frees the buffer and the blob handle.
    mutating func close() {
        sqlite3_blob_close(blob)
        blob = nil
        buffer.deallocate()
        buffer = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    }

    /// The current page (built from the stored pointer and size: slicing the buffer cost
    /// checks on every entry).
    var page: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: bytes, count: count) }

    /// Loads leaf page `number` of segment `segment` (rowid `segment << 37 + number` in
    /// `articles_fts_data`) and returns its layout; nil when it cannot be read or does not parse.
    mutating func load(segment: Int64, page number: Int64) -> Leaf? {
        let rowid = (segment << 37) + number
        if let blob {
            // A failed reopen aborts the handle: open a fresh one for the next page.
            guard sqlite3_blob_reopen(blob, rowid) == SQLITE_OK else {
                sqlite3_blob_close(blob)
                self.blob = nil
                return nil
            }
        } else {
            guard sqlite3_blob_open(connection, "main", "articles_fts_data", "block", rowid, 0, &blob) == SQLITE_OK
            else { return nil }
        }
        count = Int(sqlite3_blob_bytes(blob))
        if count > buffer.count {
            buffer.deallocate()
            buffer = .allocate(byteCount: max(count, 2 * buffer.count, 4096), alignment: 8)
        }
        guard sqlite3_blob_read(blob, buffer.baseAddress, Int32(count), 0) == SQLITE_OK else { return nil }
        bytes = UnsafePointer(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
        return Leaf(page)
    }
}

/// Steps through the entries of one term's doclist in one segment, in rowid order: each
/// entry's rowid and position list (an empty list records a deletion), across leaf pages.
struct SegmentCursor {
    /// What the next call to ``next()`` does first.
    private enum Step {
        /// Reads the entry at ``offset``.
        case entry
        /// Loads the next page, whose first rowid continues the doclist.
        case pageTurn
        /// Nothing: the doclist has ended.
        case end
        /// Nothing: a page did not parse.
        case failure
    }

    /// The page reader, the cursor's own while it is in use.
    private(set) var reader: LeafReader
    /// The term, as the index stores it, and where its search starts.
    private let key: [UInt8]
    private let start: Int64
    private let segment: FTS5TermRows.Segment
    private var number: Int64
    private var leaf: Leaf
    private var offset = 0
    /// Where the term's doclist ends on the current page (the next term, or the page's end).
    private var boundary = 0
    /// Whether the next rowid is written in full (the first of a doclist or of a page).
    private var absolute = true
    private var step = Step.end
    /// A position list that runs over pages, gathered (grown as needed, freed by ``close()``).
    private var spill = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    /// The current entry's rowid.
    private(set) var rowid: Int64 = 0
    /// The current entry's position list, valid until the next call to ``next()`` or ``close()``.
    private(set) var list = UnsafeRawBufferPointer(start: nil, count: 0)

    /// A cursor before the first entry of `key`'s doclist in `segment`, searched from leaf
    /// `start` (no entry when the segment lacks the term), reading pages with `reader`, which
    /// it then owns (``reader`` gives it back); nil when a page does not parse, `reader` then
    /// staying the caller's.
    init?(reader: inout LeafReader, key: [UInt8], segment: FTS5TermRows.Segment, from start: Int64) {
        self.reader = reader
        self.key = key
        self.segment = segment
        self.start = start
        number = start
        leaf = Leaf(size: Leaf.headerSize, firstRowid: nil, firstTerm: nil)
        guard rewind() else {
            reader = self.reader
            return nil
        }
    }

    /// Moves back before the first entry; false when a page does not parse.
    mutating func rewind() -> Bool {
        number = start
        absolute = true
        rowid = 0
        step = .failure
        guard let first = reader.load(segment: segment.id, page: start) else { return false }
        leaf = first
        switch leaf.doclist(of: key, in: reader.page) {
        case .absent:
            step = .end
            return true
        case .unreadable: return false
        case .found(let start, let end): (offset, boundary) = (start, end)
        }
        if offset >= leaf.size {
            // The term ends its page: its first rowid starts the next one (FTS5 reads it at 4).
            guard turnPage(), leaf.firstRowid == Leaf.headerSize else { return false }
        }
        step = .entry
        return true
    }

    /// A cursor with no entry.
    init() {
        reader = LeafReader(nil)
        key = []
        start = 0
        segment = FTS5TermRows.Segment(id: 0, firstPage: 0, lastPage: 0)
        number = 0
        leaf = Leaf(size: Leaf.headerSize, firstRowid: nil, firstTerm: nil)
    }

    /// Frees the page buffers.
    mutating func close() {
        reader.close()
        spill.deallocate()
        spill = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    }

    /// Whether a page did not parse (the cursor then stopped short).
    var failed: Bool { step == .failure }

    /// Moves to the next entry; false at the doclist's end or when a page does not parse
    /// (``failed``).
    ///
    /// The common case — an entry that starts and ends on the current page, followed by
    /// another — reads the page through a plain pointer: the checked buffer slices it replaced
    /// cost half of the stepping.
    @inline(__always)
    mutating func next() -> Bool {
        if step != .entry {
            guard step == .pageTurn, enterNextPage() else { return false }
        }
        let bytes = reader.bytes
        let page = reader.page
        guard let value = Varint.read(page, &offset), let size = Varint.read(page, &offset) else { return stop(.failure) }
        rowid = absolute ? value : rowid &+ value
        let length = Int(size >> 1)
        if absolute || length > leaf.size - offset { return nextAfterPageStart(length) }
        list = UnsafeRawBufferPointer(start: bytes + offset, count: length)
        offset += length
        // What follows: a rowid, the next term (the doclist ends) or the page's end.
        if offset >= boundary { step = boundary < leaf.size ? .end : .pageTurn }
        return true
    }

    /// Moves over the entries that lie wholly on the current page after its first, with
    /// one-byte rowid deltas and sizes (short lists), up to the doclist's end or the page's,
    /// adding to `counted` those with positions whose rowid is not in `skipped` (ascending,
    /// ending with `Int64.max`; `next` is where to look in it), until `limit` are counted;
    /// false when it moved over none (then ``next()`` takes the entry).
    ///
    /// A word's rows counted for its idf: a third of the instructions of stepping each entry
    /// through ``next()``.
    mutating func count(
        _ counted: inout Int64, upTo limit: Int64, skipping skipped: UnsafeBufferPointer<Int64>, at next: inout Int
    ) -> Bool {
        guard step == .entry, !absolute else { return false }
        let bytes = reader.bytes
        let end = min(boundary, leaf.size)
        var (at, id, total, index) = (offset, rowid, counted, next)
        while total < limit && at + 1 < end {
            let delta = bytes[at]
            let size = bytes[at + 1]
            let length = Int(size >> 1)
            guard delta < 0x80, size < 0x80, at + 2 + length <= leaf.size else { break }
            id &+= Int64(delta)
            at += 2 + length
            if length > 0 {
                while skipped[index] < id { index += 1 }
                total &+= skipped[index] == id ? 0 : 1
            }
        }
        guard at != offset else { return false }
        (offset, rowid, counted, next) = (at, id, total, index)
        if offset >= boundary { step = boundary < leaf.size ? .end : .pageTurn }
        return true
    }

    /// The rest of ``next()`` for an entry that starts a page or runs over it.
    private mutating func nextAfterPageStart(_ length: Int) -> Bool {
        absolute = false
        if length <= leaf.size - offset {
            list = UnsafeRawBufferPointer(start: reader.bytes + offset, count: length)
            offset += length
        } else {
            guard gatherSpill(length) else { return stop(.failure) }
        }
        if offset >= boundary && boundary < leaf.size {
            step = .end
        } else if offset >= leaf.size {
            step = .pageTurn
        } else if absolute && leaf.firstRowid != offset {
            // A page entered inside a position list: its first rowid must start there.
            step = .failure
        }
        return true
    }

    /// Loads the next page for ``next()``, at its first rowid; false (with ``step`` saying why)
    /// when the doclist ends or the page does not parse.
    private mutating func enterNextPage() -> Bool {
        number += 1
        guard number <= segment.lastPage else { return stop(.end) }
        guard let next = reader.load(segment: segment.id, page: number) else { return stop(.failure) }
        guard let first = next.firstRowid else { return stop(.end) }
        enter(next, at: first)
        step = .entry
        return true
    }

    /// Gathers a position list of `length` bytes that runs over pages, from ``offset``.
    private mutating func gatherSpill(_ length: Int) -> Bool {
        if spill.count < length {
            spill.deallocate()
            spill = .allocate(byteCount: length, alignment: 1)
        }
        var gathered = 0
        while length - gathered > leaf.size - offset {
            gather(reader.page[offset..<leaf.size], at: gathered)
            gathered += leaf.size - offset
            guard turnPage() else { return false }
        }
        let rest = length - gathered
        gather(reader.page[offset..<(offset + rest)], at: gathered)
        offset += rest
        list = UnsafeRawBufferPointer(rebasing: spill[..<length])
        return true
    }

    private func gather(_ bytes: Slice<UnsafeRawBufferPointer>, at start: Int) {
        UnsafeMutableRawBufferPointer(rebasing: spill[start..<(start + bytes.count)]).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes))
    }

    /// Loads the next page and moves to its start; false when there is none or it does not parse.
    private mutating func turnPage() -> Bool {
        number += 1
        guard number <= segment.lastPage, let next = reader.load(segment: segment.id, page: number) else { return false }
        enter(next, at: Leaf.headerSize)
        return true
    }

    private mutating func enter(_ next: Leaf, at start: Int) {
        leaf = next
        offset = start
        boundary = next.firstTerm ?? next.size
        absolute = true
    }

    private mutating func stop(_ reason: Step) -> Bool {
        step = reason
        return false
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

    /// A layout given field by field.
    init(size: Int, firstRowid: Int?, firstTerm: Int?) {
        self.size = size
        self.firstRowid = firstRowid
        self.firstTerm = firstTerm
    }

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
