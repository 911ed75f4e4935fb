/// Where every matching live document goes: the filter decides whether it counts, facets count
/// it (each ignoring its own field's clauses), and the top k keep the best under the sort order.
struct MatchSink {
    /// Top-level AND clauses of the filter (at most 64; extra ones are folded into the last).
    let clauses: [CompiledFilter]
    let facets: [FacetCounter]
    let sortReader: NumericColumnReader?
    let descending: Bool
    let after: SearchCursor?
    /// Business signals with their column readers.
    let signals: [(RankingSignal, NumericColumnReader)]
    var top: TopK
    var total = 0

    init(clauses: [CompiledFilter], facets: [FacetCounter], sortReader: NumericColumnReader?, descending: Bool, after: SearchCursor?,
         signals: [(RankingSignal, NumericColumnReader)], k: Int) {
        self.signals = signals
        self.clauses = clauses
        self.facets = facets
        self.sortReader = sortReader
        self.descending = descending
        self.after = after
        top = TopK(capacity: k)
        isPlain = clauses.isEmpty && facets.isEmpty && sortReader == nil && after == nil && signals.isEmpty
    }

    /// No filter, facet, field sort or cursor: every offer just counts and competes on score.
    private let isPlain: Bool

    /// The factor `1 + Σ weight × signal` of `doc`.
    func boost(_ doc: UInt32) throws -> Float {
        var boost = 1.0
        for (signal, reader) in signals { boost += signal.weight * signal.signal(try reader.value(doc)) }
        return Float(boost)
    }

    /// Whether `doc` passes every filter clause (used by collectors that prune).
    func passes(_ doc: UInt32) throws -> Bool {
        for clause in clauses where try !clause.matches(doc) { return false }
        return true
    }

    /// Offers a matching live document with its relevance score.
    @inline(__always)
    mutating func offer(_ doc: UInt32, score: Float) throws {
        if isPlain {
            total += 1
            top.insert(score: score, doc: doc)
            return
        }
        var failing: UInt64 = 0
        if facets.isEmpty {
            if try !passes(doc) { return }
        } else {
            for (i, clause) in clauses.enumerated() where try !clause.matches(doc) { failing |= 1 << UInt64(i) }
            for facet in facets where failing & ~facet.ownClauses == 0 { try facet.count(doc) }
            guard failing == 0 else { return }
        }
        total += 1
        var score = score
        if !signals.isEmpty { score *= try boost(doc) }
        let key: Double
        if let sortReader {
            let value = try sortReader.value(doc)
            key = value.isNaN ? -.infinity : (descending ? value : -value)
        } else {
            key = Double(score)
        }
        if let after, !(key < after.key || (key == after.key && doc > after.doc)) { return }
        top.insert(key: key, score: score, doc: doc)
    }
}
