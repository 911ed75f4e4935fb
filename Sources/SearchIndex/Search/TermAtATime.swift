/// Term-at-a-time collection in windows of doc ids: within one window of `windowSize` doc ids,
/// every posting of every query term adds its BM25F score to its document's accumulator, then the
/// window's matches are handed over in doc id order and the accumulators cleared, and so on up
/// the doc id space. Exact totals come free, each posting list is read front to back once, and
/// the accumulators of one window stay in the CPU caches however large the index (tantivy's union
/// scorer works in windows of 4,096 documents for the same reason).
///
/// Per document, terms add their scores in the order given (`ResolvedTerm.scoringOrder`),
/// exactly as the document-at-a-time collectors sum them, so every collector ranks identically.
///
/// Use: `nextWindow()` until it returns nil; read each match's `SearchScratch.Slot` at
/// `doc - base`, then `clearWindow()` before the next. Valid within its read transaction (it
/// keeps pointers into the memory map).
struct TermAtATime {
    static let windowShift = 13
    /// Doc ids per window: 8,192 slots of 16 bytes (128 KiB) fit the L2 cache. Measured against
    /// 4,096 (`scripts/ab.sh`, same results): Home Depot OR top 10 p50 0.98x, p99 0.98x (half the
    /// windows, each with its fixed costs); 1M synthetic p50 0.98x, p99 1.00x, with typos and 5
    /// facets p50 0.94x, p99 0.97x. 16,384 was no better (Home Depot 1.01x of 8,192).
    static let windowSize = 1 << windowShift

    /// One term's postings being read.
    private final class Lane {
        /// The term's blocks in the memory map (none for an inline list).
        let blocks: TermBlocks
        let inline: [UInt8]
        let termID: UInt32
        let block: DecodedBlock
        /// The next block of `blocks` to decode.
        @exclusivity(unchecked) var nextBlock = 0
        /// The next document of `block`; `block.count` when the block is used up.
        @exclusivity(unchecked) var position = 0
        /// No document left.
        @exclusivity(unchecked) var exhausted = false

        /// A lane at the term's first document at or after `start`.
        init(_ blocks: TermBlocks, block: DecodedBlock, from start: UInt32) throws {
            termID = blocks.termID
            inline = blocks.inline
            self.block = block
            self.blocks = blocks
            block.count = 0
            try advanceBlock(skippingBelow: start)
            // The block reaches `start`, so a document at or after it follows.
            while !exhausted, block.docs[position] < start { position += 1 }
        }

        /// The next document.
        @inline(__always)
        var doc: UInt32 { block.docs[position] }

        /// The largest weighted frequency (`Bm25fTables.maxWeightedFrequency`) of any of its
        /// documents from the next one up to `end` (exclusive), from block headers alone.
        func maxWeightedFrequency(before end: UInt64, tables: Bm25fTables) -> Float {
            var largest = tables.maxWeightedFrequency(block.header)
            guard inline.isEmpty, UInt64(block.lastDoc) < end else { return largest }
            let lastDocs = blocks.lastDocs
            var b = nextBlock
            while b < lastDocs.count {
                let header = PostingsCodec.header(blocks.values[b])
                guard UInt64(header.firstDoc) < end else { break }
                largest = max(largest, tables.maxWeightedFrequency(header))
                if UInt64(lastDocs[b]) >= end { break }
                b += 1
            }
            return largest
        }

        /// Calls `body` with the index in `block` and the window offset of each posting from the
        /// current one up to the end of the window starting at `base`, decoding block after block,
        /// and leaves the lane at the first posting past the window, or exhausted.
        @inline(__always)
        func forEachPosting(inWindowFrom base: UInt32, _ body: (_ index: Int, _ offset: UInt32) -> Void) throws {
            while true {
                var i = position
                let count = block.count
                while i < count {
                    let offset = block.docs[i] &- base
                    if offset >= UInt32(TermAtATime.windowSize) { break }
                    body(i, offset)
                    i += 1
                }
                position = i
                if i < count { return }
                try advanceBlock(skippingBelow: 0)
                if exhausted { return }
            }
        }

