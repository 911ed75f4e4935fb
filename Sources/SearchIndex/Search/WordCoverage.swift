/// How much of the query a product's name covers, and how much of it as typed, as a score factor.
///
/// A document's BM25F score is multiplied by `(1 + weight × covered / words) × (1 + writtenWeight
/// × typed / words)`, where `words` is the number of query words found in the index, `covered`
/// how many of them occur in a field that names the product (`Schema.TextField.namesProduct`:
/// title, brand, sku), and `typed` how many of those occur there as the shopper typed them, not
/// only as the same stem (`WrittenForm`).
///
/// Coverage: BM25F sums saturated per-term scores, so a title repeating two of three words can
/// outscore one holding all three; shoppers mean the product that has every word they typed in
/// its name. Written form: stemming conflates "terminator" with "terminal" and "drills" with
/// "drill"; the name that has the very words typed is the better answer. Measured on the Home
/// Depot judgments (all queries, no per-query tuning, `aisle eval`): coverage +0.013 NDCG@10 at
/// weight 0.5, the written form a further +0.003 at 0.3 (the defaults).
///
/// Only the first 32 query words count (a bit each per document). The factor comes from one
/// table, so every collector multiplies by the same `Float`: top-k paths and exhaustive scoring
/// stay bit-identical.
struct WordCoverage {
    /// Text fields that name the product.
    let fieldMask: UInt8
    /// Words (bits) whose term is how they were typed: covering them is having them as typed.
    let typedAsTerm: UInt32
    /// `factors[covered × (words + 1) + typed]`.
    private let factors: [Float]
    private let words: Int

    /// Words (by query word index) counted, of the words in `resolvedWords`.
    static let maximumWords = 32

    /// The coverage of a query whose found terms belong to `resolvedWords` (word indexes);
    /// `typedAsTerm` has the bit of each word whose term is the word as typed
    /// (`QueryPlan.Written.asTerm`).
    init(fieldMask: UInt8, weight: Double, writtenWeight: Double = 0, typedAsTerm: UInt32 = 0, resolvedWords: some Sequence<Int>) {
        var found: UInt32 = 0
        for word in resolvedWords where word >= 0 && word < Self.maximumWords { found |= 1 << UInt32(word) }
        let words = found.nonzeroBitCount
        // The covered words are tracked even at weight 0: `ProximityBoost` reads them.
        self.fieldMask = words > 0 ? fieldMask : 0
        self.typedAsTerm = typedAsTerm
        self.words = words
        var factors: [Float] = []
        for covered in 0...words {
            for typed in 0...words {
                let coverage = 1 + max(weight, 0) * Double(covered) / Double(max(words, 1))
                let written = 1 + max(writtenWeight, 0) * Double(min(typed, covered)) / Double(max(words, 1))
                factors.append(Float(coverage * written))
            }
        }
        self.factors = factors
    }

    /// The factor of a document whose covered words are the set bits of `covered`, and whose
    /// name has the words of `typed` as written-form terms (a subset of `covered`).
    @inline(__always)
    func factor(_ covered: UInt32, typed: UInt32 = 0) -> Float {
        let c = min(covered.nonzeroBitCount, words)
        let t = min(((covered & typedAsTerm) | (typed & covered)).nonzeroBitCount, words)
        return factors[c &* (words &+ 1) &+ t]
    }

    /// The largest factor of a document containing terms of at most `lists` posting lists (each
    /// list belongs to one word, so it covers at most `lists` words): a valid bound for pruning.
    @inline(__always)
    func bound(lists: Int) -> Float {
        guard fieldMask != 0 else { return 1 }
        let n = min(lists, words)
        return factors[n &* (words &+ 1) &+ n]
    }

    /// The bit of `word` when a posting in `fields` covers it, else 0.
    @inline(__always)
    func bit(word: Int, fields: UInt8) -> UInt32 {
        word < Self.maximumWords && fields & fieldMask != 0 ? 1 << UInt32(word) : 0
    }
}
