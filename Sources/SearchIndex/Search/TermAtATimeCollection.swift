/// One search's term-at-a-time collection: the collector's inputs and the loop that hands its
/// matches to a `MatchSink`, over the whole doc-id space or over parts of it on several threads.
///
/// A large search is split into contiguous ranges of doc ids with about as many postings each,
/// collected at once by one `TermAtATime` per range, each into a sink of its own, and the sinks
/// are merged in doc id order (`MatchSink.merge`): totals, facet documents, the top k and the
/// proximity candidates are then exactly those of one collector over everything, so results do
/// not depend on the number of threads. Window pruning (`TermAtATime.nextWindow(threshold:)`)
/// works per range with that range's own top k, which only prunes less.
struct TermAtATimeCollection {
    let terms: [ResolvedTerm]
    let termBlocks: [TermBlocks]
    let synonymPhrases: [SynonymPhrasePostings]
    let written: [WrittenTerm]
    let writtenBlocks: [TermBlocks]
    let coverage: WordCoverage
    let proximityBound: Float
    let tables: Bm25fTables
    /// Query words every match must have.
    let requiredCount: Int
    /// Optional query words a match must have.
    let optionalNeeded: Int
    let excluded: Exclusions
    /// Quoted phrases every match must have (they read positions through the transaction).
    let phrases: [PhraseMatcher]
    /// Offers every match to the sink one by one, deletions, filters and all checked per match,
    /// even where windows could be screened and counted at once: the reference path the tests
    /// compare the union path with (`SearchRequest.offerEveryMatch`).
    var offersEveryMatch = false

    /// Postings a thread must have to read before a search is split for it: far above what a
    /// hand-over to another thread costs (some microseconds; a posting costs some nanoseconds).
    static let postingsPerPart = 32_768

    /// Ranges of doc ids to collect on up to `threads` threads (at most one per core): whole
    /// windows (`TermAtATime.windowSize`), contiguous, ascending, together covering every doc id,
    /// split where each holds about as many of the terms' posting blocks. One range, all doc ids,
    /// when the search is too small to be worth splitting (`postingsPerPart`).
    func parts(_ threads: Int, documentLimit: UInt32, postingsPerPart: Int = Self.postingsPerPart) -> [Range<UInt32>] {
        let whole: [Range<UInt32>] = [0..<UInt32.max]
        let postings = terms.reduce(0) { $0 + Int($1.info.documentFrequency) }
        let count = min(threads, ProcessInfoCores.count, postings / max(postingsPerPart, 1))
        guard count > 1 else { return whole }
        // Every block holds 128 postings but the last of its term, so the blocks ending below a
        // doc id (each term's found by binary search over its sorted last doc ids) measure the
        // share of the postings below it; the split points are found by bisecting doc ids.
        let blockCount = termBlocks.reduce(0) { $0 + $1.lastDocs.count }
        guard blockCount >= count else { return whole }
        func blocks(below doc: UInt32) -> Int { termBlocks.reduce(0) { $0 + $1.firstBlock(reaching: doc) } }
        let window = UInt64(TermAtATime.windowSize)
        var bounds: [UInt32] = [0]
        for part in 1..<count {
            let wanted = blockCount * part / count
            var low: UInt64 = 0, high = UInt64(documentLimit)
            while low < high {
                let middle = (low + high) / 2
                if blocks(below: UInt32(middle)) < wanted { low = middle + 1 } else { high = middle }
            }
            let bound = (low + window / 2) / window * window
            if bound > UInt64(bounds[bounds.count - 1]), bound < UInt64(documentLimit) { bounds.append(UInt32(bound)) }
        }
        guard bounds.count > 1 else { return whole }
        bounds.append(.max)
        return (1..<bounds.count).map { bounds[$0 - 1]..<bounds[$0] }
    }