        /// Decodes the next block whose last doc id is at least `floor`; marks the lane exhausted
        /// when there is none.
        func advanceBlock(skippingBelow floor: UInt32) throws {
            position = 0
            if !inline.isEmpty {
                guard nextBlock == 0 else {
                    exhausted = true
                    return
                }
                nextBlock = 1
                guard inline.withUnsafeBytes({ PostingsCodec.decodeBlock($0, into: block) }) else { throw IndexError.corrupt("postings of term \(termID)") }
                if block.lastDoc < floor { exhausted = true }
                return
            }
            let lastDocs = blocks.lastDocs
            while nextBlock < lastDocs.count, lastDocs[nextBlock] < floor { nextBlock += 1 }
            guard nextBlock < lastDocs.count else {
                exhausted = true
                return
            }
            guard PostingsCodec.decodeBlock(blocks.values[nextBlock], into: block) else { throw IndexError.corrupt("postings block of term \(termID)") }
            nextBlock += 1
        }
    }

    /// A multi-word synonym's matches being read (`SynonymPhrasePostings`: found before collection).
    private final class PhraseLane {
        let phrase: SynonymPhrasePostings
        /// The next match of `phrase` to add.
        @exclusivity(unchecked) var position = 0

        /// A lane at the phrase's first match at or after `start`.
        init(_ phrase: SynonymPhrasePostings, from start: UInt32) {
            self.phrase = phrase
            var low = 0, high = phrase.docs.count
            while low < high {
                let middle = (low + high) / 2
                if phrase.docs[middle] < start { low = middle + 1 } else { high = middle }
            }
            position = low
        }

        var exhausted: Bool { position == phrase.docs.count }
    }

    /// What adds to the accumulators, in the order scores are summed.
    private enum Step {
        case term(Int)
        case phrase(Int)
    }

    /// How one query term scores.
    private struct Scoring {
        var weight: Float
        /// Word index + 1: a word counts once per document however many of its terms it has.
        var stamp: UInt16
        /// 256 for a required word, 1 for an optional one.
        var increment: UInt16
        /// Fields the term may match in.
        var fieldMask: UInt8
        /// The word's coverage bit, set when a posting is in `coverageFields`.
        var coverageBit: UInt32
        var coverageFields: UInt8
    }

    private let lanes: [Lane]
    private let scoring: [Scoring]
    /// Multi-word synonyms with their scoring; `steps` interleaves them after their words' terms
    /// (empty when there are none: then the lanes are read in order).
    private let phraseLanes: [(lane: PhraseLane, scoring: Scoring)]
    private let steps: [Step]
    /// The written-form terms' lanes and their words' coverage bits (`WrittenForm`).
    private let writtenLanes: [(lane: Lane, bit: UInt32)]
    private let nameFields: UInt8
    private let coverage: WordCoverage
    /// The largest proximity factor of a document matching two words or more (1 without proximity).
    private let proximityBound: Float
    private let tables: Bm25fTables
    private let scratch: SearchScratch
    /// The end (exclusive) of the doc ids collected.
    private let end: UInt32
    /// The first doc id of the current window.
    private(set) var base: UInt32 = 0
    private var matchCount = 0
    /// Matches of the windows `nextWindow` skipped (no document there could reach its
    /// threshold): counted, never returned.
    private(set) var countedMatches = 0
    /// Deleted documents, taken out of every window before its documents are counted or
    /// returned; nil when the caller screens them itself.
    private var deleted: DeletedDocuments?
    /// Takes the documents a filter refuses out of a window; nil keeps all.
    private let screen: MatchSink.WindowScreen?
    /// Each lane's bound in the current window (`reaches`): its weight times the saturated
    /// largest weighted frequency of its postings there, 0 for a lane with none.
    private var laneBounds: [Float]

