/// Where every matching live document goes: the filter decides whether it counts, facets count
/// it (each ignoring its own field's clauses), and the top k keep the best under the sort order.
///
/// Facets count once all matches are in (`countFacets`), over the collected documents in one
/// pass per facet: counting document by document as they arrive looked each document's column
/// chunk up again per facet, and was four fifths of a faceted search on a million products.
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
    /// Facets only: documents passing every clause, in the order offered.
    private var passing: [UInt32] = []
    /// Facets only: documents failing some clauses that some facet ignores, with those clauses.
    private var partial: [(doc: UInt32, failing: UInt64)] = []
    /// The union of the facets' own clauses: a document failing anything else counts nowhere.
    private let facetClauses: UInt64
    /// Every offered doc id is below it.
    private let documentLimit: UInt32

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
            guard failing == 0 else {
                if failing & ~facetClauses == 0 { partial.append((doc, failing)) }
                return
            }
            passing.append(doc)
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

    /// Counts every facet over the documents offered so far; call once, after the last offer.
    ///
    /// Documents are counted in ascending order: term-at-a-time offers them in first-touch order,
    /// and reading columns in doc id order turns cache misses into sequential reads (measured: a
    /// third of the facet time on a million products).
    func countFacets() throws {
        guard !facets.isEmpty else { return }
        try Self.ascending(passing, documentLimit: documentLimit).withUnsafeBufferPointer { docs in
            for facet in facets { try facet.count(docs) }
        }
        guard !partial.isEmpty else { return }
        for facet in facets {
            let docs = partial.compactMap { $0.failing & ~facet.ownClauses == 0 ? $0.doc : nil }
            try Self.ascending(docs, documentLimit: documentLimit).withUnsafeBufferPointer { try facet.count($0) }
        }
    }

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
