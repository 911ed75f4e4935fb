/// Where every matching live document goes: the filter decides whether it counts, facets count
/// it (each ignoring its own field's clauses), and the top k keep the best under the sort order.
///
/// Facets count once all matches are in (`countFacets`), over the collected documents in one
/// pass per facet: counting document by document as they arrive looked each document's column
/// chunk up again per facet, and was four fifths of a faceted search on a million products.
struct MatchSink {
    /// Top-level AND clauses of the filter (at most 64; extra ones are folded into the last).
    private(set) var clauses: [CompiledFilter]
    let facets: [FacetCounter]
    let sortReader: NumericColumnReader?
    let descending: Bool
    let after: SearchCursor?
    /// Business signals with their column readers.
    let signals: [(RankingSignal, NumericColumnReader)]
    /// The query's proximity boost, applied to a match only when it can change what the top k
    /// keep (see `offer`); nil for none.
    var proximity: ProximityBoost? {
        didSet { largestFactor = proximity?.bound ?? 1 }
    }
    /// The largest proximity factor of any document (1 without proximity).
    private var largestFactor: Float = 1
    /// Relevance order without signals or cursor: matches proximity may lift are kept here with
    /// their score before proximity, and decided by `applyProximity` once all are in.
    private var boostable: [(doc: UInt32, score: Float, covered: UInt32)] = []
    var top: TopK
    var total = 0
    /// Facets only: documents passing every clause, in the order offered.
    private var passing: [UInt32] = []
    /// Facets only: documents failing some clauses that some facet ignores, with those clauses.
    private var partial: [(doc: UInt32, failing: UInt64)] = []
    /// The union of the facets' own clauses: a document failing anything else counts nowhere.
    private let facetClauses: UInt64
    /// Every offered doc id is below it.
    private let documentLimit: UInt32
    /// While a collector offers one window of documents (`screenWindow`): clause i's verdicts on
    /// the window's matches, a bit per document at words `i * windowWords ..< (i + 1) * windowWords`;
    /// empty otherwise (offers then test each clause per document).
    private var windowPasses: [UInt64] = []
    private var windowBase: UInt32 = 0
    private static let windowWords = TermAtATime.windowSize >> 6

    init(clauses: [CompiledFilter], facets: [FacetCounter], sortReader: NumericColumnReader?, descending: Bool, after: SearchCursor?,
         signals: [(RankingSignal, NumericColumnReader)], k: Int, documentLimit: UInt32) {
        self.documentLimit = documentLimit
        self.signals = signals
        self.clauses = clauses
        self.facets = facets
        self.sortReader = sortReader
        self.descending = descending
        self.after = after
        top = TopK(capacity: k)
        isPlain = clauses.isEmpty && facets.isEmpty && sortReader == nil && after == nil && signals.isEmpty
        facetClauses = facets.reduce(0) { $0 | $1.ownClauses }
    }

    /// No filter, facet, field sort, cursor or signal: every offer just counts and competes on score.
    let isPlain: Bool

    /// Counts `count` plain matches (`isPlain`) that are not offered: the caller knows they
    /// cannot enter the top k (their score is below `entryFloor`).
    mutating func countMatches(_ count: Int) {
        total += count
    }

    /// Counts `docs`, matches of a relevance-only sink (`isRelevanceOnly`), ascending and above
    /// every document counted before, and collects them for the facets; those that may enter the
    /// top k are offered apart with `offerCounted`.
    mutating func countMatches(_ docs: UnsafeBufferPointer<UInt32>) {
        total += docs.count
        if !facets.isEmpty { passing.append(contentsOf: docs) }
    }

    /// For relevance-only matches (`isRelevanceOnly`): a score before coverage below which a match cannot enter
    /// the top k, whatever its coverage factor (at most `largestCoverage`) and proximity factor;
    /// −∞ while the top k is not full. Kept a little below the exact limit (`TermAtATime.boundSlack`),
    /// so a match it lets through is decided by `offer` as if it had not been there.
    func entryFloor(largestCoverage: Float) -> Float {
        let threshold = top.threshold
        guard threshold > 0 else { return -.infinity }
        return Float(threshold / (Double(largestCoverage) * Double(largestFactor) * Double(TermAtATime.boundSlack)))
    }