    /// A collector of `terms` and `synonymPhrases` (scores, matched words, covered words per
    /// `coverage`; a word's phrases add right after its terms) and of `written` (which covered
    /// words a match has as typed), using `scratch`'s window; nothing is read until `nextWindow`.
    /// `termBlocks` are the blocks of `terms`, `writtenBlocks` those of `written`, in the same
    /// orders; `proximityBound` the largest proximity factor (`ProximityBoost.bound`) the caller
    /// multiplies scores by.
    ///
    /// Only the doc ids of `documents` are collected; both its bounds are multiples of
    /// `windowSize` (the upper one may be `UInt32.max`), so that collectors of adjacent ranges
    /// see whole windows each and, together, exactly what one collector of both would. The
    /// collector reads the memory map through `termBlocks` and `writtenBlocks` only, never
    /// through the read transaction, so collectors of disjoint ranges may run on several threads
    /// (each with a scratch of its own) while the transaction stays open; with `deleted`, once
    /// its chunks are resolved (`DeletedDocuments.resolveAll`). A window never returns or counts
    /// a document of `deleted`, nor one `screen` (called once per window) refuses.
    init(terms: [ResolvedTerm], termBlocks: [TermBlocks], synonymPhrases: [SynonymPhrasePostings] = [], written: [WrittenTerm],
         writtenBlocks: [TermBlocks], coverage: WordCoverage, proximityBound: Float = 1, tables: Bm25fTables, scratch: SearchScratch,
         documents: Range<UInt32> = 0..<UInt32.max, deleted: DeletedDocuments? = nil, screen: MatchSink.WindowScreen? = nil) throws {
        self.deleted = deleted?.isEmpty == false ? deleted : nil
        // A window lies in one column chunk, as a window screen needs.
        precondition(Self.windowShift <= ColumnChunk.shift && Self.windowShift >= 6)
        self.screen = screen
        precondition(documents.lowerBound % UInt32(Self.windowSize) == 0
                     && (documents.upperBound == .max || documents.upperBound % UInt32(Self.windowSize) == 0),
                     "a collector's range is whole windows")
        let start = documents.lowerBound
        end = documents.upperBound
        let blocks = scratch.blocks(terms.count + written.count)
        var lanes: [Lane] = []
        var scoring: [Scoring] = []
        var phraseLanes: [(lane: PhraseLane, scoring: Scoring)] = []
        var steps: [Step] = []
        var pendingPhrases = synonymPhrases[...]
        func addPhrases(before word: Int) {
            while let phrase = pendingPhrases.first, phrase.word < word {
                pendingPhrases.removeFirst()
                guard !phrase.docs.isEmpty else { continue }
                steps.append(.phrase(phraseLanes.count))
                phraseLanes.append((PhraseLane(phrase, from: start), Scoring(weight: phrase.weight, stamp: UInt16(truncatingIfNeeded: phrase.word + 1),
                                                                increment: phrase.required ? 256 : 1, fieldMask: phrase.fieldMask,
                                                                coverageBit: coverage.bit(word: phrase.word, fields: 0xFF),
                                                                coverageFields: coverage.fieldMask & phrase.fieldMask)))
            }
        }
        for (i, term) in terms.enumerated() {
            addPhrases(before: term.word)
            let lane = try Lane(termBlocks[i], block: blocks[i], from: start)
            guard !lane.exhausted else { continue }
            steps.append(.term(lanes.count))
            lanes.append(lane)
            scoring.append(Scoring(weight: term.weight, stamp: UInt16(truncatingIfNeeded: term.word + 1), increment: term.required ? 256 : 1,
                                   fieldMask: term.fieldMask, coverageBit: coverage.bit(word: term.word, fields: 0xFF),
                                   coverageFields: coverage.fieldMask & term.fieldMask))
        }
        addPhrases(before: .max)
        var writtenLanes: [(lane: Lane, bit: UInt32)] = []
        for (i, term) in written.enumerated() {
            let bit = coverage.bit(word: term.word, fields: 0xFF)
            guard bit != 0 else { continue }
            let lane = try Lane(writtenBlocks[i], block: blocks[terms.count + i], from: start)
            if !lane.exhausted { writtenLanes.append((lane, bit)) }
        }
        self.lanes = lanes
        laneBounds = [Float](repeating: 0, count: lanes.count)
        self.scoring = scoring
        self.phraseLanes = phraseLanes
        self.steps = phraseLanes.isEmpty ? [] : steps
        self.writtenLanes = writtenLanes
        nameFields = coverage.fieldMask
        self.coverage = coverage
        self.proximityBound = max(proximityBound, 1)
        self.tables = tables
        self.scratch = scratch
    }

