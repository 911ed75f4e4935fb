import LMDB

/// The last step of a bulk build: merges the sorted runs k-way by term and writes every term's
/// blocks (with their positions) and `TermInfo` into the fresh environment, each put an append
/// (`MDB_APPEND`): terms arrive in byte order and get increasing term ids, so every key is
/// greater than the last one of its database, pages are filled completely and nothing is read
/// back or rewritten.
///
/// The terms go in windows of about `windowPostings` postings. The merge itself is serial and
/// cheap: it pops the runs' current terms off a heap and copies their postings into the window.
/// Decoding the postings and encoding their blocks, most of the work, runs on all cores, the
/// window cut into ranges of terms of about equal postings. Each window is appended in one
/// transaction, on another thread, while the next window is merged and encoded. Besides the
/// runs themselves (the build's last run stays in memory, within its budget), memory holds two
/// windows (a window ends after the term that reaches its postings, so one very common term may
/// make it larger) and one segment buffer per run, as large as its largest term's postings.
///
/// A build whose postings fit in one run in memory (`IndexedPostingRun`) has nothing to merge:
/// its windows are ranges of the run's terms, encoded straight from it.
///
/// Without this, the merge was the serial tail of a build, after the last document is analyzed:
/// 8.4 s of a 62 s build of 1M synthetic products in two runs, on one core of two.
struct PostingsMerger {
    let environment: Environment
    let layout: IndexLayout
    /// Postings per window encoded in parallel and appended in one transaction.
    var windowPostings = 1 << 21

    /// Merges `runs` (in doc order: run i's documents precede run i + 1's) and returns the number
    /// of terms written, with ids `firstTerm`, `firstTerm + 1`, … in term byte order.
    /// Precondition: the `terms` and `postings` databases are empty.
    func merge(_ runs: [PostingRunSource], firstTerm: UInt32) throws -> UInt32 {
        if runs.count == 1, let run = runs[0] as? any IndexedPostingRun {
            var start = 0
            try appendWindows {
                guard start < run.termCount else { return nil }
                var end = start, postings = 0
                while end < run.termCount, end == start || postings < windowPostings {
                    postings += run.postingCount(at: end)
                    end += 1
                }
                defer { start = end }
                return RunWindow(run: run, terms: start..<end, firstTerm: firstTerm + UInt32(start))
            }
            return UInt32(run.termCount)
        }
        var merging = try KWayMerge(runs)
        var termID = firstTerm
        try appendWindows {
            guard let window = try merging.window(postings: windowPostings, firstTerm: termID) else { return nil }
            termID += UInt32(window.termCount)
            return window
        }
        return termID - firstTerm
    }

    /// Encodes the windows `next` returns until it returns nil, each on all cores, and appends
    /// each in one transaction on another thread while the next is encoded.
    private func appendWindows(_ next: () throws -> (any EncodingWindow)?) throws {
        var appending: BackgroundWork<Result<Void, any Error>>?
        defer { _ = appending?.wait() }
        while let window = try next() {
            let outputs = Parallel.map(window.ranges(pieces: 4 * ProcessInfoCores.count), minimumChunk: 1) { range in
                Result { try window.encode(terms: range) }
            }
            let previous = appending
            appending = nil
            try previous?.wait().get()
            appending = BackgroundWork { [environment, layout] in
                Result {
                    try environment.write { txn in
                        for output in outputs { try output.get().put(into: layout, txn) }
                    }
                }
            }
        }
        let last = appending
        appending = nil
        try last?.wait().get()
    }

