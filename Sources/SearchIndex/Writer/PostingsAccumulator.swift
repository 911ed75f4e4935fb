#if canImport(Glibc)
import Glibc
#endif

/// The postings of a bulk build gathered in memory, one run at a time.
///
/// Terms are interned to run-local ids (one lookup per distinct term of a document, in a
/// `ByteStringTable`). Each term's postings (a varint doc-id gap from the term's previous posting
/// in the run, then its `DocumentPostings` entry) are appended to a chain of chunks of its own in
/// one flat byte arena: a term's first chunk holds `firstChunk` bytes, each next one as many as
/// all before it (up to `largestChunk`), and a chunk is followed by the 4-byte arena offset of
/// the next. So a term's postings are read back in a few sequential copies, and a run costs about
/// `arena + ~100 bytes a term`, which `estimatedBytes` reports so that the builder can spill the
/// run to disk when it reaches its memory budget. Until 2026-12-07 every posting also had an
/// 8-byte (term, offset) record, grouped by term with a counting sort and gathered byte by byte
/// from all over the arena: over half a run's memory (a 1M-product build spilled a run it now
/// holds) and a twentieth of a build's CPU. Sorting happens once per run: terms by their bytes.
final class PostingsAccumulator {
    // Touched by one thread at a time (the bulk writer's), for every posting: the dynamic
    // exclusivity checks of class properties were a tenth of the writer thread's time.
    @exclusivity(unchecked) private var terms = ByteStringTable()
    /// Per term id, all that adding a posting reads and writes, side by side: one cache line per
    /// posting (two when the 24-byte record straddles a line) instead of six (with a million
    /// terms, six arrays indexed by term were six misses per posting of a rare term).
    @exclusivity(unchecked) private var states: [TermState] = []
    @exclusivity(unchecked) private var arena: [UInt8] = []

    /// One term's postings in the run being gathered.
    struct TermState {
        /// The doc id of its last posting (the next posting's gap is taken from it).
        var lastDoc: UInt32 = 0
        var postingCount: UInt32 = 0
        /// Bytes of its postings (so that its postings are gathered into a buffer sized once).
        var termBytes: UInt32 = 0
        /// The arena offset of its first chunk.
        var head: UInt32 = 0
        /// The arena offset where its next byte goes, and the end of its last chunk.
        var cursor: UInt32 = 0
        var chunkEnd: UInt32 = 0
    }

    /// The arena is addressed with 32-bit offsets: a run is cut before it reaches this size.
    static let arenaLimit = Int(UInt32.max) - (64 << 20)
    /// Bytes of a term's first chunk: most terms of a catalogue (model numbers, rare words) have
    /// one posting of a few bytes.
    static let firstChunk = 8
    /// Bytes of a chunk at most: a common term's postings are copied 32 KiB at a time.
    static let largestChunk = 32 << 10

    /// The size of the chunk that follows chunks holding `filled` bytes in all.
    @inline(__always)
    static func chunkSize(after filled: Int) -> Int { min(max(filled, firstChunk), largestChunk) }

    /// Bytes reserved for each run's arena before it fills: address space only (pages become
    /// memory as they are written), so that the arena never grows by doubling, which copies the
    /// whole run and holds it twice for a moment.
    private let reservation: Int
    /// The arena's capacity once reserved (the allocator may round the reservation up).
    private var reservedCapacity = 0

    /// An empty accumulator whose runs reserve `reservation` bytes of arena up front (a build
    /// passes its memory budget: a run is spilled before its arena passes it).
    init(reserving reservation: Int = 0) {
        self.reservation = min(reservation, Self.arenaLimit)
        reserveArena()
    }

    private func reserveArena() {
        arena.reserveCapacity(reservation)
        reservedCapacity = arena.capacity
    }

    /// Whether the run holds no posting.
    var isEmpty: Bool { terms.count == 0 }

    /// Approximate bytes of memory the run holds.
    var estimatedBytes: Int {
        // Within the reservation, only the bytes written are memory; past it, the arena doubled.
        (arena.capacity <= reservedCapacity ? arena.count : arena.capacity) + terms.estimatedBytes + MemoryLayout<TermState>.stride * states.capacity
    }

    /// Whether the run must be cut before more documents are added.
    var isFull: Bool { arena.count >= Self.arenaLimit || terms.byteCount >= Self.arenaLimit }