    /// Accumulates the next window holding a posting of some term and returns its documents with
    /// any term, ascending; nil when every list is read up to the end of the collector's range.
    /// Call `clearWindow` before the next call.
    ///
    /// With a `threshold`, a window where no document's score times its largest coverage and
    /// proximity factors can reach it (bounded from the block headers of the terms with a
    /// posting there) is not scored: its documents are only counted, in `countedMatches`, or,
    /// with `listsPruned`, handed to `pruned` (ascending), and the next window is read. In a
    /// window that is scored, the last lanes whose bounds together cannot reach it
    /// (`essentialLanes`) score only the documents earlier lanes matched: a document they alone
    /// match is only counted, in `countedMatches`, or with `listsPruned` returned (for the
    /// facets) with an empty accumulator. Pass a threshold only when every
    /// document with a term is a match (no required word, no multi-word synonym, nothing screened
    /// out), and only a threshold the top k's entry floor turns such documents away at.
    mutating func nextWindow(threshold: Double = -.infinity, listsPruned: Bool = false,
                             pruned: (UnsafeBufferPointer<UInt32>) throws -> Void = { _ in }) throws -> UnsafeBufferPointer<UInt32>? {
        let slots = scratch.slots, bits = scratch.windowBits
        while true {
            var lowest = UInt32.max
            var reading = false
            for lane in lanes where !lane.exhausted {
                lowest = min(lowest, lane.doc)
                reading = true
            }
            for (lane, _) in phraseLanes where !lane.exhausted {
                lowest = min(lowest, lane.phrase.docs[lane.position])
                reading = true
            }
            guard reading, lowest < end else { return nil }
            base = lowest & ~UInt32(Self.windowSize - 1)
            guard threshold > 0, phraseLanes.isEmpty, !reaches(threshold) else { break }
            try countWindow(bits: bits, listsPruned: listsPruned, pruned: pruned)
        }
        // With a threshold, `reaches` has just bounded every lane in this window.
        let scored = threshold > 0 && phraseLanes.isEmpty ? essentialLanes(threshold) : lanes.count
        let counted = scratch.countedBits
        scratch.dirty = true
        try tables.factors.withUnsafeBufferPointer { factors in
            if steps.isEmpty {
                for (i, (lane, scoring)) in zip(lanes, scoring).enumerated() where !lane.exhausted {
                    if i < scored {
                        try accumulate(lane, scoring, factors: factors, slots: slots, bits: bits)
                    } else {
                        try accumulateMatched(lane, scoring, factors: factors, slots: slots, bits: bits, counted: counted)
                    }
                }
                return
            }
            for step in steps {
                switch step {
                case .term(let i):
                    if !lanes[i].exhausted { try accumulate(lanes[i], scoring[i], factors: factors, slots: slots, bits: bits) }
                case .phrase(let i):
                    accumulate(phraseLanes[i].lane, phraseLanes[i].scoring, factors: factors, slots: slots, bits: bits)
                }
            }
        }
        for (lane, bit) in writtenLanes where !lane.exhausted { try markTyped(lane, bit: bit, slots: slots) }
        if scored < lanes.count {
            // Documents only unscored lanes matched: listed with the others when they are
            // listed for facets, else only counted (their empty accumulators could not be offered).
            let words = Self.windowSize >> 6
            if listsPruned {
                for w in 0..<words { bits[w] |= counted[w] }
            } else {
                try screenOut(bits: counted, slots: nil)
                for w in 0..<words { countedMatches += counted[w].nonzeroBitCount }
            }
            counted.update(repeating: 0, count: words)
        }
        try screenOut(bits: bits, slots: slots)
        matchCount = listMatches(bits: bits)
        return UnsafeBufferPointer(start: scratch.matches, count: matchCount)
    }

