/// FTS5's position list format (`detail=full`), as `xPhraseNext` decodes it: a sequence of
/// varints in which `1` announces a change of column (the column number follows, then the
/// first position in it) and any other value is a position (offset plus 2) in the current
/// column. The format is FTS5's on-disk format, which SQLite keeps stable.
enum PositionList {
    /// Calls `body` with the column of each instance of the list between `start` and `end`,
    /// in order, starting in column `column` (the column of the instance before `start`).
    @inline(__always)
    static func forEachColumn(
        _ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, from column: Int32, _ body: (Int32) -> Void
    ) {
        var byte = start
        var column = column
        while byte < end {
            if byte.pointee == 1 {
                byte += 1
                column = readVarint(&byte, end)
            }
            skipVarint(&byte, end)
            body(column)
        }
    }

    /// Reads a SQLite varint of at most 32 bits (FTS5's `fts5GetVarint32`) and moves past it.
    @inline(__always)
    static func readVarint(_ byte: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Int32 {
        var value: UInt32 = 0
        while byte < end {
            let next = byte.pointee
            byte += 1
            value = (value << 7) | UInt32(next & 0x7f)
            if next < 0x80 { break }
        }
        return Int32(bitPattern: value)
    }

    /// Moves past one varint.
    @inline(__always)
    static func skipVarint(_ byte: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) {
        while byte < end {
            let next = byte.pointee
            byte += 1
            if next < 0x80 { return }
        }
    }
}
