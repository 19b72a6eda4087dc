import Testing

@testable import NewsIndex

/// The position-list decoder reads FTS5's format as `xPhraseNext` does: a `1` at the start of
/// a varint changes column, and multi-byte varints (positions past 125) count once.
@Suite("FTS5 position lists")
struct PositionListTests {
    /// The runs (column, instances) of `bytes`, decoded from column `column`.
    private func runs(_ bytes: [UInt8], from column: Int32 = 0) -> [Run] {
        var found: [Run] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return }
            PositionList.forEachRun(start, start + buffer.count, from: column) { found.append(Run(column: $0, count: $1)) }
        }
        return found
    }

    private struct Run: Equatable {
        var column: Int32
        var count: Int
    }

    @Test("each position counts in the current column, and 1 moves to the column after it")
    func columnChanges() {
        // Delta 5 (7) in column 0; column 2 from position 200 (202 = 0x81 0x4A), then delta 100 (102).
        #expect(runs([7, 1, 2, 0x81, 0x4A, 102]) == [Run(column: 0, count: 1), Run(column: 2, count: 2)])
    }

    @Test("a multi-byte varint ending in 0x01 is a position, not a column change")
    func trailingOneIsAPosition() {
        // Delta 127 is 129 = 0x81 0x01; then delta 1 (3).
        #expect(runs([0x81, 0x01, 3], from: 1) == [Run(column: 1, count: 2)])
    }

    @Test("a column number of several bytes is read whole")
    func longColumnNumber() {
        #expect(runs([1, 0x81, 0x00, 2, 5]) == [Run(column: 128, count: 2)])
    }

    @Test("an empty rest of the list has no instances")
    func empty() {
        #expect(runs([]).isEmpty)
    }

    @Test("long lists, counted eight bytes at a time, give the counts they were written with, never above the bound")
    func longLists() {
        var random = Congruence(seed: 7)
        for _ in 0..<500 {
            var expected: [Run] = []
            var bytes: [UInt8] = []
            for column in Int32(0)..<3 where random.next() % 3 != 0 {
                let count = Int(random.next() % 40) + 1
                if column != 0 { bytes += [1] + sqliteVarint(UInt32(column)) }
                var position: UInt32 = 0
                for index in 0..<count {
                    // Small gaps mostly, some past 125 (two-byte varints, some ending in 0x01).
                    let gap = random.next() % 4 == 0 ? UInt32(random.next() % 400) + 1 : UInt32(random.next() % 9) + 1
                    let value = index == 0 ? UInt32(random.next() % 300) : gap
                    position += value
                    bytes += sqliteVarint(value + 2)
                }
                expected.append(Run(column: column, count: count))
            }
            #expect(runs(bytes) == expected, "\(bytes)")
            bytes.withUnsafeBytes { list in
                let weights = (10.0, 4.0, 1.0)
                #expect(PositionList.weightedInstancesBound(list, weights: weights) >= PositionList.weightedInstances(list, weights: weights))
            }
        }
    }

    @Test("column weights are whole numbers, so count × weight has the bits of adding per instance")
    func wholeWeights() {
        let weights = IndexSchema.columnWeights
        for weight in [weights.title, weights.lede, weights.body] { #expect(weight == weight.rounded()) }
    }
}