    /// Slack on window bounds: scores summed in another order may differ in the last bits.
    static let boundSlack: Float = 1.001

    /// Whether some document of the current window may score `threshold` or more, times the
    /// largest coverage and proximity factors of a document in as many lists as have a posting
    /// in the window.
    private mutating func reaches(_ threshold: Double) -> Bool {
        let end = UInt64(base) + UInt64(Self.windowSize)
        var bound: Float = 0
        var active = 0
        for (i, (lane, scoring)) in zip(lanes, scoring).enumerated() {
            guard !lane.exhausted && UInt64(lane.doc) < end else {
                laneBounds[i] = 0
                continue
            }
            let laneBound = scoring.weight * tables.saturate(lane.maxWeightedFrequency(before: end, tables: tables))
            laneBounds[i] = laneBound
            bound += laneBound
            active += 1
        }
        return Double(bound * factor(lists: active) * Self.boundSlack) >= threshold
    }

    /// The largest coverage and proximity factor of a document in at most `lists` lists.
    private func factor(lists: Int) -> Float {
        coverage.bound(lists: lists) * (lists > 1 ? proximityBound : 1)
    }

    /// How many lanes, from the first, the current window must score in full (MaxScore, per
    /// window): the lanes after them together bound below `threshold` a document that has
    /// postings of theirs only (their `laneBounds`, with the factors of as many lists), so such
    /// a document is only counted, and those lanes add their scores to the documents the
    /// first ones matched (`accumulateMatched`), in the same order as ever. Summing in that one
    /// order (`ResolvedTerm.scoringOrder`, common words last) keeps scores bit-identical to the
    /// other collectors, so the lanes that may be left unscored are a suffix of it. Call right
    /// after `reaches(threshold)`.
    private func essentialLanes(_ threshold: Double) -> Int {
        var suffix: Float = 0
        var active = 0
        var first = lanes.count
        while first > 0 {
            let laneBound = laneBounds[first - 1]
            let lists = active + (laneBound > 0 ? 1 : 0)
            guard Double((suffix + laneBound) * factor(lists: lists) * Self.boundSlack) < threshold else { break }
            suffix += laneBound
            active = lists
            first -= 1
        }
        return first
    }

    /// Counts the documents of the current window with a posting of some term in its fields,
    /// without scoring them, or with `listsPruned` hands them to `pruned`, and moves every lane
    /// past the window.
    private mutating func countWindow(bits: UnsafeMutablePointer<UInt64>, listsPruned: Bool,
                                      pruned: (UnsafeBufferPointer<UInt32>) throws -> Void) throws {
        let base = self.base
        for (lane, scoring) in zip(lanes, scoring) where !lane.exhausted {
            let block = lane.block, fieldMask = scoring.fieldMask
            try lane.forEachPosting(inWindowFrom: base) { i, offset in
                if block.masks[i] & fieldMask != 0 { bits[Int(offset >> 6)] |= 1 << UInt64(offset & 63) }
            }
        }
        try screenOut(bits: bits, slots: nil)
        if listsPruned {
            let count = listMatches(bits: bits)
            try pruned(UnsafeBufferPointer(start: scratch.matches, count: count))
            return
        }
        var count = 0
        for w in 0..<(Self.windowSize >> 6) {
            count += bits[w].nonzeroBitCount
            bits[w] = 0
        }
        countedMatches += count
    }

