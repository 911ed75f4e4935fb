/// Binary heap operations over an array of indexes into the caller's own storage, ordered by a
/// closure: `first(a, b)` is true when `a` belongs nearer the root than `b`. The k-way merge of
/// posting runs and the bounded selection of proximity candidates both keep such a heap; the
/// closure stays non-escaping, so it may read the caller's local state without boxing it.
enum IndexHeap {
    /// Restores the heap order below `start` after the element there moved down the order.
    @inline(__always)
    static func siftDown(_ heap: inout [Int], from start: Int, by first: (Int, Int) -> Bool) {
        var i = start
        while true {
            let left = 2 * i + 1, right = left + 1
            var top = i
            if left < heap.count, first(heap[left], heap[top]) { top = left }
            if right < heap.count, first(heap[right], heap[top]) { top = right }
            if top == i { return }
            heap.swapAt(i, top)
            i = top
        }
    }

    /// Restores the heap order above `start` after the element there moved up the order.
    @inline(__always)
    static func siftUp(_ heap: inout [Int], from start: Int, by first: (Int, Int) -> Bool) {
        var i = start
        while i > 0, first(heap[i], heap[(i - 1) / 2]) {
            heap.swapAt(i, (i - 1) / 2)
            i = (i - 1) / 2
        }
    }
}
