/// Per-query BM25F constants: for every text field and every norm code, the factor that turns a
/// term frequency into its weighted, length-normalised contribution. Built once per search from
/// the index-wide average field lengths, so scoring a posting is a table lookup and a multiply.
///
/// BM25F (Robertson & Zaragoza): for a term t and document d,
/// `tf~ = Σ_f w_f · tf_f / (1 − b_f + b_f · len_f / avglen_f)` and
/// `score = idf(t) · tf~ · (k1 + 1) / (tf~ + k1)`, with `idf = ln(1 + (N − df + 0.5) / (df + 0.5))`.
struct Bm25fTables {
    /// `factors[f * 256 + code] = w_f / (1 − b_f + b_f · len(code) / avglen_f)`.
    let factors: [Float]
    let k1: Float
    let documentCount: Double

    init(schema: Schema, statistics: IndexStatistics) {
        var factors = [Float](repeating: 0, count: 8 * 256)
        for (f, field) in schema.textFields.enumerated() {
            let average = statistics.averageLength(field: f)
            let b = field.lengthNormalization
            for code in 0..<256 {
                let length = FieldNorm.decodeTable[code]
                factors[f * 256 + code] = Float(field.weight / (1 - b + b * length / average))
            }
        }
        self.factors = factors
        k1 = Float(schema.k1)
        documentCount = Double(max(statistics.liveDocuments, 1))
    }

    /// The inverse document frequency of a term in `documentFrequency` documents.
    func idf(documentFrequency: UInt32) -> Float {
        let df = min(Double(documentFrequency), documentCount)
        return Float(log(1 + (documentCount - df + 0.5) / (df + 0.5)))
    }

    /// The saturated score of a weighted frequency.
    @inline(__always)
    func saturate(_ weightedFrequency: Float) -> Float {
        weightedFrequency * (k1 + 1) / (weightedFrequency + k1)
    }

    /// An upper bound of the weighted frequency of any document covered by `bounds` (a block
    /// header or a term's whole-list bounds): max frequency over min length in every field.
    func maxWeightedFrequency(_ bounds: BlockHeader) -> Float {
        var total: Float = 0
        var union = bounds.fieldUnion
        while union != 0 {
            let f = union.trailingZeroBitCount
            // A stored maximum of 255 means "255 or more": bound it by the saturation limit instead.
            let frequency = bounds.maxFrequency(field: f)
            total += (frequency == 255 ? 1e9 : Float(frequency)) * factors[f * 256 + Int(bounds.minNorm(field: f))]
            union &= union - 1
        }
        return total
    }
}

#if canImport(Glibc)
import Glibc
#endif