    /// Offers a relevance-only match (`isRelevanceOnly`) already counted with `countMatches`;
    /// otherwise as `offer`.
    ///
    /// The proximity factor of a match that may enter the top k with it is computed here, on
    /// entry, so the top k hold final scores: their threshold, which prunes windows and matches
    /// (`TermAtATime.nextWindow(threshold:)`, `entryFloor`), is then up to the largest factor
    /// higher than a threshold of scores before proximity. Measured on Home Depot (OR, top 10,
    /// `scripts/ab.sh`, same results): p50 0.89-0.96x of settling the factors after collection
    /// (`applyProximity`) over four runs. Matches arrive in doc id order, so the position blocks
    /// read are read in order too.
    @inline(__always)
    mutating func offerCounted(_ doc: UInt32, score: Float, covered: UInt32) throws {
        // Most matches of a large result cannot reach the top k even with the largest factor.
        if Double(max(score, score * largestFactor)) < top.threshold { return }
        if let proximity, proximity.mayBoost(covered) {
            guard top.admits(key: Double(score * proximity.bound(covered)), doc: doc) else { return }
            top.insert(score: score * (try proximity.factor(doc, covered: covered)), doc: doc)
            return
        }
        top.insert(score: score, doc: doc)
    }

    /// The factor `1 + Σ weight × signal` of `doc`.
    func boost(_ doc: UInt32) throws -> Float {
        var boost = 1.0
        for (signal, reader) in signals { boost += signal.weight * signal.signal(try reader.value(doc)) }
        return Float(boost)
    }

    /// This sink's filter clauses screening a window of documents at a time
    /// (`CompiledFilter.screen`), for a collector of windows (`TermAtATime`): it clears the bits
    /// of the documents that fail a clause, as `passes` would; nil when there is no clause.
    var clauseScreen: WindowScreen? {
        guard !clauses.isEmpty else { return nil }
        let clauses = clauses
        return { base, words, bits in
            for clause in clauses { try clause.screen(base: base, words: words, bits: bits) }
        }
    }

    /// Clears from `bits` (bit i of word w: doc `base + 64 w + i`, `words` words within one
    /// column chunk) the documents a filter refuses.
    typealias WindowScreen = (_ base: UInt32, _ words: Int, _ bits: UnsafeMutablePointer<UInt64>) throws -> Void

    /// Tests every clause on the matches `docs` (ascending, in the window of `TermAtATime` starting
    /// at `base`) a window at a time (`CompiledFilter.screen`), for the offers of those documents
    /// that follow: they read their verdicts instead of testing each clause per document. Call
    /// `endWindows` after the last window; offers of other documents in between are an error.
    mutating func screenWindow(base: UInt32, docs: UnsafeBufferPointer<UInt32>) throws {
        guard !clauses.isEmpty, !isPlain, !docs.isEmpty else { return }
        let words = Self.windowWords
        windowBase = base
        windowPasses.removeAll(keepingCapacity: true)
        windowPasses.append(contentsOf: repeatElement(0, count: words * clauses.count))
        try windowPasses.withUnsafeMutableBufferPointer { passes in
            // The matches in every clause's bits first, then each clause screens its own copy.
            let first = passes.baseAddress!
            for doc in docs {
                let offset = Int(doc &- base)
                first[offset >> 6] |= 1 << UInt64(offset & 63)
            }
            for i in clauses.indices.dropFirst() { (first + i * words).update(from: first, count: words) }
            for i in clauses.indices { try clauses[i].screen(base: base, words: words, bits: first + i * words) }
        }
    }

    /// Ends the windows of `screenWindow`: later offers test clauses per document again.
    mutating func endWindows() {
        windowPasses.removeAll()
    }

    /// The clauses (bit i: clause i) that `doc` fails.
    @inline(__always)
    private func failingClauses(_ doc: UInt32) throws -> UInt64 {
        var failing: UInt64 = 0
        if windowPasses.isEmpty {
            for (i, clause) in clauses.enumerated() where try !clause.matches(doc) { failing |= 1 << UInt64(i) }
            return failing
        }
        let offset = Int(doc &- windowBase)
        precondition(offset < TermAtATime.windowSize, "an offer outside the screened window")
        windowPasses.withUnsafeBufferPointer { passes in
            let word = offset >> 6, bit = UInt64(offset & 63)
            for i in clauses.indices where (passes[i * Self.windowWords + word] >> bit) & 1 == 0 { failing |= 1 << UInt64(i) }
        }
        return failing
    }

