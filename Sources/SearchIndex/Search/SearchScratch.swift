import Synchronization

/// Per-search working memory of term-at-a-time collection (`TermAtATime`): one `Slot` per doc id
/// of a window, a bit per slot touched, the window's matches, and decoded-block buffers. Reused
/// across searches through `ScratchPool`, so a search allocates no accumulators; its size does not
/// depend on the index.
///
/// A document's state lives in one 16-byte slot rather than in one array per field: a slot is one
/// cache line where separate arrays were five.
///
/// Invariant between uses: every slot and bit is zero (`TermAtATime.clearWindow`, or `reset` after
/// a search that stopped mid-window).
final class SearchScratch {
    /// One document's accumulators.
    struct Slot {
        /// Summed BM25F score.
        var score: Float
        /// Words it has in a product-name field (a bit per word, `WordCoverage`).
        var covered: UInt32
        /// Words it has as typed in a product-name field (a bit per word, `WordCoverage`).
        var typed: UInt32
        /// How many query words it matched: required words count 256, optional ones 1.
        var matched: UInt16
        /// The last word counted (word index + 1), so that a word counts once per document.
        var stamp: UInt16

        static let zero = Slot(score: 0, covered: 0, typed: 0, matched: 0, stamp: 0)
    }

    /// `TermAtATime.windowSize` slots.
    let slots: UnsafeMutablePointer<Slot>
    /// A bit per slot: touched in the current window.
    let windowBits: UnsafeMutablePointer<UInt64>
    /// A bit per slot: matched in the current window only by lanes left unscored (MaxScore in
    /// `TermAtATime`), so counted but never offered.
    let countedBits: UnsafeMutablePointer<UInt64>
    /// The current window's matches (doc ids), `TermAtATime.windowSize` at most.
    let matches: UnsafeMutablePointer<UInt32>
    /// Set while a window's slots hold values.
    @exclusivity(unchecked) var dirty = false
    @exclusivity(unchecked) private var decodedBlocks: [DecodedBlock] = []
    @exclusivity(unchecked) private var positionBlocks: [DecodedBlock] = []

    init() {
        let size = TermAtATime.windowSize
        slots = .allocate(capacity: size)
        windowBits = .allocate(capacity: size >> 6)
        countedBits = .allocate(capacity: size >> 6)
        matches = .allocate(capacity: size)
        slots.initialize(repeating: .zero, count: size)
        windowBits.initialize(repeating: 0, count: size >> 6)
        countedBits.initialize(repeating: 0, count: size >> 6)
    }

    deinit {
        slots.deallocate()
        windowBits.deallocate()
        countedBits.deallocate()
        matches.deallocate()
    }

    /// `count` decoded-block buffers, kept for the next search.
    func blocks(_ count: Int) -> ArraySlice<DecodedBlock> {
        while decodedBlocks.count < count { decodedBlocks.append(DecodedBlock()) }
        return decodedBlocks[0..<count]
    }

    /// `count` decoded-block buffers for position readers (`TermPositionReader`), apart from
    /// `blocks`, kept for the next search.
    func positionBlocks(_ count: Int) -> ArraySlice<DecodedBlock> {
        while positionBlocks.count < count { positionBlocks.append(DecodedBlock()) }
        return positionBlocks[0..<count]
    }

    /// Restores the invariant after a search that stopped mid-window (it threw).
    func reset() {
        guard dirty else { return }
        slots.update(repeating: .zero, count: TermAtATime.windowSize)
        windowBits.update(repeating: 0, count: TermAtATime.windowSize >> 6)
        countedBits.update(repeating: 0, count: TermAtATime.windowSize >> 6)
        dirty = false
    }
}

/// A stack of idle `SearchScratch`es shared by the searches of one index.
final class ScratchPool: Sendable {
    private let idle = Mutex<[UnsafeSendable<SearchScratch>]>([])

    /// A scratch with every slot zero; hand it back with `release`.
    /// (Explicit acquire/release rather than a closure: a closure capturing the search's mutable
    /// locals would box them and check exclusivity dynamically on every document.)
    func acquire() -> SearchScratch {
        idle.withLock { $0.popLast()?.value } ?? SearchScratch()
    }

    /// Returns `scratch` to the pool (zeroed first if a search left it mid-window).
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
