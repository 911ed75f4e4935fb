import Synchronization

/// Per-search working memory sized to the index's doc id space: score accumulators, how many
/// query words each document matched (required words count 256, optional ones 1), and the
/// documents touched. Reused across searches through
/// `ScratchPool`, so a search allocates nothing proportional to the index.
///
/// Invariant between uses: every slot is zero and nothing is touched (`reset` restores it by
/// visiting only the touched documents).
final class SearchScratch {
    private(set) var capacity: Int
    private(set) var scores: UnsafeMutablePointer<Float>
    private(set) var matched: UnsafeMutablePointer<UInt16>
    private(set) var stamps: UnsafeMutablePointer<UInt16>
    /// Documents touched, in first-touch order (`touchedCount` of them).
    private(set) var touched: UnsafeMutablePointer<UInt32>
    private(set) var touchedCount = 0

    init(capacity: Int) {
        self.capacity = capacity
        scores = .allocate(capacity: max(capacity, 1))
        matched = .allocate(capacity: max(capacity, 1))
        stamps = .allocate(capacity: max(capacity, 1))
        touched = .allocate(capacity: max(capacity, 1))
        scores.initialize(repeating: 0, count: max(capacity, 1))
        matched.initialize(repeating: 0, count: max(capacity, 1))
        stamps.initialize(repeating: 0, count: max(capacity, 1))
    }

    deinit {
        scores.deallocate(); matched.deallocate(); stamps.deallocate(); touched.deallocate()
    }

    /// Records the first touch of `doc` (each document at most once: callers check `matched`).
    @inline(__always)
    func touch(_ doc: UInt32) {
        touched[touchedCount] = doc
        touchedCount += 1
    }

    /// The touched documents.
    var touchedDocuments: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: touched, count: touchedCount) }

    /// Grows to hold doc ids below `needed` (contents stay zero).
    func ensure(_ needed: Int) {
        guard needed > capacity else { return }
        let grown = max(needed, capacity + capacity / 2)
        scores.deallocate(); matched.deallocate(); stamps.deallocate(); touched.deallocate()
        touched = .allocate(capacity: grown)
        scores = .allocate(capacity: grown)
        matched = .allocate(capacity: grown)
        stamps = .allocate(capacity: grown)
        scores.initialize(repeating: 0, count: grown)
        matched.initialize(repeating: 0, count: grown)
        stamps.initialize(repeating: 0, count: grown)
        capacity = grown
    }

    /// Zeroes the slots of touched documents.
    func reset() {
        for doc in touchedDocuments {
            let d = Int(doc)
            scores[d] = 0
            matched[d] = 0
            stamps[d] = 0
        }
        touchedCount = 0
    }
}

/// A stack of idle `SearchScratch`es shared by the searches of one index.
final class ScratchPool: Sendable {
    private let idle = Mutex<[UnsafeSendable<SearchScratch>]>([])

    /// Runs `body` with a scratch of at least `capacity` slots, returned to the pool afterwards.
    func with<R>(capacity: Int, _ body: (SearchScratch) throws -> R) rethrows -> R {
        let scratch = idle.withLock { $0.popLast()?.value } ?? SearchScratch(capacity: capacity)
        scratch.ensure(capacity)
        defer {
            scratch.reset()
            idle.withLock { $0.append(UnsafeSendable(value: scratch)) }
        }
        return try body(scratch)
    }
}

/// Carries a non-Sendable value across the pool's lock; only one search uses a scratch at a time.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
}
