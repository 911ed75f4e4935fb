#if canImport(Glibc)
import Glibc
#endif

/// The postings of a bulk build gathered in memory, one run at a time.
///
/// Terms are interned to run-local ids (one lookup per distinct term of a document, in an
/// open-addressing table over the term bytes: no `String` is kept or hashed with SipHash); each
/// posting is appended to one flat byte arena (varint doc-id gap from the term's previous posting
/// in the run, then its `DocumentPostings` entry) with a (term, offset) record. No per-term
/// arrays exist: a run costs about `arena + 8 bytes a posting + ~80 bytes a term`, which
/// `estimatedBytes` reports so that the builder can spill the run to disk when it reaches its
/// memory budget. Sorting happens once per run: terms by their bytes, postings by term with a
/// counting sort (stable, so each term's postings stay in doc order).
final class PostingsAccumulator {
    /// Open addressing, linear probing: 0 = empty, else term id + 1. At most half full.
    private var slots = [UInt32](repeating: 0, count: 1 << 12)
    private var termBytes: [UInt8] = []
    private var termEnds: [UInt32] = []
    private var lastDoc: [UInt32] = []
    private var postingCounts: [UInt32] = []
    private var recordTerms: [UInt32] = []
    private var recordStarts: [UInt32] = []
    private var arena: [UInt8] = []

    /// The arena is addressed with 32-bit offsets: a run is cut before it reaches this size.
    static let arenaLimit = Int(UInt32.max) - (64 << 20)

    init() {}

    /// Whether the run holds no posting.
    var isEmpty: Bool { recordTerms.isEmpty }

    /// Approximate bytes of memory the run holds.
    var estimatedBytes: Int {
        arena.capacity + 8 * recordTerms.capacity + termBytes.capacity + 12 * lastDoc.capacity + 4 * slots.count
    }

    /// Whether the run must be cut before more documents are added.
    var isFull: Bool { arena.count >= Self.arenaLimit }

    /// Adds the postings of `document` as doc id `doc`. Doc ids must increase from call to call
    /// within a run.
    func add(_ document: AnalyzedDocument, as doc: UInt32) {
        document.postings.withUnsafeBufferPointer { postings in
            for (i, term) in document.terms.enumerated() {
                let id = term.utf8.withContiguousStorageIfAvailable { intern($0) } ?? Array(term.utf8).withUnsafeBufferPointer { intern($0) }
                recordTerms.append(id)
                recordStarts.append(UInt32(arena.count))
                PostingsCodec.appendVarint(doc - lastDoc[Int(id)], to: &arena)
                lastDoc[Int(id)] = doc
                postingCounts[Int(id)] += 1
                let range = document.postingRange(i)
                arena.append(contentsOf: postings[range])
            }
        }
    }

