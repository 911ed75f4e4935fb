import LMDB

/// How closely a product's name follows the query, as a score factor.
///
/// For each pair of consecutive query words found in the index ("cordless" "drill"), the pair is
/// adjacent in a document when some field that names the product (`Schema.TextField.namesProduct`)
/// has a term of the second word right after a term of the first. A document's score is multiplied
/// by `1 + weight × adjacent pairs / pairs`. BM25F treats a title as a bag of words, so "drill bit
/// for cordless drill" and "cordless drill" look alike to it; shoppers type names in the order
/// products are named. Only the order and adjacency of the words typed count, in name fields only:
/// a description that happens to repeat two query words side by side says little about the
/// product. Measured on the Home Depot judgments (all queries, weight 0.3, the default,
/// `aisle eval`): NDCG@10 +0.007 on top of word coverage (0.4169 -> 0.4237).
///
/// The factor lies in `[1, 1 + weight]` and comes from one table, so every collector multiplies by
/// the same `Float`; collectors that prune use `bound` and read positions only for a document
/// whose score times `bound` can still enter the top k (positions are stored after each postings
/// block and decoded only then).
final class ProximityBoost {
    /// Consecutive pairs of found query words that some document may have side by side (both
    /// words have terms in a common name field somewhere in the index), as bits of
    /// `WordCoverage`'s covered set.
    private let pairs: [(first: UInt32, second: UInt32)]
    /// `factors[n]`: the factor of a document with n adjacent pairs (out of every consecutive
    /// pair of found words, possible or not: a pair that can never be adjacent still counts).
    private let factors: [Float]
    /// Position readers of each query word's terms, by word index.
    private let readers: [[TermPositionReader]]
    /// `readers` flattened, word after word, unretained (`readers` keeps them alive), and each
    /// word's range in it: `load` calls them without a retain and release per reader, which were
    /// 3% of a Home Depot search's samples, a quarter of the proximity factor's (`scripts/ab.sh`,
    /// 6 rounds, same results: p50 0.98x, p99 0.98x).
    private let flatReaders: [Unmanaged<TermPositionReader>]
    private let wordReaders: [Range<Int>]
    /// Reused per `factor` call: the name-field positions (field << 32 | position) of the pair's
    /// first and second word. Unchecked for exclusivity: a boost serves one search on one thread
    /// (another thread gets a `copy`), and the dynamic checks cost a tenth of Home Depot's
    /// median search (ARCHITECTURE.md, "One search").
    @exclusivity(unchecked) private var before: [UInt64] = []
    @exclusivity(unchecked) private var after: [UInt64] = []
    private let nameFields: UInt8

    /// The boost of a query whose terms found in the index are `terms` (in word order), over the
    /// text fields of `nameFields`. No pair (fewer than two found words among the first
    /// `WordCoverage.maximumWords`), a zero weight or no name field make every factor 1. With
    /// `blocks` (each term's blocks, parallel to `terms`), positions are read from those blocks
    /// without seeking, decoded into `scratch`'s position buffers.
    init(terms: [ResolvedTerm], blocks: [TermBlocks]? = nil, scratch: SearchScratch? = nil, nameFields: UInt8, weight: Double, txn: ReadTransaction,
         layout: IndexLayout) throws {
        // The found words in order, as bits (at most `WordCoverage.maximumWords` of them).
        var wordBits: UInt64 = 0
        for term in terms where term.word < WordCoverage.maximumWords { wordBits |= 1 << UInt64(term.word) }
        var words: [Int] = []
        while wordBits != 0 {
            words.append(wordBits.trailingZeroBitCount)
            wordBits &= wordBits &- 1
        }
        self.nameFields = nameFields
        guard weight > 0, nameFields != 0, words.count >= 2 else {
            pairs = []
            factors = [1]
            readers = []
            flatReaders = []
            wordReaders = []
            return
        }
        let pairCount = words.count - 1
        // A pair whose words share no name field in any document is never adjacent: dropping it
        // here tightens every bound (a brand in the title and a model code in the sku field, say,
        // made thousands of products candidates whose positions were read for nothing).
        var fields = [UInt8](repeating: 0, count: (words.last ?? 0) + 1)
        for term in terms where term.word < WordCoverage.maximumWords { fields[term.word] |= term.info.bounds.fieldUnion & term.fieldMask }
        pairs = zip(words, words.dropFirst()).filter { fields[$0] & fields[$1] & nameFields != 0 }
            .map { (UInt32(1) << UInt32($0), UInt32(1) << UInt32($1)) }
        factors = (0...pairCount).map { Float(1 + weight * Double($0) / Double(pairCount)) }
        let cursor = try txn.cursor(layout.postings)
        var readers = [[TermPositionReader]](repeating: [], count: (words.last ?? 0) + 1)
        let buffers = blocks == nil ? nil : scratch?.positionBlocks(terms.count)
        // One reader per distinct term of a word (a word's terms are few: a linear check).
        for (i, term) in terms.enumerated()
        where term.word < WordCoverage.maximumWords && !readers[term.word].contains(where: { $0.termID == term.info.termID }) {
            let reader: TermPositionReader
            if let blocks, let buffers {
                reader = TermPositionReader(blocks[i], block: buffers[buffers.startIndex + i])
            } else {
                reader = TermPositionReader(term.info, cursor: cursor)
            }
            readers[term.word].append(reader)
        }
        self.readers = readers
        (flatReaders, wordReaders) = Self.flatten(readers)
    }