    /// Collects the matches with doc ids in `documents` into `sink` (its offers only; facets,
    /// proximity and the page are the caller's), using `scratch`.
    func collect(sink: inout MatchSink, deleted: inout DeletedDocuments, scratch: SearchScratch,
                 documents: Range<UInt32> = 0..<UInt32.max) throws {
        // Every live document with a term is a match: windows are counted at once (and collected
        // for facets, scored or not), and only the documents that may enter the top k are offered
        // (the rest cannot, see `entryFloor`). The collector takes deleted documents out of each
        // window itself.
        let everyTermMatches = excluded.isEmpty && phrases.isEmpty && requiredCount == 0 && optionalNeeded <= 1 && synonymPhrases.isEmpty
            && !offersEveryMatch
        let union = sink.isRelevanceOnly && everyTermMatches
        // Filter clauses are checked a window at a time too, before the window is counted.
        let screen = union ? sink.clauseScreen : nil
        var collector = try TermAtATime(terms: terms, termBlocks: termBlocks, synonymPhrases: synonymPhrases, written: written,
                                        writtenBlocks: writtenBlocks, coverage: coverage, proximityBound: proximityBound, tables: tables,
                                        scratch: scratch, documents: documents, deleted: union ? deleted : nil, screen: screen)
        let slots = scratch.slots
        // Deletions, exclusions and phrases checked per match only when there are any.
        let screens = !deleted.isEmpty || !excluded.isEmpty || !phrases.isEmpty
        if union {
            let largestCoverage = coverage.bound(lists: .max)
            let listsPruned = !sink.facets.isEmpty
            while let window = try collector.nextWindow(threshold: sink.top.threshold, listsPruned: listsPruned,
                                                        pruned: { sink.countMatches($0) }) {
                let base = collector.base
                sink.countMatches(window)
                var floor = sink.entryFloor(largestCoverage: largestCoverage)
                for doc in window {
                    let slot = slots[Int(doc &- base)]
                    guard slot.score >= floor else { continue }
                    try sink.offerCounted(doc, score: slot.score * coverage.factor(slot.covered, typed: slot.typed), covered: slot.covered)
                    floor = sink.entryFloor(largestCoverage: largestCoverage)
                }
                collector.clearWindow()
            }
            sink.countMatches(collector.countedMatches)
            return
        }
        // Windows come in doc id order, and each window's matches too: ascending for phrases and
        // facets. The filter's clauses are tested a window at a time, on the window's candidates.
        defer { sink.endWindows() }
        var kept: [UInt32] = []
        kept.reserveCapacity(TermAtATime.windowSize)
        // Relevance order where every document with a term is a match, but a facet ignores some
        // filter clause (disjunctive facets), so every match is offered one by one: windows and
        // words that cannot reach the top k are still left unscored (`nextWindow(threshold:)`,
        // the threshold of scores before proximity, which `applyProximity` settles, is at most
        // the final one), their documents offered with score 0: counted, faceted, never ranked.
        let prunes = sink.isRelevanceOrder && everyTermMatches
        func offer(_ window: UnsafeBufferPointer<UInt32>, base: UInt32) throws {
            kept.removeAll(keepingCapacity: true)
            candidates: for doc in window {
                let slot = slots[Int(doc &- base)]
                // Pruning lists unscored matches with empty accumulators.
                guard prunes || (Int(slot.matched >> 8) == requiredCount && Int(slot.matched & 0xFF) >= optionalNeeded) else { continue }
                if screens {
                    if try deleted.contains(doc) || excluded.contains(doc) { continue }
                    for phrase in phrases where try !phrase.matches(doc) { continue candidates }
                    if !excluded.phrases.isEmpty, try excluded.phrasesExclude(doc) { continue }
                }
                kept.append(doc)
            }
            try kept.withUnsafeBufferPointer { try sink.screenWindow(base: base, docs: $0) }
            for doc in kept {
                let slot = slots[Int(doc &- base)]
                try sink.offer(doc, score: slot.score * coverage.factor(slot.covered, typed: slot.typed), covered: slot.covered)
            }
        }
        let windowMask = ~UInt32(TermAtATime.windowSize - 1)
        while let window = try collector.nextWindow(threshold: prunes ? sink.top.threshold : -.infinity, listsPruned: true,
                                                    pruned: { docs in if let first = docs.first { try offer(docs, base: first & windowMask) } }) {
            try offer(window, base: collector.base)
            collector.clearWindow()
        }
    }

    /// Collects `parts` (from `parts(_:documentLimit:)`) at once, the first on this thread with
    /// `firstScratch`, the others with scratches from `pool`, each into an empty copy of `sink`,
    /// and returns `sink` with all their offers merged in doc id order.
    ///
    /// Only for searches that never read through the transaction while collecting: no phrases
    /// (required or excluded), `sink.offersOnAnyThread` and prepared (`prepareForThreads`), and
    /// `deleted` resolved (`resolveAll`).
    func collect(_ parts: [Range<UInt32>], sink: MatchSink, deleted: DeletedDocuments, firstScratch: SearchScratch,
                 pool: ScratchPool) throws -> MatchSink {
        precondition(phrases.isEmpty && excluded.phrases.isEmpty && sink.offersOnAnyThread, "a part would read through the transaction")
        // Each part reads the shared inputs and writes only its own scratch and sink.
        let shared = UnsafeSendable(value: (collection: self, sinks: parts.indices.map { _ in sink.empty }, deleted: deleted,
                                            firstScratch: firstScratch, pool: pool))
        let sinks = try Parallel.run(parts: parts.count) { part in
            let inputs = shared.value
            let scratch = part == 0 ? inputs.firstScratch : inputs.pool.acquire()
            defer { if part != 0 { inputs.pool.release(scratch) } }
            var sink = inputs.sinks[part], deleted = inputs.deleted
            try inputs.collection.collect(sink: &sink, deleted: &deleted, scratch: scratch, documents: parts[part])
            return sink
        }
        var merged = sinks[0]
        for other in sinks.dropFirst() { merged.merge(other) }
        return merged
    }
}