    /// Whether `doc` passes every filter clause (used by collectors that prune).
    func passes(_ doc: UInt32) throws -> Bool {
        try Self.passes(doc, clauses)
    }

    /// Whether `doc` passes every one of `clauses`.
    @inline(__always)
    private static func passes(_ doc: UInt32, _ clauses: [CompiledFilter]) throws -> Bool {
        for clause in clauses where try !clause.matches(doc) { return false }
        return true
    }

    /// Offers a matching live document with its relevance score before proximity and the words
    /// its name fields cover (`WordCoverage`).
    ///
    /// The proximity factor (which reads positions) is computed only for a document that may
    /// enter the top k with it. A plain match (`isPlain`) gets it on entry (`offerCounted`). In
    /// relevance order without signals or a cursor, the top k first collect scores before
    /// proximity and `applyProximity` settles them (the fewest factors: see there); with signals
    /// or a cursor, a factor is computed when the score times the proximity bound can beat the
    /// current threshold; sorted by a field, when the key can (the factor then only shows in the
    /// hit's score). Either way the top k are those of scoring every match fully.
    @inline(__always)
    mutating func offer(_ doc: UInt32, score: Float, covered: UInt32 = 0) throws {
        if isPlain {
            total += 1
            try offerCounted(doc, score: score, covered: covered)
            return
        }
        if facets.isEmpty {
            if windowPasses.isEmpty ? try !passes(doc) : try failingClauses(doc) != 0 { return }
        } else {
            let failing = try failingClauses(doc)
            guard failing == 0 else {
                if failing & ~facetClauses == 0 { partial.append((doc, failing)) }
                return
            }
            passing.append(doc)
        }
        total += 1
        var score = score
        let boost = signals.isEmpty ? 1 : try boost(doc)
        let key: Double
        if let sortReader {
            let value = try sortReader.value(doc)
            key = value.isNaN ? -.infinity : (descending ? value : -value)
            if let proximity, proximity.mayBoost(covered), key >= top.threshold { score *= try proximity.factor(doc, covered: covered) }
            score *= boost
        } else if signals.isEmpty, after == nil {
            // As for plain matches: counted (and collected for facets) above, but out of reach.
            if Double(max(score, score * largestFactor)) < top.threshold { return }
            if let proximity, proximity.mayBoost(covered), top.admits(key: Double(score * proximity.bound(covered)), doc: doc) {
                boostable.append((doc, score, covered))
            }
            key = Double(score)
        } else {
            if let proximity, proximity.mayBoost(covered) {
                // The factor only grows the score, or shrinks it under a negative signal boost.
                let best = boost < 0 ? score * boost : score * proximity.bound * DocumentAtATime.boundSlack * boost
                guard Double(best) >= top.threshold else { return }
                score *= try proximity.factor(doc, covered: covered)
            }
            score *= boost
            key = Double(score)
        }
        if let after, !(key < after.key || (key == after.key && doc > after.doc)) { return }
        top.insert(key: key, score: score, doc: doc)
    }

