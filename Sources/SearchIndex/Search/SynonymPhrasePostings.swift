import LMDB

/// The documents where a multi-word synonym (`QueryPlan.PhraseAlternative`) occurs: its terms in
/// order at their offsets, in one text field, found at query time by intersecting the terms'
/// posting lists and reading their positions. Per document and field it keeps how often the
/// phrase occurs there and the field's norm, so the phrase is scored like one more term of its
/// word: BM25F with the phrase's own document frequency as idf.
///
/// Built in full before scoring (its idf needs the count), so only term-at-a-time, which visits
/// every match anyway, runs queries with such synonyms: it adds a word's phrases right after the
/// word's terms, so a document counts the word once and sums its scores in the same order as
/// `Index.explain`.
struct SynonymPhrasePostings {
    /// Index of the query word it stands in for.
    let word: Int
    /// The phrase as indexed terms.
    let terms: [String]
    /// The alternative's weight (`QueryPlan.synonymWeight`, shared among the words of a match).
    let alternativeWeight: Float
    /// idf of the phrase (from the documents it occurs in).
    private(set) var idf: Float = 0
    /// idf × the alternative's weight.
    var weight: Float { idf * alternativeWeight }
    let required: Bool
    /// Text fields the word may match in.
    let fieldMask: UInt8
    /// Matching documents, ascending.
    private(set) var docs: [UInt32] = []
    /// Per document, the fields holding the phrase (bit per field).
    private(set) var masks: [UInt8] = []
    /// Per (document, field) in field order: occurrences and norm code.
    private(set) var entries: [(frequency: UInt32, norm: UInt8)] = []
    private var entryStarts: [Int] = []

    /// The occurrences of `alternative` for query word `word` in the snapshot `txn`; nil when one
    /// of its terms is not in the index (it matches nothing).
    init?(_ alternative: QueryPlan.PhraseAlternative, word: Int, of planWord: QueryPlan.Word, txn: ReadTransaction, layout: IndexLayout,
          tables: Bm25fTables) throws {
        var infos: [TermInfo] = []
        for term in alternative.terms {
            guard let raw = try txn.value(layout.terms, key: Array(term.utf8)) else { return nil }
            guard let info = TermInfo(raw) else { throw IndexError.corrupt("term entry of '\(term)'") }
            infos.append(info)
        }
        self.word = word
        terms = alternative.terms
        alternativeWeight = alternative.weight
        required = planWord.required
        fieldMask = planWord.fieldMask
        let lists = try infos.map { try TermPostings(term: $0, word: word, weight: 1, txn: txn, layout: layout, tables: tables) }
        let cursor = try txn.cursor(layout.postings)
        let readers = infos.map { TermPositionReader($0, cursor: cursor, wholeBlocks: true) }
        var positions = PositionBuffers(terms: infos.count)
        var doc = lists[0].doc
        search: while doc != TermPostings.exhausted {
            for list in lists.dropFirst() {
                try list.advance(to: doc)
                if list.doc == TermPostings.exhausted { break search }
                if list.doc != doc {
                    try lists[0].advance(to: list.doc)
                    doc = lists[0].doc
                    continue search
                }
            }
            try collect(doc, first: lists[0], readers: readers, offsets: alternative.offsets, positions: &positions)
            try lists[0].next()
            doc = lists[0].doc
        }
        idf = tables.idf(documentFrequency: UInt32(docs.count))
        entryStarts.append(entries.count)
    }

    /// Records `doc` when the phrase occurs in one of its fields (every term is known to be in
    /// it; `first` is the first term's postings, on `doc`).
    private mutating func collect(_ doc: UInt32, first: TermPostings, readers: [TermPositionReader], offsets: [Int],
                                  positions: inout PositionBuffers) throws {
        let fields = first.fieldMask & fieldMask
        guard fields != 0 else { return }
        for t in readers.indices {
            positions.clear(term: t)
            try readers[t].forEachField(of: doc) { field, found in
                if fields & (1 << field) != 0 { positions.append(found, term: t, field: Int(field)) }
            }
        }
        var mask: UInt8 = 0
        let start = entries.count
        var remaining = fields
        while remaining != 0 {
            let f = remaining.trailingZeroBitCount
            remaining &= remaining &- 1
            let occurrences = positions.occurrences(field: f, offsets: offsets)
            guard occurrences > 0, let norm = first.norm(field: UInt8(f)) else { continue }
            mask |= 1 << UInt8(f)
            entries.append((occurrences, norm))
        }
        guard mask != 0 else { return }
        docs.append(doc)
        masks.append(mask)
        entryStarts.append(start)
    }

