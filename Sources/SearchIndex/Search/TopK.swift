/// The k best (score, doc) pairs seen, in a binary min-heap: higher score wins, and on equal
/// scores the smaller doc id wins, so results are deterministic.
struct TopK {
    private(set) var items: [(score: Float, doc: UInt32)] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 0)
        items.reserveCapacity(self.capacity)
    }

    /// `a` ranks below `b`.
    @inline(__always)
    static func worse(_ a: (score: Float, doc: UInt32), _ b: (score: Float, doc: UInt32)) -> Bool {
        a.score < b.score || (a.score == b.score && a.doc > b.doc)
    }

    /// The score a new document must beat to enter (−∞ while not full).
    var threshold: Float { items.count < capacity ? -.infinity : items[0].score }

    @inline(__always)
    mutating func insert(score: Float, doc: UInt32) {
        guard capacity > 0 else { return }
        let item = (score: score, doc: doc)
        if items.count < capacity {
            items.append(item)
            siftUp(items.count - 1)
        } else if Self.worse(items[0], item) {
            items[0] = item
            siftDown(0)
        }
    }

    /// Best first.
    func sorted() -> [(score: Float, doc: UInt32)] {
        items.sorted { Self.worse($1, $0) }
    }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.worse(items[child], items[parent]) else { return }
            items.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1
            guard left < items.count else { return }
            var smallest = left
            if left + 1 < items.count, Self.worse(items[left + 1], items[left]) { smallest = left + 1 }
            guard Self.worse(items[smallest], items[parent]) else { return }
            items.swapAt(smallest, parent)
            parent = smallest
        }
    }
}