    /// Clears the bits of the current window's deleted documents and of those `screen` refuses
    /// and, with `slots`, zeroes their accumulators (`clearWindow` zeroes only those of the
    /// documents returned).
    private mutating func screenOut(bits: UnsafeMutablePointer<UInt64>, slots: UnsafeMutablePointer<SearchScratch.Slot>?) throws {
        if deleted != nil, let window = try deleted!.window(at: base) {
            for w in 0..<(Self.windowSize >> 6) {
                let gone = bits[w] & UInt64(littleEndian: window.loadUnaligned(fromByteOffset: w << 3, as: UInt64.self))
                guard gone != 0 else { continue }
                bits[w] &= ~gone
                if let slots { Self.zero(gone, word: w, slots: slots) }
            }
        }
        guard let screen else { return }
        let words = Self.windowSize >> 6
        guard let slots else { return try screen(base, words, bits) }
        try withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { buffer in
            let before = buffer.baseAddress!
            before.update(from: bits, count: words)
            try screen(base, words, bits)
            for w in 0..<words where before[w] != bits[w] { Self.zero(before[w] & ~bits[w], word: w, slots: slots) }
        }
    }

    /// Zeroes the accumulators of the documents of `bits` in word `word` of the window.
    private static func zero(_ bits: UInt64, word w: Int, slots: UnsafeMutablePointer<SearchScratch.Slot>) {
        var bits = bits
        while bits != 0 {
            slots[w << 6 | bits.trailingZeroBitCount] = .zero
            bits &= bits &- 1
        }
    }

    /// Writes the current window's documents marked in `bits` to the scratch's matches,
    /// ascending, clears the bits, and returns how many there are.
    private func listMatches(bits: UnsafeMutablePointer<UInt64>) -> Int {
        let matches = scratch.matches
        var count = 0
        for w in 0..<(Self.windowSize >> 6) {
            var word = bits[w]
            guard word != 0 else { continue }
            bits[w] = 0
            while word != 0 {
                matches[count] = base | UInt32(truncatingIfNeeded: w << 6 | word.trailingZeroBitCount)
                count += 1
                word &= word &- 1
            }
        }
        return count
    }

    /// Zeroes the accumulators of the window last returned.
    mutating func clearWindow() {
        let slots = scratch.slots, matches = scratch.matches
        for i in 0..<matchCount { slots[Int(matches[i] &- base)] = .zero }
        matchCount = 0
        scratch.dirty = false
    }

    /// Adds one term's scores to the window's accumulators, stopping at the window's end.
    @inline(__always)
    private func accumulate(_ lane: Lane, _ scoring: Scoring, factors: UnsafeBufferPointer<Float>,
                            slots: UnsafeMutablePointer<SearchScratch.Slot>, bits: UnsafeMutablePointer<UInt64>) throws {
        let block = lane.block, tables = self.tables
        let fieldMask = scoring.fieldMask
        try lane.forEachPosting(inWindowFrom: base) { i, offset in
            guard block.masks[i] & fieldMask != 0 else { return }
            let weighted = Self.weightedFrequency(block, i, fieldMask: fieldMask, factors: factors)
            Self.add(scoring.weight * tables.saturate(weighted), fields: block.masks[i], at: offset, scoring, slots: slots, bits: bits)
        }
    }

    /// The weighted frequency (`Bm25fTables`) of posting `i` of `block` in the fields of `fieldMask`.
    @inline(__always)
    private static func weightedFrequency(_ block: DecodedBlock, _ i: Int, fieldMask: UInt8, factors: UnsafeBufferPointer<Float>) -> Float {
        var mask = block.masks[i]
        var e = Int(block.entryStarts[i])
        var weighted: Float = 0
        while mask != 0 {
            let f = mask.trailingZeroBitCount
            if fieldMask & (1 << UInt8(f)) != 0 {
                weighted += Float(block.frequencies[e]) * factors[f &* 256 &+ Int(block.norms[e])]
            }
            e += 1
            mask &= mask &- 1
        }
        return weighted
    }

