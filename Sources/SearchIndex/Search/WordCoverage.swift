/// How much of the query a product's name covers, as a score factor.
///
/// A document's BM25F score is multiplied by `1 + weight × covered / words`, where `words` is the
/// number of query words found in the index and `covered` how many of them occur in a field that
/// names the product (`Schema.TextField.namesProduct`: title, brand, sku). BM25F sums saturated
/// per-term scores, so a title repeating two of three words can outscore one holding all three;
/// shoppers mean the product that has every word they typed in its name. Measured on the Home
/// Depot judgments (all queries, no per-query tuning): +0.013 NDCG@10 at weight 0.5, the default.
///
/// Only the first 32 query words count (a bit each per document). The factor of `n` covered
/// words comes from one table, so every collector multiplies by the same `Float`: top-k paths and
/// exhaustive scoring stay bit-identical.
struct WordCoverage {
    /// Text fields that name the product.
    let fieldMask: UInt8
    /// `factors[n]`: the factor of a document covering n words.
    private let factors: [Float]

    /// Words (by query word index) counted, of the words in `resolvedWords`.
    static let maximumWords = 32

    /// The coverage of a query whose found terms belong to `resolvedWords` (word indexes).
    init(fieldMask: UInt8, weight: Double, resolvedWords: some Sequence<Int>) {
        let words = Set(resolvedWords.filter { $0 < Self.maximumWords }).count
        self.fieldMask = weight > 0 && words > 0 ? fieldMask : 0
        factors = (0...max(words, 0)).map { Float(1 + weight * Double($0) / Double(max(words, 1))) }
    }

    /// The factor of a document whose covered words are the set bits of `covered`.
    @inline(__always)
    func factor(_ covered: UInt32) -> Float {
        factors[min(covered.nonzeroBitCount, factors.count - 1)]
    }

    /// The largest factor of a document containing terms of at most `lists` posting lists (each
    /// list belongs to one word, so it covers at most `lists` words): a valid bound for pruning.
    @inline(__always)
    func bound(lists: Int) -> Float {
        fieldMask == 0 ? 1 : factors[min(lists, factors.count - 1)]
    }

    /// The bit of `word` when a posting in `fields` covers it, else 0.
    @inline(__always)
    func bit(word: Int, fields: UInt8) -> UInt32 {
        word < Self.maximumWords && fields & fieldMask != 0 ? 1 << UInt32(word) : 0
    }
}
