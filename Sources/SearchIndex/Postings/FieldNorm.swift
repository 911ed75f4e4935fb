/// Field lengths (token counts) quantized to one byte.
///
/// Scoring reads a field's length for every candidate document; one byte keeps postings small and
/// lets a query precompute its length-normalisation factors for all 256 codes once (see
/// `Bm25fTables`). Lengths up to 32 are exact — product titles and brands live there, where one
/// token more or less matters; above that the code grows logarithmically (steps of 6 %), which is
/// far finer than BM25's sensitivity to length. Encoding is monotonic: a longer field never gets a
/// smaller code, which block-max pruning relies on (the smallest code in a block bounds its score).
public enum FieldNorm {
    static let exactLimit = 32
    static let growth = 1.06

    /// The one-byte code of a field length. Monotonic non-decreasing in `length`.
    @inlinable
    public static func encode(_ length: Int) -> UInt8 {
        if length <= 32 { return UInt8(max(length, 0)) }
        return encodeLarge(length)
    }

    @usableFromInline
    static func encodeLarge(_ length: Int) -> UInt8 {
        // Smallest code whose representative length is >= length, clamped to 255.
        let steps = (log(Double(length) / Double(exactLimit)) / log(growth)).rounded(.up)
        return UInt8(min(255, exactLimit + Int(steps)))
    }

    /// The representative length of every code (`decodeTable[Int(code)]`).
    public static let decodeTable: [Double] = (0..<256).map { code in
        code <= exactLimit ? Double(code) : Double(exactLimit) * pow(growth, Double(code - exactLimit))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
