import LMDB

/// The last step of a bulk build: merges the sorted runs k-way by term and writes every term's
/// blocks (with their positions) and `TermInfo` into the fresh environment, each put an append
/// (`MDB_APPEND`): terms arrive in byte order and get increasing term ids, so every key is
/// greater than the last one of its database, pages are filled completely and nothing is read
/// back or rewritten.
///
/// Output goes to LMDB in transactions of about `transactionBytes`, each built in memory first
/// (so that `Environment.write` may rerun one after growing the map) and committed before the
/// next is read from the runs: memory stays bounded by one transaction and the run buffers.
///
/// A build whose postings fit in one run in memory (`IndexedPostingRun`) has nothing to merge:
/// its terms are encoded on all cores instead, a window of about `windowPostings` postings at a
/// time cut into ranges of terms, and each window is appended in term order in one transaction.
/// The merge is the serial tail of a build, after the last document is analyzed.
struct PostingsMerger {
    let environment: Environment
    let layout: IndexLayout
    /// Bytes of keys and values per write transaction.
    var transactionBytes = 64 << 20
    /// Postings per window of a single run encoded in parallel.
    var windowPostings = 1 << 21

    /// Merges `runs` (in doc order: run i's documents precede run i + 1's) and returns the number
    /// of terms written, with ids `firstTerm`, `firstTerm + 1`, … in term byte order.
    /// Precondition: the `terms` and `postings` databases are empty.
    func merge(_ runs: [PostingRunSource], firstTerm: UInt32) throws -> UInt32 {
        if runs.count == 1, let run = runs[0] as? any IndexedPostingRun, ProcessInfoCores.count > 1 {
            return try encodeInParallel(run, firstTerm: firstTerm)
        }
        var segments = [RunSegment](repeating: RunSegment(), count: runs.count)
        var heap: [Int] = []
        func precedes(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (segments[a].term, segments[b].term)
            if x == y { return a < b }
            return ByteOrder.precedes(x, y)
        }
        for (r, run) in runs.enumerated() where try run.next(into: &segments[r]) {
            heap.append(r)
            IndexHeap.siftUp(&heap, from: heap.count - 1, by: precedes)
        }

        var output = Output()
        var termID = firstTerm
        var builder = TermBuilder()
        var group: [Int] = []
        while let top = heap.first {
            let term = segments[top].term
            group.removeAll(keepingCapacity: true)
            // Pop every run whose current term is `term`; they come out in run order.
            while let r = heap.first, segments[r].term == term {
                group.append(r)
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
                IndexHeap.siftDown(&heap, from: 0, by: precedes)
            }
            builder.start(termID: termID, term: term)
            for r in group {
                try builder.add(segments[r], output: &output)
            }
            try builder.finish(term: term, output: &output)
            termID += 1
            for r in group where try runs[r].next(into: &segments[r]) {
                heap.append(r)
                IndexHeap.siftUp(&heap, from: heap.count - 1, by: precedes)
            }
            if output.bytes >= transactionBytes { try output.write(to: environment, layout: layout) }
        }
        try output.write(to: environment, layout: layout)
        return termID - firstTerm
    }

    /// Writes the terms of `run` window by window, each window's ranges of terms encoded on all
    /// cores; returns the number of terms.
    private func encodeInParallel(_ run: any IndexedPostingRun, firstTerm: UInt32) throws -> UInt32 {
        let count = run.termCount
        let pieces = 4 * ProcessInfoCores.count
        var start = 0
        while start < count {
            // The window's terms, cut into `pieces` ranges of about equal postings.
            var postings = 0
            var end = start
            while end < count, end == start || postings < windowPostings {
                postings += run.postingCount(at: end)
                end += 1
            }
            var ranges: [Range<Int>] = []
            var rangeStart = start, rangePostings = 0
            for t in start..<end {
                rangePostings += run.postingCount(at: t)
                if rangePostings * pieces >= postings || t == end - 1 {
                    ranges.append(rangeStart..<(t + 1))
                    rangeStart = t + 1
                    rangePostings = 0
                }
            }
            let outputs = Parallel.map(ranges, minimumChunk: 1) { range in
                Result { try Self.encode(run, terms: range, firstTerm: firstTerm) }
            }
            try environment.write { txn in
                for output in outputs { try output.get().put(into: layout, txn) }
            }
            start = end
        }
        return UInt32(count)
    }

