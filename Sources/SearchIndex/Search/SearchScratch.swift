import Synchronization

/// Per-search working memory sized to the index's doc id space: score accumulators, how many
/// query words each document matched (required words count 256, optional ones 1), which words
/// it has in a product-name field (a bit per word), and the documents touched. Reused across searches through
/// `ScratchPool`, so a search allocates nothing proportional to the index.
///
/// Invariant between uses: every slot is zero and nothing is touched (`reset` restores it by
/// visiting only the touched documents).
final class SearchScratch {
    @exclusivity(unchecked) private(set) var capacity: Int
    @exclusivity(unchecked) private(set) var scores: UnsafeMutablePointer<Float>
    @exclusivity(unchecked) private(set) var matched: UnsafeMutablePointer<UInt16>
    @exclusivity(unchecked) private(set) var stamps: UnsafeMutablePointer<UInt16>
    @exclusivity(unchecked) private(set) var covered: UnsafeMutablePointer<UInt32>
    /// Words a document has as typed in a product-name field (a bit per word, `WordCoverage`).
    @exclusivity(unchecked) private(set) var typed: UnsafeMutablePointer<UInt32>
    /// Documents touched, in first-touch order (`touchedCount` of them).
    @exclusivity(unchecked) private(set) var touched: UnsafeMutablePointer<UInt32>
    @exclusivity(unchecked) private(set) var touchedCount = 0

    init(capacity: Int) {
        self.capacity = capacity
        scores = .allocate(capacity: max(capacity, 1))
        matched = .allocate(capacity: max(capacity, 1))
        stamps = .allocate(capacity: max(capacity, 1))
        covered = .allocate(capacity: max(capacity, 1))
        typed = .allocate(capacity: max(capacity, 1))
        touched = .allocate(capacity: max(capacity, 1))
        scores.initialize(repeating: 0, count: max(capacity, 1))
        matched.initialize(repeating: 0, count: max(capacity, 1))
        stamps.initialize(repeating: 0, count: max(capacity, 1))
        covered.initialize(repeating: 0, count: max(capacity, 1))
        typed.initialize(repeating: 0, count: max(capacity, 1))
    }

    deinit {
        scores.deallocate(); matched.deallocate(); stamps.deallocate(); covered.deallocate(); typed.deallocate(); touched.deallocate()
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
        scores.deallocate(); matched.deallocate(); stamps.deallocate(); covered.deallocate(); typed.deallocate(); touched.deallocate()
        touched = .allocate(capacity: grown)
        typed = .allocate(capacity: grown)
        scores = .allocate(capacity: grown)
        matched = .allocate(capacity: grown)
        stamps = .allocate(capacity: grown)
        covered = .allocate(capacity: grown)
        scores.initialize(repeating: 0, count: grown)
        matched.initialize(repeating: 0, count: grown)
        stamps.initialize(repeating: 0, count: grown)
        covered.initialize(repeating: 0, count: grown)
        typed.initialize(repeating: 0, count: grown)
        capacity = grown
    }

    /// Zeroes the slots of touched documents.
    func reset() {
        for doc in touchedDocuments {
            let d = Int(doc)
            scores[d] = 0
            matched[d] = 0
            stamps[d] = 0
            covered[d] = 0
            typed[d] = 0
        }
        touchedCount = 0
    }
}

/// A stack of idle `SearchScratch`es shared by the searches of one index.
final class ScratchPool: Sendable {
    private let idle = Mutex<[UnsafeSendable<SearchScratch>]>([])

    /// A scratch of at least `capacity` slots, all zero; hand it back with `release`.
    /// (Explicit acquire/release rather than a closure: a closure capturing the search's mutable
    /// locals would box them and check exclusivity dynamically on every document.)
    func acquire(capacity: Int) -> SearchScratch {
        let scratch = idle.withLock { $0.popLast()?.value } ?? SearchScratch(capacity: capacity)
        scratch.ensure(capacity)
        return scratch
    }

    /// Zeroes `scratch` and returns it to the pool.
    func release(_ scratch: SearchScratch) {
        scratch.reset()
        idle.withLock { $0.append(UnsafeSendable(value: scratch)) }
    }
}

/// Carries a non-Sendable value across the pool's lock; only one search uses a scratch at a time.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
}

// Hot-path classes (`SearchScratch`, `TermPostings`, `DecodedBlock`, the column readers, the
// facet counters) mark their mutable state `@exclusivity(unchecked)`: each instance is used by
// one search on one thread at a time, and the run-time exclusivity checks were over a third of
// the instructions of a faceted search.
