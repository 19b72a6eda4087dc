/// Writes instances (`column << 32 | offset`, as ``PositionList/decode(_:into:)`` gives them),
/// in order, as a position list: an offset is stored as its distance from the previous one in
/// the column plus 2, and a change of column as a 1, the column and then the offset plus 2.
struct PositionListWriter {
    private let start: UnsafeMutablePointer<UInt8>
    private var end: UnsafeMutablePointer<UInt8>
    private var column: UInt64 = 0
    private var offset: UInt64 = 0

    /// A writer at `start`, which has room for every instance appended.
    init(_ start: UnsafeMutablePointer<UInt8>) {
        self.start = start
        end = start
    }

    /// The bytes written.
    var count: Int { end - start }

    mutating func append(_ position: UInt64) {
        let column = position >> 32
        let offset = position & 0xFFFF_FFFF
        if column != self.column {
            end.pointee = 1
            end += 1
            appendVarint(column)
            self.column = column
            self.offset = 0
        }
        appendVarint(offset - self.offset + 2)
        self.offset = offset
    }

    /// A SQLite varint of at most 32 bits: big-endian groups of seven bits, the high bit set
    /// on all but the last.
    @inline(__always)
    private mutating func appendVarint(_ value: UInt64) {
        if value < 0x80 {
            end.pointee = UInt8(truncatingIfNeeded: value)
            end += 1
            return
        }
        var shift: UInt64 = 28
        while value >> shift == 0 { shift -= 7 }
        while shift > 0 {
            end.pointee = UInt8(truncatingIfNeeded: value >> shift) | 0x80
            end += 1
            shift -= 7
        }
        end.pointee = UInt8(truncatingIfNeeded: value & 0x7f)
        end += 1
    }
}