    private static func flatten(_ readers: [[TermPositionReader]]) -> ([Unmanaged<TermPositionReader>], [Range<Int>]) {
        var flat: [Unmanaged<TermPositionReader>] = []
        flat.reserveCapacity(readers.reduce(0) { $0 + $1.count })
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(readers.count)
        for word in readers {
            ranges.append(flat.count..<flat.count + word.count)
            for reader in word { flat.append(Unmanaged.passUnretained(reader)) }
        }
        return (flat, ranges)
    }

    private init(pairs: [(first: UInt32, second: UInt32)], factors: [Float], readers: [[TermPositionReader]], nameFields: UInt8) {
        self.pairs = pairs
        self.factors = factors
        self.readers = readers
        (flatReaders, wordReaders) = Self.flatten(readers)
        self.nameFields = nameFields
    }

    /// A boost with the same factors reading positions through readers of its own, for computing
    /// factors on another thread while this one is used; nil when its readers seek through a
    /// cursor (made without `blocks`).
    func copy() -> ProximityBoost? {
        var copies: [[TermPositionReader]] = []
        for word in readers {
            var copied: [TermPositionReader] = []
            for reader in word {
                guard let copy = reader.copy() else { return nil }
                copied.append(copy)
            }
            copies.append(copied)
        }
        return ProximityBoost(pairs: pairs, factors: factors, readers: copies, nameFields: nameFields)
    }

    /// Whether `copy` gives a copy: every reader finds its blocks in memory (`TermBlocks`).
    var isCopyable: Bool { readers.allSatisfy { $0.allSatisfy(\.isCopyable) } }

    /// Whether some document can get a factor above 1.
    var isActive: Bool { !pairs.isEmpty }

    /// The largest factor of any document (`1` when inactive).
    var bound: Float { factors[pairs.count] }

    /// The largest factor of a document covering the words `covered`: pairs missing a word
    /// cannot be adjacent. Settling the top k by this bound reads positions for fewer documents.
    @inline(__always)
    func bound(_ covered: UInt32) -> Float {
        var possible = 0
        for (first, second) in pairs where covered & first != 0 && covered & second != 0 { possible += 1 }
        return factors[possible]
    }

    /// Whether a document covering the words `covered` in its name fields (see `WordCoverage`)
    /// may have an adjacent pair: both words of some pair covered.
    @inline(__always)
    func mayBoost(_ covered: UInt32) -> Bool {
        pairs.contains { covered & $0.first != 0 && covered & $0.second != 0 }
    }

    /// The factor of `doc`, whose name fields cover the words `covered`: reads the positions of
    /// the covered words' terms, each word's once (consecutive pairs share a word), allocating
    /// nothing once its buffers have grown.
    func factor(_ doc: UInt32, covered: UInt32) throws -> Float {
        guard mayBoost(covered) else { return 1 }
        var adjacent = 0
        var loaded = -1
        for (first, second) in pairs where covered & first != 0 && covered & second != 0 {
            let firstWord = first.trailingZeroBitCount, secondWord = second.trailingZeroBitCount
            if loaded == firstWord {
                swap(&before, &after)
            } else {
                try load(firstWord, doc: doc, into: &before)
            }
            try load(secondWord, doc: doc, into: &after)
            loaded = secondWord
            if before.contains(where: { after.contains($0 &+ 1) }) { adjacent += 1 }
        }
        return factors[adjacent]
    }

    /// Fills `positions` with the name-field positions of `word`'s terms in `doc`, as
    /// field << 32 | position (a position + 1 stays in its field: positions are far below 2³²).
    private func load(_ word: Int, doc: UInt32, into positions: inout [UInt64]) throws {
        positions.removeAll(keepingCapacity: true)
        let nameFields = self.nameFields
        for r in wordReaders[word] {
            try flatReaders[r]._withUnsafeGuaranteedRef { reader in
                try reader.forEachField(of: doc) { field, list in
                    guard nameFields & (1 << field) != 0 else { return }
                    for position in list { positions.append(UInt64(field) << 32 | UInt64(position)) }
                }
            }
        }
    }
}