    /// Adds one term's scores to the documents of the window already matched (`essentialLanes`:
    /// the others cannot reach the top k) and marks the others in `counted` only, stopping at the
    /// window's end.
    @inline(__always)
    private func accumulateMatched(_ lane: Lane, _ scoring: Scoring, factors: UnsafeBufferPointer<Float>,
                                   slots: UnsafeMutablePointer<SearchScratch.Slot>, bits: UnsafeMutablePointer<UInt64>,
                                   counted: UnsafeMutablePointer<UInt64>) throws {
        let block = lane.block, tables = self.tables
        let fieldMask = scoring.fieldMask
        try lane.forEachPosting(inWindowFrom: base) { i, offset in
            guard block.masks[i] & fieldMask != 0 else { return }
            guard slots[Int(offset)].matched != 0 else {
                counted[Int(offset >> 6)] |= 1 << UInt64(offset & 63)
                return
            }
            let weighted = Self.weightedFrequency(block, i, fieldMask: fieldMask, factors: factors)
            Self.add(scoring.weight * tables.saturate(weighted), fields: block.masks[i], at: offset, scoring, slots: slots, bits: bits)
        }
    }

    /// Adds `score` to the accumulator at `offset` in the window for a posting in `fields`: marks
    /// the document matched, covers its word when `fields` has a name field, counts the word once.
    @inline(__always)
    private static func add(_ score: Float, fields: UInt8, at offset: UInt32, _ scoring: Scoring,
                            slots: UnsafeMutablePointer<SearchScratch.Slot>, bits: UnsafeMutablePointer<UInt64>) {
        let slot = slots + Int(offset)
        if slot.pointee.matched == 0 { bits[Int(offset >> 6)] |= 1 << UInt64(offset & 63) }
        slot.pointee.score += score
        if fields & scoring.coverageFields != 0 { slot.pointee.covered |= scoring.coverageBit }
        if slot.pointee.stamp != scoring.stamp {
            slot.pointee.stamp = scoring.stamp
            slot.pointee.matched &+= scoring.increment
        }
    }

    /// Adds a multi-word synonym's scores to the window's accumulators, as a term of its word.
    private func accumulate(_ lane: PhraseLane, _ scoring: Scoring, factors: UnsafeBufferPointer<Float>,
                            slots: UnsafeMutablePointer<SearchScratch.Slot>, bits: UnsafeMutablePointer<UInt64>) {
        let phrase = lane.phrase, base = self.base
        var i = lane.position
        while i < phrase.docs.count {
            let offset = phrase.docs[i] &- base
            if offset >= UInt32(Self.windowSize) { break }
            Self.add(scoring.weight * tables.saturate(phrase.weightedFrequency(i, factors: factors)), fields: phrase.masks[i], at: offset, scoring,
                     slots: slots, bits: bits)
            i += 1
        }
        lane.position = i
    }

    /// Marks, in the window's slots, the word `bit` as typed for the matches (documents already
    /// touched) whose name fields have the written-form term of `lane`; a written form alone never
    /// matches, and its postings before the window are skipped.
    private func markTyped(_ lane: Lane, bit: UInt32, slots: UnsafeMutablePointer<SearchScratch.Slot>) throws {
        let block = lane.block, base = self.base
        let end = UInt64(base) + UInt64(Self.windowSize)
        while true {
            if block.lastDoc < base {
                try lane.advanceBlock(skippingBelow: base)
                if lane.exhausted { return }
                continue
            }
            var i = lane.position
            let count = block.count
            while i < count {
                let doc = block.docs[i]
                if UInt64(doc) >= end { break }
                if doc >= base, block.masks[i] & nameFields != 0 {
                    let slot = slots + Int(doc &- base)
                    if slot.pointee.matched != 0 { slot.pointee.typed |= bit }
                }
                i += 1
            }
            lane.position = i
            if i < count { return }
            try lane.advanceBlock(skippingBelow: base)
            if lane.exhausted { return }
        }
    }
}