    /// The entries of the terms `range` of `run`, the term at index i with id `firstTerm + i`.
    private static func encode(_ run: any IndexedPostingRun, terms range: Range<Int>, firstTerm: UInt32) throws -> Output {
        var output = Output()
        var builder = TermBuilder()
        var segment = RunSegment()
        for t in range {
            run.segment(at: t, into: &segment)
            builder.start(termID: firstTerm + UInt32(t), term: segment.term)
            try builder.add(segment, output: &output)
            try builder.finish(term: segment.term, output: &output)
        }
        return output
    }

    /// Cuts one term's postings into blocks (presence-only ones for a written-form term); a list
    /// that is one small block goes inline into its `TermInfo`.
    private struct TermBuilder {
        var info = TermInfo(termID: 0)
        var list = PostingList()
        var encoded: [UInt8] = []
        var blocks = 0
        /// Whether the term is a written form: its blocks keep documents and masks only.
        var presenceOnly = false

        mutating func start(termID: UInt32, term: [UInt8]) {
            info = TermInfo(termID: termID)
            blocks = 0
            presenceOnly = term.first == WrittenForm.marker
            clear()
        }

        mutating func add(_ segment: RunSegment, output: inout Output) throws {
            try segment.postings.withUnsafeBytes { bytes in
                var offset = 0
                var doc: UInt32 = 0
                for _ in 0..<segment.count {
                    guard let (gap, afterGap) = PostingsCodec.readVarint(bytes, at: offset),
                          let next = DocumentPostings.decode(bytes, at: afterGap, doc: doc &+ gap, into: &list) else {
                        throw IndexError.corrupt("run postings of a term are malformed")
                    }
                    doc &+= gap
                    offset = next
                    if list.count == PostingsCodec.blockSize { emit(into: &output) }
                }
            }
        }

        mutating func finish(term: [UInt8], output: inout Output) throws {
            if list.count > 0 {
                encode()
                if blocks == 0, encoded.count <= TermInfo.inlineLimit {
                    info.include(list, docs: 0..<list.count)
                    info.inlinePostings = encoded
                } else {
                    emit(into: &output)
                }
            }
            output.terms.append(key: term, value: info.encoded)
            info.inlinePostings = []
        }

        private mutating func encode() {
            encoded.removeAll(keepingCapacity: true)
            PostingsCodec.encodeBlock(list, docs: 0..<list.count, presenceOnly: presenceOnly, into: &encoded)
        }

        /// Writes the list as a block of `postings` (encoding it unless `finish` just did).
        private mutating func emit(into output: inout Output) {
            if list.count == PostingsCodec.blockSize { encode() }
            let key = ByteCoding.blockKey(term: info.termID, lastDoc: list.docs[list.count - 1])
            info.include(list, docs: 0..<list.count)
            withUnsafeBytes(of: key) { output.postings.append(key: $0, value: encoded) }
            blocks += 1
            clear()
        }

        private mutating func clear() {
            list.docs.removeAll(keepingCapacity: true)
            list.masks.removeAll(keepingCapacity: true)
            list.frequencies.removeAll(keepingCapacity: true)
            list.norms.removeAll(keepingCapacity: true)
            list.positions.removeAll(keepingCapacity: true)
        }
    }

    /// Entries waiting for the next transaction, per database.
    private struct Output {
        var terms = Pending()
        var postings = Pending()

        var bytes: Int { terms.bytes.count + postings.bytes.count }

        /// Appends the entries inside `txn`.
        func put(into layout: IndexLayout, _ txn: WriteTransaction) throws {
            try terms.put(into: layout.terms, txn)
            try postings.put(into: layout.postings, txn)
        }

        /// Appends the entries in a transaction of their own and empties the output.
        mutating func write(to environment: Environment, layout: IndexLayout) throws {
            try environment.write { txn in try put(into: layout, txn) }
            terms.clear()
            postings.clear()
        }
    }

    /// Keys and values in one arena: key i is `bytes[ends[2i-1]..<ends[2i]]`, its value the next range.
    private struct Pending {
        var bytes: [UInt8] = []
        var ends: [Int] = []

        mutating func append(key: some Collection<UInt8>, value: [UInt8]) {
            bytes.append(contentsOf: key)
            ends.append(bytes.count)
            bytes.append(contentsOf: value)
            ends.append(bytes.count)
        }

        func put(into db: Database, _ txn: WriteTransaction) throws {
            try bytes.withUnsafeBytes { all in
                var start = 0
                for i in stride(from: 0, to: ends.count, by: 2) {
                    let key = UnsafeRawBufferPointer(rebasing: all[start..<ends[i]])
                    let value = UnsafeRawBufferPointer(rebasing: all[ends[i]..<ends[i + 1]])
                    try txn.put(db, key: key, value: value, options: .append)
                    start = ends[i + 1]
                }
            }
        }

        mutating func clear() {
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
        }
    }
}