    /// Applies the proximity factor to the top k of a relevance order without signals or cursor;
    /// call once, after the last offer.
    ///
    /// The factor is at least 1, so a document whose score times the largest factor stays below
    /// the k-th score before proximity cannot enter, and every other document either is in the
    /// top k already or was kept in `boostable`. Those are settled best bound first (score times
    /// the largest factor its covered words allow), until the next bound falls below the new
    /// k-th score: factors are read for about k documents
    /// instead of every one that entered the top k on its way (measured on Home Depot before
    /// windows were pruned: offering in doc order and computing factors on entry nearly doubled an
    /// OR query's median time; plain matches now get theirs on entry, `offerCounted`, because a
    /// threshold of final scores prunes windows and matches that one of scores before proximity
    /// cannot). The first `bestFirstCandidates` in that order are selected with a bounded heap
    /// (`bestFirst`) rather than by sorting every candidate. After
    /// `bestFirstCandidates`, the rest go in doc id order: on 1M synthetic products a tenth of the
    /// faceted queries had over 500 candidates and a hundredth over 6,000 (templated names score
    /// alike), and seeking each one's blocks cost a fifth of the query. With `threads` above 1
    /// and many of them (`proximityCandidatesPerThread` a thread at least), contiguous parts of
    /// the rest are settled at once, each against its own copy of the top k and with its own
    /// position readers (`ProximityBoost.copy`), and every factor computed goes into the top k
    /// after: a part's copy never admits less than the whole would, so no candidate that could
    /// enter is skipped.
    ///
    /// Returns how many parts were settled at once (1: on this thread alone).
    mutating func applyProximity(threads: Int, candidatesPerThread: Int) throws -> Int {
        guard let proximity, !boostable.isEmpty else { return 1 }
        typealias Candidate = (doc: UInt32, covered: UInt32, score: Float, best: Float)
        // Doc id order, as offered (collectors go up the doc ids, and parts merge in order).
        var candidates: [Candidate] = []
        for match in boostable {
            // Float products are monotonic: score × factor never exceeds score × its bound.
            let best = match.score * proximity.bound(match.covered)
            if top.admits(key: Double(best), doc: match.doc) { candidates.append((match.doc, match.covered, match.score, best)) }
        }
        if !candidates.isEmpty, !zip(candidates, candidates.dropFirst()).allSatisfy({ $0.doc < $1.doc }) { candidates.sort { $0.doc < $1.doc } }
        var settled = TopK(capacity: top.capacity)
        for item in top.items where !Self.contains(candidates, item.doc) { settled.insert(key: item.key, score: item.score, doc: item.doc) }
        // Best bound first, ties by doc id: once one cannot enter, none after it can. Only the
        // first `bestFirstCandidates` in that order are wanted: selected, not all sorted
        // (thousands of candidates when templated names score alike).
        let bestFirst = Self.bestFirst(candidates, count: Self.bestFirstCandidates)
        var next = 0
        var split = 1
        var settledFirst = [Bool](repeating: false, count: candidates.count)
        while next < bestFirst.count {
            let candidate = candidates[bestFirst[next]]
            if !settled.admits(key: Double(candidate.best), doc: candidate.doc) { break }
            settled.insert(score: candidate.score * (try proximity.factor(candidate.doc, covered: candidate.covered)), doc: candidate.doc)
            settledFirst[bestFirst[next]] = true
            next += 1
        }
        if next == Self.bestFirstCandidates {
            // Many near-equal scores (templated names): the rest in doc id order, so that each
            // postings block is decoded once for all its candidates instead of once per candidate.
            let rest = candidates.indices.filter { !settledFirst[$0] && settled.admits(key: Double(candidates[$0].best), doc: candidates[$0].doc) }
                .map { candidates[$0] }
            let parts = min(threads, ProcessInfoCores.count, rest.count / max(candidatesPerThread, 1))
            let copies = parts > 1 ? (1..<parts).compactMap { _ in proximity.copy() } : []
            if parts > 1, copies.count == parts - 1 {
                let shared = UnsafeSendable(value: (boosts: [proximity] + copies, rest: rest, settled: settled))
                let computed = try Parallel.run(parts: parts) { part in
                    let inputs = shared.value
                    var local = inputs.settled
                    var computed: [TopK.Item] = []
                    for candidate in inputs.rest[inputs.rest.count * part / parts..<inputs.rest.count * (part + 1) / parts]
                    where local.admits(key: Double(candidate.best), doc: candidate.doc) {
                        let score = candidate.score * (try inputs.boosts[part].factor(candidate.doc, covered: candidate.covered))
                        local.insert(score: score, doc: candidate.doc)
                        computed.append(TopK.Item(key: Double(score), score: score, doc: candidate.doc))
                    }
                    return computed
                }
                for item in computed.joined() { settled.insert(score: item.score, doc: item.doc) }
                split = parts
            } else {
                for candidate in rest where settled.admits(key: Double(candidate.best), doc: candidate.doc) {
                    settled.insert(score: candidate.score * (try proximity.factor(candidate.doc, covered: candidate.covered)), doc: candidate.doc)
                }
            }
        }
        top = settled
        boostable = []
        return split
    }

