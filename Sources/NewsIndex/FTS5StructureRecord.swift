import Foundation

/// FTS5's structure record (`articles_fts_data` row 10) in its legacy format, the one a table
/// without `contentless_delete` keeps (the comment at the top of `fts5_index.c`): a 4-byte
/// configuration cookie, then varints: the number of levels, of segments, a write counter, and
/// for each level the number of its segments an unfinished merge is reading and its segments
/// (id, first and last leaf page), oldest first.
struct FTS5StructureRecord: Equatable {
    /// One level of segments.
    struct Level: Equatable {
        /// How many of the level's first segments an unfinished merge is reading (0: none).
        var merging: Int64
        /// The segments, oldest first.
        var segments: [FTS5TermRows.Segment]
    }

    /// The configuration cookie, kept as it is.
    var cookie: [UInt8]
    /// FTS5's count of leaf pages written to level 0 (which paces its automerge), kept as it is.
    var writeCounter: Int64
    /// The levels, 0 first.
    var levels: [Level]

    /// Parses a record; nil for one in another format (a V2 record has `FF 00 00 01` after the
    /// cookie) or that does not parse.
    init?(_ record: Data) {
        guard let parsed = record.withUnsafeBytes({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    private init(cookie: [UInt8], writeCounter: Int64, levels: [Level]) {
        self.cookie = cookie
        self.writeCounter = writeCounter
        self.levels = levels
    }

    private static func parse(_ bytes: UnsafeRawBufferPointer) -> FTS5StructureRecord? {
        guard bytes.count >= 4, !(bytes.count >= 8 && bytes[4] == 0xFF) else { return nil }
        var offset = 4
        guard let levelCount = Varint.read(bytes, &offset), let segmentCount = Varint.read(bytes, &offset),
            let writeCounter = Varint.read(bytes, &offset), levelCount >= 0
        else { return nil }
        var levels: [Level] = []
        for _ in 0..<levelCount {
            guard let merging = Varint.read(bytes, &offset), let count = Varint.read(bytes, &offset), count >= 0
            else { return nil }
            var segments: [FTS5TermRows.Segment] = []
            for _ in 0..<count {
                guard let id = Varint.read(bytes, &offset), let first = Varint.read(bytes, &offset),
                    let last = Varint.read(bytes, &offset)
                else { return nil }
                segments.append(FTS5TermRows.Segment(id: id, firstPage: first, lastPage: last))
            }
            levels.append(Level(merging: merging, segments: segments))
        }
        guard levels.reduce(0, { $0 + $1.segments.count }) == segmentCount else { return nil }
        return FTS5StructureRecord(cookie: Array(bytes[0..<4]), writeCounter: writeCounter, levels: levels)
    }

    /// The segments, newest first (level 0 first, and in a level the last listed first).
    var segmentsNewestFirst: [FTS5TermRows.Segment] {
        levels.flatMap { $0.segments.reversed() }
    }

    /// The record's bytes.
    var data: Data {
        var bytes = cookie
        Varint.append(Int64(levels.count), to: &bytes)
        Varint.append(Int64(levels.reduce(0) { $0 + $1.segments.count }), to: &bytes)
        Varint.append(writeCounter, to: &bytes)
        for level in levels {
            Varint.append(level.merging, to: &bytes)
            Varint.append(Int64(level.segments.count), to: &bytes)
            for segment in level.segments {
                Varint.append(segment.id, to: &bytes)
                Varint.append(segment.firstPage, to: &bytes)
                Varint.append(segment.lastPage, to: &bytes)
            }
        }
        return Data(bytes)
    }
}