    /// The BM25F score of the `i`th document, its fields restricted to the word's.
    func score(_ i: Int, factors: UnsafeBufferPointer<Float>, tables: Bm25fTables) -> Float {
        weight * tables.saturate(weightedFrequency(i, factors: factors))
    }

    /// Σ over the `i`th document's fields of occurrences × the field's weight and norm factor.
    func weightedFrequency(_ i: Int, factors: UnsafeBufferPointer<Float>) -> Float {
        var mask = masks[i]
        var e = entryStarts[i]
        var weighted: Float = 0
        while mask != 0 {
            let f = mask.trailingZeroBitCount
            weighted += Float(entries[e].frequency) * factors[f &* 256 &+ Int(entries[e].norm)]
            e += 1
            mask &= mask &- 1
        }
        return weighted
    }

    /// The (field, occurrences, norm code) entries of the `i`th document.
    func fieldEntries(_ i: Int) -> [(field: UInt8, frequency: UInt32, norm: UInt8)] {
        var result: [(field: UInt8, frequency: UInt32, norm: UInt8)] = []
        var mask = masks[i]
        var e = entryStarts[i]
        while mask != 0 {
            result.append((UInt8(mask.trailingZeroBitCount), entries[e].frequency, entries[e].norm))
            e += 1
            mask &= mask &- 1
        }
        return result
    }

    /// The index of `doc` in `docs`, if the phrase occurs in it.
    func position(of doc: UInt32) -> Int? {
        var low = 0, high = docs.count
        while low < high {
            let middle = (low + high) / 2
            if docs[middle] < doc { low = middle + 1 } else { high = middle }
        }
        return low < docs.count && docs[low] == doc ? low : nil
    }
}

/// One document's positions of each term of a phrase, per field, in buffers reused from document
/// to document.
private struct PositionBuffers {
    private var positions: [[UInt32]]
    /// `ranges[term * 8 + field]`: where that field's positions lie in `positions[term]`.
    private var ranges: [Range<Int>]
    /// Per term, the next position `occurrences` looks at (reused from call to call).
    private var next: [Int]

    init(terms: Int) {
        positions = Array(repeating: [], count: terms)
        ranges = Array(repeating: 0..<0, count: terms * 8)
        next = Array(repeating: 0, count: terms)
    }

    mutating func clear(term: Int) {
        positions[term].removeAll(keepingCapacity: true)
        for f in 0..<8 { ranges[term * 8 + f] = 0..<0 }
    }

    mutating func append(_ found: UnsafeBufferPointer<UInt32>, term: Int, field: Int) {
        let start = positions[term].count
        positions[term].append(contentsOf: found)
        ranges[term * 8 + field] = start..<positions[term].count
    }

    /// How often the phrase (term `t` at `offsets[t]` after the first) occurs in `field`. Positions
    /// are ascending, so each later term's cursor only moves forward.
    mutating func occurrences(field: Int, offsets: [Int]) -> UInt32 {
        for t in next.indices { next[t] = ranges[t * 8 + field].lowerBound }
        var count: UInt32 = 0
        starts: for start in positions[0][ranges[field]] {
            for t in 1..<positions.count {
                let wanted = start + UInt32(offsets[t])
                let end = ranges[t * 8 + field].upperBound
                while next[t] < end, positions[t][next[t]] < wanted { next[t] += 1 }
                if next[t] == end || positions[t][next[t]] != wanted { continue starts }
            }
            count += 1
        }
        return count
    }
}
