/// A ranked article, with where it matched (for its snippet).
struct RankedHit {
    /// The article id.
    var id: Int64
    /// Its bm25 score (higher is better).
    var score: Double
    /// Where the query matched it; nil when nothing was searched.
    var positions: MatchPositions?
}

/// The best hits offered so far, at most `capacity` of them: higher score first, then lower id
/// (the order of `ORDER BY bm25(…), rowid`). A binary heap with the worst kept hit on top, so
/// a hit that cannot make the page costs one comparison (``admits(id:score:)``).
struct TopHits {
    /// How many hits to keep (the page's end: offset + limit).
    let capacity: Int
    /// Plain values, so that the test every match goes through copies nothing to count.
    private var heap: [(id: Int64, score: Double)] = []
    /// The positions of the kept hits.
    private var positions: [Int64: MatchPositions] = [:]

    /// Keeps up to `capacity` hits.
    init(capacity: Int) {
        self.capacity = max(0, capacity)
        heap.reserveCapacity(min(self.capacity, 1 << 16))
    }

    /// Whether a hit ranks before another.
    @inline(__always)
    private static func ranksBefore(_ a: (id: Int64, score: Double), _ b: (id: Int64, score: Double)) -> Bool {
        a.score > b.score || (a.score == b.score && a.id < b.id)
    }

    /// Whether a hit with this id and score would be kept.
    @inline(__always)
    func admits(id: Int64, score: Double) -> Bool {
        heap.count < capacity || (capacity > 0 && Self.ranksBefore((id, score), heap[0]))
    }

    /// Keeps a hit that ``admits(id:score:)``, dropping the worst kept one if full.
    mutating func insert(_ hit: RankedHit) {
        positions[hit.id] = hit.positions
        if heap.count < capacity {
            heap.append((hit.id, hit.score))
            siftUp(heap.count - 1)
        } else {
            positions[heap[0].id] = nil
            heap[0] = (hit.id, hit.score)
            siftDown(0)
        }
    }

    /// Sets where each kept hit matched, from `positions` by article id.
    mutating func attach(_ positions: [Int64: MatchPositions]) {
        for (id, _) in heap { self.positions[id] = positions[id] }
    }

    /// The kept hits, best first.
    var ranked: [RankedHit] {
        heap.sorted(by: Self.ranksBefore).map { RankedHit(id: $0.id, score: $0.score, positions: positions[$0.id]) }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            // The worst hit rises to the top.
            guard Self.ranksBefore(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            var worst = parent
            let left = 2 * parent + 1
            if left < heap.count, Self.ranksBefore(heap[worst], heap[left]) { worst = left }
            if left + 1 < heap.count, Self.ranksBefore(heap[worst], heap[left + 1]) { worst = left + 1 }
            guard worst != parent else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
