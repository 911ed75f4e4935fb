#if canImport(Glibc)
import Glibc
#endif

/// The postings of a bulk build gathered in memory, one run at a time.
///
/// Terms are interned to run-local ids (one lookup per distinct term of a document, in a
/// `ByteStringTable`); each posting is appended to one flat byte arena (varint doc-id gap from the
/// term's previous posting in the run, then its `DocumentPostings` entry) with a (term, offset)
/// record. No per-term
/// arrays exist: a run costs about `arena + 8 bytes a posting + ~80 bytes a term`, which
/// `estimatedBytes` reports so that the builder can spill the run to disk when it reaches its
/// memory budget. Sorting happens once per run: terms by their bytes, postings by term with a
/// counting sort (stable, so each term's postings stay in doc order).
final class PostingsAccumulator {
    // Touched by one thread at a time (the bulk writer's), for every posting: the dynamic
    // exclusivity checks of class properties were a tenth of the writer thread's time.
    @exclusivity(unchecked) private var terms = ByteStringTable()
    @exclusivity(unchecked) private var lastDoc: [UInt32] = []
    @exclusivity(unchecked) private var postingCounts: [UInt32] = []
    /// Per term: bytes of its records in the arena (so a term's postings are gathered in one pass).
    @exclusivity(unchecked) private var termBytes: [UInt32] = []
    @exclusivity(unchecked) private var recordTerms: [UInt32] = []
    @exclusivity(unchecked) private var recordStarts: [UInt32] = []
    @exclusivity(unchecked) private var arena: [UInt8] = []

    /// The arena is addressed with 32-bit offsets: a run is cut before it reaches this size.
    static let arenaLimit = Int(UInt32.max) - (64 << 20)

    init() {}

    /// Whether the run holds no posting.
    var isEmpty: Bool { recordTerms.isEmpty }

    /// Approximate bytes of memory the run holds.
    var estimatedBytes: Int {
        arena.capacity + 8 * recordTerms.capacity + terms.estimatedBytes + 12 * lastDoc.capacity
    }

    /// Whether the run must be cut before more documents are added.
    var isFull: Bool { arena.count >= Self.arenaLimit || terms.byteCount >= Self.arenaLimit }

    /// Adds the postings of `document` as doc id `doc`. Doc ids must increase from call to call
    /// within a run.
    func add(_ document: borrowing AnalyzedDocument, as doc: UInt32) {
        document.postings.withUnsafeBufferPointer { postings in
            for (i, term) in document.terms.enumerated() {
                let id = Int(term.utf8.withContiguousStorageIfAvailable { intern($0) } ?? Array(term.utf8).withUnsafeBufferPointer { intern($0) })
                recordTerms.append(UInt32(id))
                let start = arena.count
                recordStarts.append(UInt32(start))
                PostingsCodec.appendVarint(doc - lastDoc[id], to: &arena)
                lastDoc[id] = doc
                postingCounts[id] += 1
                let range = document.postingRange(i)
                arena.append(contentsOf: postings[range])
                termBytes[id] += UInt32(arena.count - start)
            }
        }
    }

    /// The run-local id of `term`, added when new.
    private func intern(_ term: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let (id, isNew) = terms.intern(term)
        if isNew {
            lastDoc.append(0)
            postingCounts.append(0)
            termBytes.append(0)
        }
        return id
    }

    /// The run sorted, as a source for the merger; the accumulator is emptied and may be reused.
    func takeSortedRun() -> any IndexedPostingRun { SortedRun(takeRun()) }

    /// The run as gathered, unsorted, to be sorted and spilled on another thread
    /// (`spill(_:to:)`); the accumulator is emptied and may be reused at once. No copy is made.
    func takeRun() -> UnsortedRun {
        let run = UnsortedRun(terms: terms, postingCounts: postingCounts, termBytes: termBytes, recordTerms: recordTerms,
                              recordStarts: recordStarts, arena: arena)
        terms = ByteStringTable()
        lastDoc = []
        postingCounts = []
        termBytes = []
        recordTerms = []
        recordStarts = []
        arena = []
        return run
    }

    /// What `takeRun` takes out of the accumulator, handed to the thread that sorts it. Sorting
    /// releases the record terms (4 bytes a posting) as soon as the records are grouped, so they
    /// are not held while the sorted run is written: a class, so that no copy held by a closure
    /// keeps them alive. Touched by one thread at a time.
    final class UnsortedRun: @unchecked Sendable {
        fileprivate let terms: ByteStringTable
        fileprivate let postingCounts: [UInt32]
        fileprivate let termBytes: [UInt32]
        fileprivate var recordTerms: [UInt32]
        fileprivate let recordStarts: [UInt32]
        fileprivate let arena: [UInt8]

