import Testing

@testable import NewsIndex

/// The position-list decoder reads FTS5's format as `xPhraseNext` does: a `1` at the start of
/// a varint changes column, and multi-byte varints (positions past 125) count once.
@Suite("FTS5 position lists")
struct PositionListTests {
    /// The columns of every instance after the first, decoded from `bytes`.
    private func columns(_ bytes: [UInt8], from column: Int32) -> [Int32] {
        var found: [Int32] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return }
            PositionList.forEachColumn(start, start + buffer.count, from: column) { found.append($0) }
        }
        return found
    }

    @Test("each position counts in the current column, and 1 moves to the column after it")
    func columnChanges() {
        // Delta 5 (7) in column 0; column 2 from position 200 (202 = 0x81 0x4A), then delta 100 (102).
        #expect(columns([7, 1, 2, 0x81, 0x4A, 102], from: 0) == [0, 2, 2])
    }

    @Test("a multi-byte varint ending in 0x01 is a position, not a column change")
    func trailingOneIsAPosition() {
        // Delta 127 is 129 = 0x81 0x01; then delta 1 (3).
        #expect(columns([0x81, 0x01, 3], from: 1) == [1, 1])
    }

    @Test("a column number of several bytes is read whole")
    func longColumnNumber() {
        #expect(columns([1, 0x81, 0x00, 2, 5], from: 0) == [128, 128])
    }

    @Test("an empty rest of the list has no instances")
    func empty() {
        #expect(columns([], from: 0).isEmpty)
    }
}
