/// Document-at-a-time collectors over `TermPostings`.
///
/// Scores are summed over a document's matching terms in the order the iterators were created
/// (query word order), exactly as the term-at-a-time collector adds them, so every path ranks
/// identically — the oracle tests rely on bit-identical scores.
enum DocumentAtATime {
    /// Bounds are inflated by this factor before pruning, so that float rounding in a bound's
    /// summation order can never prune a document that belongs in the top k.
    static let boundSlack: Float = 1.0001

    /// Block-max WAND (Ding & Suel, 2011): the top `k` of a disjunction (a document matches with
    /// any term), skipping every block whose best possible score cannot enter the top k.
    /// Returns the top k and how many documents were fully scored (not the total).
    ///
    /// `proximity` is applied to a scored document only when its score times the proximity bound
    /// can still enter the top k; every bound includes it once two lists can meet.
    ///
    /// `written` are the query words' written-form lists (`WrittenForm`; their `word` says
    /// whose), read only to tell which covered words a scored document has as typed.
    static func blockMaxWand(_ postings: [TermPostings], written: [TermPostings] = [], k: Int, factors: UnsafeBufferPointer<Float>,
                             coverage: WordCoverage, proximity: ProximityBoost, isDeleted: (UInt32) throws -> Bool) throws -> (top: TopK, scored: Int) {
        var top = TopK(capacity: k)
        var scored = 0
        guard k > 0 else { return (top, 0) }
        var sorted = postings.filter { $0.doc != TermPostings.exhausted }
        while true {
            sortByDoc(&sorted)
            let threshold = top.threshold
            // Pivot: the first position where the running sum of list maxima can beat the threshold.
            var bound: Float = 0
            var pivot = -1
            for i in 0..<sorted.count {
                if sorted[i].doc == TermPostings.exhausted { break }
                bound += sorted[i].maxScore
                if Double(bound * factorBound(lists: i + 1, coverage, proximity)) > threshold { pivot = i; break }
            }
            guard pivot >= 0 else { break }
            let pivotDoc = sorted[pivot].doc
            while pivot + 1 < sorted.count, sorted[pivot + 1].doc == pivotDoc { pivot += 1 }
            var blockBound: Float = 0
            for i in 0...pivot { blockBound += try sorted[i].shallowAdvance(to: pivotDoc) }
            if Double(blockBound * factorBound(lists: pivot + 1, coverage, proximity)) > threshold {
                if sorted[0].doc == pivotDoc {
                    if try !isDeleted(pivotDoc) {
                        var (score, covered) = try scoreAndCoverage(postings, written: written, doc: pivotDoc, factors: factors, coverage: coverage)
                        if proximity.mayBoost(covered), top.admits(key: Double(score * proximity.bound(covered)), doc: pivotDoc) {
                            score *= try proximity.factor(pivotDoc, covered: covered)
                        }
                        top.insert(score: score, doc: pivotDoc)
                        scored += 1
                    }
                    for i in 0...pivot { try sorted[i].next() }
                } else {
                    for i in 0..<pivot where sorted[i].doc < pivotDoc { try sorted[i].advance(to: pivotDoc) }
                }
            } else {
                // No document up to the nearest block end (or the next list's document) can enter.
                var next = TermPostings.exhausted
                for i in 0...pivot where sorted[i].blockLastDoc < TermPostings.exhausted {
                    next = min(next, sorted[i].blockLastDoc + 1)
                }
                if pivot + 1 < sorted.count { next = min(next, sorted[pivot + 1].doc) }
                next = max(next, pivotDoc + 1)
                for i in 0...pivot where sorted[i].doc < next { try sorted[i].advance(to: next) }
            }
        }
        return (top, scored)
    }

    /// The largest factor (word coverage × proximity, with the rounding slack) of a document in
    /// at most `lists` posting lists: proximity needs two words, so two lists.
    @inline(__always)
    private static func factorBound(lists: Int, _ coverage: WordCoverage, _ proximity: ProximityBoost) -> Float {
        coverage.bound(lists: lists) * (lists >= 2 ? proximity.bound : 1) * boundSlack
    }

    /// A conjunction: documents that contain, for every word, at least one of its terms
    /// (`words[w]` lists word w's alternatives). Leapfrogs with `advance(to:)`, so a rare word
    /// skips most blocks of a common one. Calls `onMatch` with every match, its score and the
    /// words its name fields cover (`WordCoverage`), in doc-id order.
    static func conjunction(_ words: [[TermPostings]], all postings: [TermPostings], written: [TermPostings] = [], factors: UnsafeBufferPointer<Float>,
                            coverage: WordCoverage, onMatch: (UInt32, Float, UInt32) throws -> Void) throws {
        guard !words.isEmpty, words.allSatisfy({ !$0.isEmpty }) else { return }
        // Rarest word first: it proposes the candidates.
        let order = words.sorted { documentFrequency($0) < documentFrequency($1) }
        var target: UInt32 = 0
        search: while true {
            for word in order {
                for alternative in word where alternative.doc < target { try alternative.advance(to: target) }
                let doc = minimumDoc(word)
                if doc == TermPostings.exhausted { break search }
                if doc > target {
                    target = doc
                    continue search
                }
            }
            let (score, covered) = try scoreAndCoverage(postings, written: written, doc: target, factors: factors, coverage: coverage)
            try onMatch(target, score, covered)
            if target == TermPostings.exhausted - 1 { break }
            target += 1
        }
    }

    /// The sum, in creation order, of the scores of the lists positioned on `doc`, times the
    /// document's word coverage factor; and the words its name fields cover. Moves the
    /// `written` lists of covered words to `doc` (so `doc` must not decrease between calls).
    @inline(__always)
    static func scoreAndCoverage(_ postings: [TermPostings], written: [TermPostings], doc: UInt32, factors: UnsafeBufferPointer<Float>,
                                 coverage: WordCoverage) throws -> (score: Float, covered: UInt32) {
        var total: Float = 0
        var covered: UInt32 = 0
        for p in postings where p.doc == doc {
            total += p.score(factors: factors)
            covered |= coverage.bit(word: p.word, fields: p.fieldMask)
        }
        var typed: UInt32 = 0
        for p in written {
            let bit = coverage.bit(word: p.word, fields: 0xFF)
            guard covered & bit != 0 else { continue }
            try p.advance(to: doc)
            if p.doc == doc, p.fieldMask & coverage.fieldMask != 0 { typed |= bit }
        }
        return (total * coverage.factor(covered, typed: typed), covered)
    }

    private static func minimumDoc(_ word: [TermPostings]) -> UInt32 {
        word.reduce(TermPostings.exhausted) { min($0, $1.doc) }
    }

    private static func documentFrequency(_ word: [TermPostings]) -> UInt64 {
        word.reduce(0) { $0 + UInt64($1.documentFrequency) }
    }

    /// Insertion sort by current doc: the lists are nearly sorted between steps.
    private static func sortByDoc(_ lists: inout [TermPostings]) {
        guard lists.count > 1 else { return }
        for i in 1..<lists.count {
            let item = lists[i]
            var j = i - 1
            while j >= 0, lists[j].doc > item.doc {
                lists[j + 1] = lists[j]
                j -= 1
            }
            lists[j + 1] = item
        }
    }
}