    /// Adds the postings of `documents[index]` as doc id `doc`. Doc ids must increase from call
    /// to call within a run.
    ///
    /// Takes the batch and an index rather than the document: a document borrowed from an
    /// unsafe buffer, or captured by the closure below, was copied whole for the call (a dozen
    /// retains and releases per document), while its fields read from the array are not.
    func add(_ documents: borrowing [AnalyzedDocument], at index: Int, as doc: UInt32) {
        let terms = documents[index].terms, ends = documents[index].postingEnds
        documents[index].postings.withUnsafeBufferPointer { postings in
            for (i, term) in terms.enumerated() {
                let id = Int(term.utf8.withContiguousStorageIfAvailable { intern($0) } ?? Array(term.utf8).withUnsafeBufferPointer { intern($0) })
                // The doc-id gap as a LEB128 varint (`PostingsCodec.appendVarint`), built in a register.
                var gap = doc - states[id].lastDoc, varint: UInt64 = 0, varintBytes = 0
                repeat {
                    varint |= UInt64(gap & 0x7F | (gap >= 0x80 ? 0x80 : 0)) << (8 * varintBytes)
                    varintBytes += 1
                    gap >>= 7
                } while gap != 0
                withUnsafeBytes(of: varint.littleEndian) { append(UnsafeRawBufferPointer(rebasing: $0[0..<varintBytes]), to: id) }
                states[id].lastDoc = doc
                states[id].postingCount += 1
                let range = AnalyzedDocument.postingRange(i, ends: ends)
                append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: postings[range])), to: id)
            }
        }
    }

    /// Appends `bytes` to term `id`'s chunks, starting a chunk whenever the last one is full.
    @inline(__always)
    private func append(_ bytes: UnsafeRawBufferPointer, to id: Int) {
        var from = 0
        while from < bytes.count {
            if states[id].cursor == states[id].chunkEnd { startChunk(for: id) }
            let cursor = Int(states[id].cursor)
            let count = min(bytes.count - from, Int(states[id].chunkEnd) - cursor)
            // Byte copies: a posting is a few bytes, too short for a call to memmove.
            arena.withUnsafeMutableBytes { arena in
                for i in 0..<count { arena[cursor + i] = bytes[from + i] }
            }
            from += count
            states[id].cursor += UInt32(count)
            states[id].termBytes += UInt32(count)
        }
    }

    /// Adds a chunk to term `id` (its first, or one after its full last chunk, which is linked to it).
    private func startChunk(for id: Int) {
        let start = arena.count
        let size = Self.chunkSize(after: Int(states[id].termBytes))
        arena.append(contentsOf: repeatElement(0, count: size + 4))
        if states[id].termBytes == 0 {
            states[id].head = UInt32(start)
        } else {
            let link = Int(states[id].chunkEnd)
            arena.withUnsafeMutableBytes { $0.storeBytes(of: UInt32(start).littleEndian, toByteOffset: link, as: UInt32.self) }
        }
        states[id].cursor = UInt32(start)
        states[id].chunkEnd = UInt32(start + size)
    }

    /// The run-local id of `term`, added when new.
    private func intern(_ term: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let (id, isNew) = terms.intern(term)
        if isNew { states.append(TermState()) }
        return id
    }

    /// The run sorted, as a source for the merger; the accumulator is emptied and may be reused.
    func takeSortedRun() -> any IndexedPostingRun { SortedRun(takeRun()) }

    /// The run as gathered, unsorted, to be sorted and spilled on another thread
    /// (`spill(_:to:)`); the accumulator is emptied and may be reused at once. No copy is made.
    func takeRun() -> UnsortedRun {
        let run = UnsortedRun(terms: terms, states: states, arena: arena)
        terms = ByteStringTable()
        states = []
        arena = []
        reserveArena()
        return run
    }

    /// What `takeRun` takes out of the accumulator, handed to the thread that sorts it.
    struct UnsortedRun: @unchecked Sendable {
        fileprivate let terms: ByteStringTable
        fileprivate let states: [TermState]
        fileprivate let arena: [UInt8]
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
        private let states: [TermState]
        private let arena: [UInt8]
        /// Term ids in ascending byte order of their terms.
        private let order: [UInt32]
        private var position = 0

        init(_ run: UnsortedRun) {
            terms = run.terms
            states = run.states
            arena = run.arena
            order = run.terms.sortedIDs()
        }

        var termCount: Int { order.count }

        func postingCount(at index: Int) -> Int { Int(states[Int(order[index])].postingCount) }

        func next(into segment: inout RunSegment) throws -> Bool {
            guard position < order.count else { return false }
            self.segment(at: position, into: &segment)
            position += 1
            return true
        }

        func segment(at index: Int, into segment: inout RunSegment) {
            let t = Int(order[index])
            segment.term.removeAll(keepingCapacity: true)
            terms.withBytes(of: UInt32(t)) { segment.term.append(contentsOf: $0) }
            segment.count = Int(states[t].postingCount)
            let total = Int(states[t].termBytes)
            segment.postings.removeAll(keepingCapacity: true)
            segment.postings.append(contentsOf: repeatElement(0, count: total))
            arena.withUnsafeBytes { arena in
                segment.postings.withUnsafeMutableBytes { out in
                    var chunk = Int(states[t].head), filled = 0
                    while true {
                        let size = PostingsAccumulator.chunkSize(after: filled)
                        let count = min(size, total - filled)
                        out.baseAddress!.advanced(by: filled).copyMemory(from: arena.baseAddress! + chunk, byteCount: count)
                        filled += count
                        if filled == total { break }
                        chunk = Int(UInt32(littleEndian: arena.loadUnaligned(fromByteOffset: chunk + size, as: UInt32.self)))
                    }
                }
            }
        }
    }
}
