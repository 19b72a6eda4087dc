import Testing

@testable import NewsIndex

/// A phrase's instances are the first word's positions that the next word follows at the
/// phrase's distance in the same column, as FTS5 matches a phrase.
@Suite("Phrase positions from the words' position lists")
struct PhrasePositionsTests {
    /// `follow` on lists written from `starts` and `next` (column, offset pairs, in order), decoded.
    private func follow(_ starts: [(Int, Int)], _ next: [(Int, Int)], at distance: Int32) -> [(column: Int, offset: Int)] {
        var follower = PhrasePositions()
        defer { follower.deallocate() }
        return Self.list(starts).withUnsafeBytes { first in
            Self.list(next).withUnsafeBytes { second in
                PositionList.positions(follower.follow(first, by: second, at: distance))
            }
        }
    }

    @Test("a start is kept when the next word is at the distance in the same column")
    func adjacency() {
        let found = follow([(0, 3), (0, 9), (2, 4), (2, 200)], [(0, 4), (0, 11), (1, 5), (2, 5), (2, 201)], at: 1)
        #expect(found.map { [$0.column, $0.offset] } == [[0, 3], [2, 4], [2, 200]])
        #expect(follow([(0, 3), (2, 4)], [(0, 5), (2, 6)], at: 2).map { [$0.column, $0.offset] } == [[0, 3], [2, 4]])
        #expect(follow([(1, 7)], [(2, 8)], at: 1).isEmpty, "the next word in another column")
        #expect(follow([], [(0, 1)], at: 1).isEmpty)
    }

    @Test("random lists give the starts a naive comparison finds, written as a list that decodes to them")
    func randomLists() {
        var random = Congruence(seed: 11)
        for _ in 0..<400 {
            let first = Self.randomPositions(&random), second = Self.randomPositions(&random)
            let distance = Int32(random.next() % 3) + 1
            let expected = first.filter { start in second.contains { $0.0 == start.0 && $0.1 == start.1 + Int(distance) } }
            #expect(follow(first, second, at: distance).map { [$0.column, $0.offset] } == expected.map { [$0.0, $0.1] })
        }
    }

    @Test("random lists decode to the positions they were written from")
    func decodedLists() {
        var random = Congruence(seed: 5)
        for _ in 0..<400 {
            let positions = Self.randomPositions(&random)
            let decoded = Self.list(positions).withUnsafeBytes(PositionList.positions)
            #expect(decoded.map { [$0.column, $0.offset] } == positions.map { [$0.0, $0.1] })
        }
    }

    /// Positions in columns 0 to 2, ascending, with gaps small (one-byte varints) and large (two).
    private static func randomPositions(_ random: inout Congruence) -> [(Int, Int)] {
        var positions: [(Int, Int)] = []
        for column in 0..<3 where random.next() % 3 != 0 {
            var offset = Int(random.next() % 20)
            for _ in 0..<(Int(random.next() % 30) + 1) {
                positions.append((column, offset))
                offset += random.next() % 5 == 0 ? Int(random.next() % 300) + 1 : Int(random.next() % 4) + 1
            }
        }
        return positions
    }

    /// A position list in FTS5's format: offsets as distance plus 2, `1 column` between columns.
    private static func list(_ positions: [(Int, Int)]) -> [UInt8] {
        var bytes: [UInt8] = []
        var (column, previous) = (0, 0)
        for (at, offset) in positions {
            if at != column {
                bytes += [1] + sqliteVarint(UInt32(at))
                (column, previous) = (at, 0)
            }
            bytes += sqliteVarint(UInt32(offset - previous + 2))
            previous = offset
        }
        return bytes
    }
}
