/// The fixed part of an encoded postings block: enough to bound its scores and locate its documents
/// without decoding them.
public struct BlockHeader: Sendable, Equatable {
    /// Documents in the block (1...128).
    public var count = 0
    /// The smallest doc id of the block.
    public var firstDoc: UInt32 = 0
    /// Bit f set when some document of the block has the term in text field f.
    public var fieldUnion: UInt8 = 0
    /// Per field: the largest term frequency in the block (saturated at 255), packed 8 bits a field.
    public var maxFrequencies: UInt64 = 0
    /// Per field: the smallest norm code in the block, packed 8 bits a field.
    public var minNorms: UInt64 = 0
    /// Byte offset where the document data starts.
    public var bodyOffset = 0

    /// Creates an empty header.
    public init() {}

    @inlinable
    mutating func setMax(field: Int, frequency: UInt8, norm: UInt8) {
        maxFrequencies |= UInt64(frequency) << UInt64(field * 8)
        minNorms |= UInt64(norm) << UInt64(field * 8)
    }

    /// The largest term frequency of `field` in the block.
    @inlinable
    public func maxFrequency(field: Int) -> UInt8 { UInt8(truncatingIfNeeded: maxFrequencies >> UInt64(field * 8)) }

    /// The smallest norm code of `field` in the block.
    @inlinable
    public func minNorm(field: Int) -> UInt8 { UInt8(truncatingIfNeeded: minNorms >> UInt64(field * 8)) }
}