    /// Whether `candidates` (ascending doc ids) hold `doc`.
    private static func contains(_ candidates: [(doc: UInt32, covered: UInt32, score: Float, best: Float)], _ doc: UInt32) -> Bool {
        var low = 0, high = candidates.count
        while low < high {
            let middle = (low + high) / 2
            if candidates[middle].doc < doc { low = middle + 1 } else { high = middle }
        }
        return low < candidates.count && candidates[low].doc == doc
    }

    /// The indexes of the first `count` of `candidates` by best bound, then doc id (the order
    /// `applyProximity` settles them in), in that order: a bounded heap over one pass.
    static func bestFirst(_ candidates: [(doc: UInt32, covered: UInt32, score: Float, best: Float)], count: Int) -> [Int] {
        // `a` comes before `b` in settling order.
        func before(_ a: Int, _ b: Int) -> Bool {
            candidates[a].best > candidates[b].best || (candidates[a].best == candidates[b].best && candidates[a].doc < candidates[b].doc)
        }
        guard candidates.count > count else { return candidates.indices.sorted(by: before) }
        // A heap of the best `count` seen so far whose root is the one settled last (`after`
        // puts it first).
        var heap: [Int] = []
        heap.reserveCapacity(count)
        func after(_ a: Int, _ b: Int) -> Bool { before(b, a) }
        for i in candidates.indices {
            if heap.count < count {
                heap.append(i)
                IndexHeap.siftUp(&heap, from: heap.count - 1, by: after)
            } else if before(i, heap[0]) {
                heap[0] = i
                IndexHeap.siftDown(&heap, from: 0, by: after)
            }
        }
        return heap.sorted(by: before)
    }

    /// Relevance order with no signal or cursor, and no filter clause that a facet ignores
    /// (facets allowed): every match passing the clauses (`passes`) counts everywhere, and whether
    /// one enters the top k depends on its score alone. Matches may then be screened and counted a
    /// window at a time (`passes`, `countMatches(_:)` with the documents) and only those that can
    /// enter the top k offered (`offerCounted`).
    var isRelevanceOnly: Bool { isRelevanceOrder && facetClauses == 0 }

    /// Relevance order with no signal or cursor (filter clauses and facets allowed), and a
    /// proximity boost that can be copied: once `prepareForThreads` has run, offers read nothing
    /// through the transaction, and copies of this sink (`empty`) compute proximity factors
    /// through readers of their own, so they may take offers on several threads.
    var offersOnAnyThread: Bool { isRelevanceOrder && proximity?.isCopyable != false }

    /// Relevance order with no signal or cursor: the top k's threshold is a score (before
    /// proximity, for offers with `offer`), and an offer below it is counted and faceted only.
    var isRelevanceOrder: Bool { sortReader == nil && signals.isEmpty && after == nil }

    /// Looks up every column chunk the filter clauses may read (see `offersOnAnyThread`).
    func prepareForThreads() throws {
        for clause in clauses { try clause.resolveAll() }
    }

    /// This sink before any offer, for collecting a part of the doc ids apart (`merge`), on
    /// another thread once `prepareForThreads` has run: its filter clauses and its proximity
    /// boost read through readers of their own.
    var empty: MatchSink {
        var sink = self
        sink.clauses = clauses.map { $0.copy() }
        if let proximity {
            guard let copy = proximity.copy() else { preconditionFailure("a sink is copied only when it offers on any thread") }
            sink.proximity = copy
        }
        sink.boostable = []
        sink.top = TopK(capacity: top.capacity)
        sink.total = 0
        sink.passing = []
        sink.partial = []
        return sink
    }

    /// Adds the offers `other` took to this sink's, as if they had been offered here: `other`
    /// started `empty` and took doc ids above every doc id offered here (so facet documents stay
    /// ascending). Proximity is applied afterwards, on the merged sink.
    mutating func merge(_ other: MatchSink) {
        total += other.total
        passing += other.passing
        partial += other.partial
        // A match kept by `other` for proximity is one `other`'s top k admitted with its bound;
        // the merged top k only admits fewer, and `applyProximity` checks each against it.
        boostable += other.boostable
        for item in other.top.items { top.insert(key: item.key, score: item.score, doc: item.doc) }
    }

    /// Documents handed to every facet at a time by `countFacets` (8 KiB of doc ids).
    static let facetSlice = 2048

    /// Candidates settled best bound first before the rest go in doc id order (`applyProximity`).
    static let bestFirstCandidates = 64

