/// A decoded postings block in fixed, reused storage: the scorer decodes every block into the same
/// instance, so reading postings allocates nothing per block or per document.
///
/// Not thread-safe; one per scorer. Pointers stay valid for the instance's lifetime.
public final class DecodedBlock {
    /// At most 128 documents × 8 fields.
    public static let entryCapacity = PostingsCodec.blockSize * 8

    /// Header of the block last decoded.
    @exclusivity(unchecked) public var header = BlockHeader()
    /// Documents in the block.
    @exclusivity(unchecked) public var count = 0
    /// Entries (document, field) in the block.
    @exclusivity(unchecked) public var entryCount = 0
    /// Where the block's positions start in the value it was decoded from.
    @exclusivity(unchecked) public var positionsOffset = 0
    /// Whether the block keeps documents and masks only (`PostingsCodec.encodeBlock(_:docs:presenceOnly:into:)`).
    @exclusivity(unchecked) var presenceOnly = false
    /// Whether the block's positions are bit-packed rather than varints.
    @exclusivity(unchecked) var positionsPacked = false
    /// Whether every entry's frequency is 1 (a presence-only block, or frequencies packed with
    /// width 0): then the positions before an entry are as many as the entries before it.
    @exclusivity(unchecked) public var unitFrequencies = false
    /// Doc ids, `count` of them.
    public let docs: UnsafeMutablePointer<UInt32>
    /// Field masks, one per document.
    public let masks: UnsafeMutablePointer<UInt8>
    /// Index of each document's first entry; `entryStarts[count]` is `entryCount`.
    public let entryStarts: UnsafeMutablePointer<UInt16>
    /// Term frequency per entry.
    public let frequencies: UnsafeMutablePointer<UInt32>
    /// Norm code per entry.
    public let norms: UnsafeMutablePointer<UInt8>
    /// Start of each entry's positions in `positions`; filled by `decodePositions`.
    public let positionStarts: UnsafeMutablePointer<UInt32>
    /// Positions of all entries, filled by `decodePositions`.
    @exclusivity(unchecked) public private(set) var positions: UnsafeMutablePointer<UInt32>
    @exclusivity(unchecked) private var positionCapacity: Int

    /// Allocates the storage.
    public init() {
        let n = PostingsCodec.blockSize
        docs = .allocate(capacity: n)
        masks = .allocate(capacity: n)
        entryStarts = .allocate(capacity: n + 1)
        frequencies = .allocate(capacity: Self.entryCapacity)
        norms = .allocate(capacity: Self.entryCapacity)
        positionStarts = .allocate(capacity: Self.entryCapacity + 1)
        positionCapacity = 1024
        positions = .allocate(capacity: positionCapacity)
    }

    deinit {
        docs.deallocate(); masks.deallocate(); entryStarts.deallocate()
        frequencies.deallocate(); norms.deallocate(); positionStarts.deallocate(); positions.deallocate()
    }

    func reservePositions(_ total: Int) {
        guard total > positionCapacity else { return }
        positions.deallocate()
        positionCapacity = max(total, positionCapacity * 2)
        positions = .allocate(capacity: positionCapacity)
    }

    /// The last doc id of the block.
    public var lastDoc: UInt32 { docs[count - 1] }
}
