/// The best hits offered so far, at most `capacity` of them: higher score first, then lower id
/// (the order of `ORDER BY bm25(…), rowid`). A binary heap with the worst kept hit on top, so
/// an offer that cannot make the page costs one comparison.
struct TopHits {
    /// How many hits to keep (the page's end: offset + limit).
    let capacity: Int
    private var heap: [(id: Int64, score: Double)] = []

    /// Keeps up to `capacity` hits.
    init(capacity: Int) {
        self.capacity = max(0, capacity)
        heap.reserveCapacity(min(self.capacity, 1 << 16))
    }

    /// Whether `a` ranks before `b`.
    @inline(__always)
    private static func ranksBefore(_ a: (id: Int64, score: Double), _ b: (id: Int64, score: Double)) -> Bool {
        a.score > b.score || (a.score == b.score && a.id < b.id)
    }

    /// Considers a hit.
    @inline(__always)
    mutating func offer(id: Int64, score: Double) {
        let hit = (id: id, score: score)
        if heap.count < capacity {
            heap.append(hit)
            siftUp(heap.count - 1)
        } else if capacity > 0, Self.ranksBefore(hit, heap[0]) {
            heap[0] = hit
            siftDown(0)
        }
    }

    /// The kept hits, best first.
    var ranked: [(id: Int64, score: Double)] {
        heap.sorted(by: Self.ranksBefore)
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