    /// Candidates a thread must have to settle before `applyProximity` splits the rest for it
    /// (each reads a few blocks of positions: a microsecond or two).
    static let proximityCandidatesPerThread = 128

    /// Counts every facet over the documents offered so far; call once, after the last offer.
    ///
    /// Documents are counted in ascending order (as every collector but block-max WAND, which
    /// never runs with facets, offers them): reading columns in doc id order turns cache misses
    /// into sequential reads (measured: a third of the facet time on a million products).
    ///
    /// The documents go to the facets in slices of `facetSlice`: each slice is read from the L1
    /// cache by every facet after the first, instead of the whole match list from memory once per
    /// facet.
    ///
    /// With `threads` above 1, many documents (`documentsPerThread` a thread at least), every
    /// facet counted in memory and every facet's counters few next to the documents (an eighth
    /// at most: each copy's counters are zeroed and added up), contiguous parts of the documents
    /// are counted at once, the first into the facets' counters and each other into empty copies
    /// added to them after.
    /// Returns how many parts were counted at once (1: on this thread alone).
    func countFacets(threads: Int, documentsPerThread: Int) throws -> Int {
        guard !facets.isEmpty else { return 1 }
        let docs = Self.ascending(passing, documentLimit: documentLimit)
        let parts = min(threads, ProcessInfoCores.count, docs.count / max(documentsPerThread, 1))
        let split = parts > 1 && facets.allSatisfy { $0.countsInMemory && $0.countSlots <= docs.count / 8 }
        if split {
            let copies = (1..<parts).map { _ in facets.map { $0.emptyCopy() } }
            let shared = UnsafeSendable(value: (counters: [facets] + copies, docs: docs))
            _ = try Parallel.run(parts: parts) { part in
                let inputs = shared.value
                let range = inputs.docs.count * part / parts..<inputs.docs.count * (part + 1) / parts
                try inputs.docs[range].withUnsafeBufferPointer { try Self.count($0, into: inputs.counters[part]) }
            }
            for copy in copies {
                for (facet, counted) in zip(facets, copy) { facet.merge(counted) }
            }
        } else {
            try docs.withUnsafeBufferPointer { try Self.count($0, into: facets) }
        }
        guard !partial.isEmpty else { return split ? parts : 1 }
        for facet in facets {
            let docs = partial.compactMap { $0.failing & ~facet.ownClauses == 0 ? $0.doc : nil }
            try Self.ascending(docs, documentLimit: documentLimit).withUnsafeBufferPointer { try facet.count($0) }
        }
        return split ? parts : 1
    }

    /// Counts `docs` into every facet of `facets`, a slice of `facetSlice` at a time.
    private static func count(_ docs: UnsafeBufferPointer<UInt32>, into facets: [FacetCounter]) throws {
        var start = 0
        while start < docs.count {
            let slice = UnsafeBufferPointer(rebasing: docs[start..<min(start + facetSlice, docs.count)])
            for facet in facets { try facet.count(slice) }
            start += slice.count
        }
    }

    /// Documents a thread must have to count before facet counting is split for it.
    static let facetDocumentsPerThread = 16_384

    /// Distinct doc ids below `documentLimit`, sorted: as they are when already ascending, through
    /// a bitset when they are dense (linear time), by comparison sort when few.
    static func ascending(_ docs: [UInt32], documentLimit: UInt32) -> [UInt32] {
        if docs.withUnsafeBufferPointer({ docs in docs.indices.dropFirst().allSatisfy { docs[$0 - 1] < docs[$0] } }) { return docs }
        guard docs.count > 1024, docs.count > Int(documentLimit) / 256 else { return docs.sorted() }
        let words = Int(documentLimit) / 64 + 1
        var bits = [UInt64](repeating: 0, count: words)
        var sorted = [UInt32]()
        sorted.reserveCapacity(docs.count)
        bits.withUnsafeMutableBufferPointer { bits in
            for doc in docs { bits[Int(doc) >> 6] |= 1 << UInt64(doc & 63) }
            for w in 0..<words {
                var word = bits[w]
                while word != 0 {
                    sorted.append(UInt32(w << 6 | word.trailingZeroBitCount))
                    word &= word &- 1
                }
            }
        }
        return sorted
    }
}