        fileprivate init(terms: ByteStringTable, postingCounts: [UInt32], termBytes: [UInt32], recordTerms: [UInt32], recordStarts: [UInt32],
                         arena: [UInt8]) {
            self.terms = terms
            self.postingCounts = postingCounts
            self.termBytes = termBytes
            self.recordTerms = recordTerms
            self.recordStarts = recordStarts
            self.arena = arena
        }
    }

    /// Sorts `run` and writes it to a new file at `path` (see `PostingRunFile`).
    static func spill(_ run: UnsortedRun, to path: String) throws {
        let sorted = SortedRun(run)
        let writer = try BufferedFileWriter(path: path)
        var segment = RunSegment()
        while try sorted.next(into: &segment) {
            writer.appendVarint(UInt32(segment.term.count))
            writer.append(segment.term)
            writer.appendVarint(UInt32(segment.count))
            writer.appendVarint(UInt32(segment.postings.count))
            writer.append(segment.postings)
            try writer.flushIfFull()
        }
        try writer.finish()
    }

    /// A run in memory, read in term order (`next`, by one thread) or by index (`segment(at:)`,
    /// which reads only immutable state, from any number of threads).
    private final class SortedRun: IndexedPostingRun, @unchecked Sendable {
        private let terms: ByteStringTable
        private let postingCounts: [UInt32]
        private let termBytes: [UInt32]
        private let arena: [UInt8]
        private let recordStarts: [UInt32]
        /// Term ids in ascending byte order of their terms.
        private let order: [UInt32]
        /// Record indexes grouped by term (counting sort), each term's in doc order.
        private let sortedRecords: [UInt32]
        /// Where each term's records start in `sortedRecords`.
        private let groupStarts: [UInt32]
        private var position = 0

        init(_ run: UnsortedRun) {
            terms = run.terms
            postingCounts = run.postingCounts
            termBytes = run.termBytes
            arena = run.arena
            recordStarts = run.recordStarts
            // The terms are sorted on another core while the records are grouped by term.
            let terms = run.terms
            let sorting = BackgroundWork { terms.sortedIDs() }
            let termCount = terms.count
            var starts = [UInt32](repeating: 0, count: termCount + 1)
            for t in 0..<termCount { starts[t + 1] = starts[t] + postingCounts[t] }
            groupStarts = starts
            var fill = starts
            var sorted = [UInt32](repeating: 0, count: run.recordTerms.count)
            for (record, term) in run.recordTerms.enumerated() {
                sorted[Int(fill[Int(term)])] = UInt32(record)
                fill[Int(term)] += 1
            }
            run.recordTerms = []
            sortedRecords = sorted
            order = sorting.wait()
        }

        var termCount: Int { order.count }

        func postingCount(at index: Int) -> Int { Int(postingCounts[Int(order[index])]) }

        func next(into segment: inout RunSegment) throws -> Bool {
            guard position < order.count else { return false }
            self.segment(at: position, into: &segment)
            position += 1
            return true
        }

        func segment(at index: Int, into segment: inout RunSegment) {
            let t = order[index]
            segment.term.removeAll(keepingCapacity: true)
            terms.withBytes(of: t) { segment.term.append(contentsOf: $0) }
            segment.count = Int(postingCounts[Int(t)])
            let records = Int(groupStarts[Int(t)])..<Int(groupStarts[Int(t) + 1])
            arena.withUnsafeBufferPointer { arena in
                recordStarts.withUnsafeBufferPointer { recordStarts in
                    sortedRecords.withUnsafeBufferPointer { sortedRecords in
                        func end(of record: Int) -> Int { record + 1 < recordStarts.count ? Int(recordStarts[record + 1]) : arena.count }
                        // One resize, then plain byte copies: records are a few bytes each, too
                        // short for a call to memmove (and the checks of `append`) per record.
                        segment.postings.removeAll(keepingCapacity: true)
                        segment.postings.append(contentsOf: repeatElement(0, count: Int(termBytes[Int(t)])))
                        segment.postings.withUnsafeMutableBufferPointer { out in
                            var o = 0
                            for r in records {
                                let record = Int(sortedRecords[r])
                                for i in Int(recordStarts[record])..<end(of: record) {
                                    out[o] = arena[i]
                                    o += 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
