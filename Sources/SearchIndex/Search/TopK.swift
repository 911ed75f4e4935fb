/// The k best documents seen, in a binary min-heap keyed by a sort key (higher is better); on
/// equal keys the smaller doc id wins, so every ordering is total and results are deterministic.
struct TopK {
    struct Item: Equatable {
        /// Higher ranks first: the score for relevance, ± the field value for field sorts.
        var key: Double
        var score: Float
        var doc: UInt32
    }

    private(set) var items: [Item] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 0)
        items.reserveCapacity(min(self.capacity, 1 << 16))
    }

    /// `a` ranks below `b`.
    @inline(__always)
    static func worse(_ a: Item, _ b: Item) -> Bool {
        a.key < b.key || (a.key == b.key && a.doc > b.doc)
    }

    /// The key a new document must beat to enter (−∞ while not full).
    var threshold: Double { items.count < capacity ? -.infinity : items[0].key }

    /// Whether a document with `key` would enter now (ties go to the smaller doc id).
    @inline(__always)
    func admits(key: Double, doc: UInt32) -> Bool {
        capacity > 0 && (items.count < capacity || key > items[0].key || (key == items[0].key && doc < items[0].doc))
    }

    @inline(__always)
    mutating func insert(key: Double, score: Float, doc: UInt32) {
        guard capacity > 0 else { return }
        if items.count == capacity, key < items[0].key { return }
        let item = Item(key: key, score: score, doc: doc)
        if items.count < capacity {
            items.append(item)
            siftUp(items.count - 1)
        } else if Self.worse(items[0], item) {
            items[0] = item
            siftDown(0)
        }
    }

    /// Relevance-sorted insert (key = score).
    @inline(__always)
    mutating func insert(score: Float, doc: UInt32) { insert(key: Double(score), score: score, doc: doc) }

    /// Best first.
    func sorted() -> [Item] {
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