    /// Cuts one term's postings into blocks (presence-only ones for a written-form term); a list
    /// that is one small block goes inline into its `TermInfo`.
    fileprivate struct TermBuilder {
        var info = TermInfo(termID: 0)
        var list = PostingList()
        var encoded: [UInt8] = []
        var blocks = 0
        /// Whether the term is a written form: its blocks keep documents and masks only.
        var presenceOnly = false

        mutating func start(termID: UInt32, term: some Collection<UInt8>) {
            info = TermInfo(termID: termID)
            blocks = 0
            presenceOnly = term.first == WrittenForm.marker
            clear()
        }

        /// Adds one run's postings of the term: `count` postings in `bytes`, the first doc-id
        /// gap from 0.
        mutating func add(_ bytes: UnsafeRawBufferPointer, count: Int, output: inout Output) throws {
            var offset = 0
            var doc: UInt32 = 0
            for _ in 0..<count {
                guard let (gap, afterGap) = PostingsCodec.readVarint(bytes, at: offset),
                      let next = DocumentPostings.decode(bytes, at: afterGap, doc: doc &+ gap, into: &list) else {
                    throw IndexError.corrupt("run postings of a term are malformed")
                }
                doc &+= gap
                offset = next
                if list.count == PostingsCodec.blockSize { emit(into: &output) }
            }
        }

        mutating func finish(term: some Collection<UInt8>, output: inout Output) throws {
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
    fileprivate struct Output {
        var terms = Pending()
        var postings = Pending()

        var bytes: Int { terms.bytes.count + postings.bytes.count }

        /// Appends the entries inside `txn`.
        func put(into layout: IndexLayout, _ txn: WriteTransaction) throws {
            try terms.put(into: layout.terms, txn)
            try postings.put(into: layout.postings, txn)
        }
    }

    /// Keys and values in one arena: key i is `bytes[ends[2i-1]..<ends[2i]]`, its value the next range.
    fileprivate struct Pending {
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
    }
}

/// Consecutive terms of a build, in byte order, that `PostingsMerger` encodes on all cores and
/// appends in one transaction.
private protocol EncodingWindow: Sendable {
    /// Terms in the window.
    var termCount: Int { get }
    /// Postings of the window's term `index`.
    func postingCount(at index: Int) -> Int
    /// The entries of the window's terms `range` (indexes into the window). Safe to call from
    /// several threads at once.
    func encode(terms range: Range<Int>) throws -> PostingsMerger.Output
}

extension EncodingWindow {
    /// The window's terms cut into about `pieces` consecutive ranges of about equal postings.
    func ranges(pieces: Int) -> [Range<Int>] {
        var postings = 0
        for t in 0..<termCount { postings += postingCount(at: t) }
        var ranges: [Range<Int>] = []
        var start = 0, inRange = 0
        for t in 0..<termCount {
            inRange += postingCount(at: t)
            if inRange * pieces >= postings || t == termCount - 1 {
                ranges.append(start..<(t + 1))
                start = t + 1
                inRange = 0
            }
        }
        return ranges
    }
}

/// Terms of a single run held in memory, read straight from it.
private struct RunWindow: EncodingWindow {
    let run: any IndexedPostingRun
    /// The run's terms in the window.
    let terms: Range<Int>
    /// The term id of the window's first term.
    let firstTerm: UInt32

    var termCount: Int { terms.count }

    func postingCount(at index: Int) -> Int { run.postingCount(at: terms.lowerBound + index) }

    func encode(terms range: Range<Int>) throws -> PostingsMerger.Output {
        var output = PostingsMerger.Output()
        var builder = PostingsMerger.TermBuilder()
        var segment = RunSegment()
        for t in range {
            run.segment(at: terms.lowerBound + t, into: &segment)
            builder.start(termID: firstTerm + UInt32(t), term: segment.term)
            try segment.postings.withUnsafeBytes { try builder.add($0, count: segment.count, output: &output) }
            try builder.finish(term: segment.term, output: &output)
        }
        return output
    }
}

/// Terms merged from several runs, their postings copied out of the runs' buffers: a term's
/// postings are one segment per run that holds it, in run (so doc) order.
private struct MergedWindow: EncodingWindow {
    var firstTerm: UInt32 = 0
    /// Term t's bytes are `termBytes[termEnds[t - 1] ..< termEnds[t]]` (from 0 for the first).
    var termBytes: [UInt8] = []
    var termEnds: [Int] = []
    /// Term t's segments are `segmentEnds.indices` from `termSegmentEnds[t - 1]` to `termSegmentEnds[t]`.
    var termSegmentEnds: [Int] = []
    var termPostings: [Int] = []
    /// Segment s's postings are `postings[segmentEnds[s - 1] ..< segmentEnds[s]]`, `segmentCounts[s]` of them.
    var postings: [UInt8] = []
    var segmentEnds: [Int] = []
    var segmentCounts: [Int] = []
    var postingTotal = 0

    var termCount: Int { termEnds.count }

    func postingCount(at index: Int) -> Int { termPostings[index] }

    mutating func startTerm(_ term: [UInt8]) {
        termBytes.append(contentsOf: term)
        termEnds.append(termBytes.count)
        termSegmentEnds.append(segmentEnds.count)
        termPostings.append(0)
    }

    /// Adds a run's postings of the last term started.
    mutating func add(_ segment: RunSegment) {
        postings.append(contentsOf: segment.postings)
        segmentEnds.append(postings.count)
        segmentCounts.append(segment.count)
        termSegmentEnds[termSegmentEnds.count - 1] = segmentEnds.count
        termPostings[termPostings.count - 1] += segment.count
        postingTotal += segment.count
    }

    func encode(terms range: Range<Int>) throws -> PostingsMerger.Output {
        var output = PostingsMerger.Output()
        var builder = PostingsMerger.TermBuilder()
        try postings.withUnsafeBytes { all in
            for t in range {
                let term = termBytes[(t == 0 ? 0 : termEnds[t - 1])..<termEnds[t]]
                builder.start(termID: firstTerm + UInt32(t), term: term)
                for s in (t == 0 ? 0 : termSegmentEnds[t - 1])..<termSegmentEnds[t] {
                    let bytes = UnsafeRawBufferPointer(rebasing: all[(s == 0 ? 0 : segmentEnds[s - 1])..<segmentEnds[s]])
                    try builder.add(bytes, count: segmentCounts[s], output: &output)
                }
                try builder.finish(term: term, output: &output)
            }
        }
        return output
    }
}

/// The k-way merge of runs by term: a heap of the runs whose current term is the least.
private struct KWayMerge {
    let runs: [PostingRunSource]
    var segments: [RunSegment]
    /// Run indexes, the run with the least current term (the first run of equals) on top.
    var heap: [Int] = []

    init(_ runs: [PostingRunSource]) throws {
        self.runs = runs
        segments = [RunSegment](repeating: RunSegment(), count: runs.count)
        var heap: [Int] = []
        for r in runs.indices where try runs[r].next(into: &segments[r]) {
            heap.append(r)
            IndexHeap.siftUp(&heap, from: heap.count - 1, by: precedes)
        }
        self.heap = heap
    }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (segments[a].term, segments[b].term)
        if x == y { return a < b }
        return ByteOrder.precedes(x, y)
    }

    /// The next terms, with about `postings` postings (at least one term), their ids from
    /// `firstTerm`; nil when every run is at its end.
    mutating func window(postings: Int, firstTerm: UInt32) throws -> MergedWindow? {
        guard !heap.isEmpty else { return nil }
        // The heap is moved out while it changes, so that the ordering closure may read `self`.
        var heap: [Int] = []
        swap(&heap, &self.heap)
        defer { swap(&heap, &self.heap) }
        var window = MergedWindow(firstTerm: firstTerm)
        var group: [Int] = []
        while let top = heap.first, window.termCount == 0 || window.postingTotal < postings {
            // Pop every run whose current term is the least; they come out in run order.
            group.removeAll(keepingCapacity: true)
            window.startTerm(segments[top].term)
            while let r = heap.first, segments[r].term == segments[top].term {
                group.append(r)
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
                IndexHeap.siftDown(&heap, from: 0, by: precedes)
            }
            for r in group {
                window.add(segments[r])
                if try runs[r].next(into: &segments[r]) {
                    heap.append(r)
                    IndexHeap.siftUp(&heap, from: heap.count - 1, by: precedes)
                }
            }
        }
        return window
    }
}