    /// The run-local id of `term`, added when new.
    private func intern(_ term: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let mask = slots.count - 1
        var i = Self.hash(term) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { break }
            let id = Int(slot - 1)
            let start = id == 0 ? 0 : Int(termEnds[id - 1])
            let end = Int(termEnds[id])
            if end - start == term.count,
               termBytes.withUnsafeBufferPointer({ term.isEmpty || memcmp($0.baseAddress! + start, term.baseAddress!, term.count) == 0 }) {
                return UInt32(id)
            }
            i = (i + 1) & mask
        }
        let id = UInt32(termEnds.count)
        slots[i] = id + 1
        termBytes.append(contentsOf: term)
        termEnds.append(UInt32(termBytes.count))
        lastDoc.append(0)
        postingCounts.append(0)
        if termEnds.count * 2 > slots.count { grow() }
        return id
    }

    /// Doubles the table and re-inserts every term.
    private func grow() {
        var table = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = table.count - 1
        termBytes.withUnsafeBufferPointer { bytes in
            for id in 0..<termEnds.count {
                let start = id == 0 ? 0 : Int(termEnds[id - 1])
                var i = Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<Int(termEnds[id])])) & mask
                while table[i] != 0 { i = (i + 1) & mask }
                table[i] = UInt32(id + 1)
            }
        }
        slots = table
    }

    /// FNV-1a over the bytes, then a multiply-shift mix so that the low bits (the table index) depend on all of them.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 29
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }

    /// The run sorted, as a source for the merger; the accumulator is emptied and may be reused.
    func takeSortedRun() -> PostingRunSource {
        let run = SortedRun(self)
        slots = [UInt32](repeating: 0, count: 1 << 12)
        termBytes = []
        termEnds = []
        lastDoc = []
        postingCounts = []
        recordTerms = []
        recordStarts = []
        arena = []
        return run
    }

    /// Writes the run, sorted, to a new file at `path` (see `PostingRunFile`) and empties the
    /// accumulator.
    func spill(to path: String) throws {
        let run = takeSortedRun()
        let writer = try BufferedFileWriter(path: path)
        var segment = RunSegment()
        while try run.next(into: &segment) {
            writer.appendVarint(UInt32(segment.term.count))
            writer.append(segment.term)
            writer.appendVarint(UInt32(segment.count))
            writer.appendVarint(UInt32(segment.postings.count))
            writer.append(segment.postings)
            try writer.flushIfFull()
        }
        try writer.finish()
    }

    /// A run in memory, read in term order.
    private final class SortedRun: PostingRunSource {
        private let termBytes: [UInt8]
        private let termEnds: [UInt32]
        private let postingCounts: [UInt32]
        private let arena: [UInt8]
        private let recordStarts: [UInt32]
        /// Term ids in ascending byte order of their terms.
        private let order: [UInt32]
        /// Record indexes grouped by term (counting sort), each term's in doc order.
        private let sortedRecords: [UInt32]
        /// Where each term's records start in `sortedRecords`.
        private let groupStarts: [UInt32]
        private var position = 0

        init(_ accumulator: PostingsAccumulator) {
            termBytes = accumulator.termBytes
            termEnds = accumulator.termEnds
            postingCounts = accumulator.postingCounts
            arena = accumulator.arena
            recordStarts = accumulator.recordStarts
            let termCount = termEnds.count
            var starts = [UInt32](repeating: 0, count: termCount + 1)
            for t in 0..<termCount { starts[t + 1] = starts[t] + postingCounts[t] }
            groupStarts = starts
            var fill = starts
            var sorted = [UInt32](repeating: 0, count: accumulator.recordTerms.count)
            for (record, term) in accumulator.recordTerms.enumerated() {
                sorted[Int(fill[Int(term)])] = UInt32(record)
                fill[Int(term)] += 1
            }
            sortedRecords = sorted
            let bytes = termBytes, ends = termEnds
            order = bytes.withUnsafeBufferPointer { b in
                func term(_ t: UInt32) -> UnsafeBufferPointer<UInt8> {
                    let start = t == 0 ? 0 : Int(ends[Int(t) - 1])
                    return UnsafeBufferPointer(rebasing: b[start..<Int(ends[Int(t)])])
                }
                return (0..<UInt32(termCount)).sorted { ByteOrder.precedes(term($0), term($1)) }
            }
        }

        func next(into segment: inout RunSegment) throws -> Bool {
            guard position < order.count else { return false }
            let t = Int(order[position])
            position += 1
            let termStart = t == 0 ? 0 : Int(termEnds[t - 1])
            segment.term.removeAll(keepingCapacity: true)
            segment.term.append(contentsOf: termBytes[termStart..<Int(termEnds[t])])
            segment.count = Int(postingCounts[t])
            segment.postings.removeAll(keepingCapacity: true)
            for r in Int(groupStarts[t])..<Int(groupStarts[t + 1]) {
                let record = Int(sortedRecords[r])
                let start = Int(recordStarts[record])
                let end = record + 1 < recordStarts.count ? Int(recordStarts[record + 1]) : arena.count
                segment.postings.append(contentsOf: arena[start..<end])
            }
            return true
        }
    }
}
