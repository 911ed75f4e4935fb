/// Index-wide counts that scoring and the writer need, stored in `meta` under `statistics`.
///
/// Layout: u64 live documents, u64 deleted documents, u32 next doc id, u32 next term id,
/// u32 column registry version, then 8 × u64 total length of each text field over live
/// documents — all little-endian.
public struct IndexStatistics: Sendable, Equatable {
    /// Documents that are searchable.
    public var liveDocuments: UInt64 = 0
    /// Doc ids marked deleted (their postings stay until a rebuild).
    public var deletedDocuments: UInt64 = 0
    /// The doc id the next added document gets (= doc ids ever assigned).
    public var nextDoc: UInt32 = 0
    /// The term id the next new term gets.
    public var nextTerm: UInt32 = 0
    /// Incremented whenever a column is registered, so readers know when to reload the registry.
    public var columnsVersion: UInt32 = 0
    /// Sum of each text field's length (words) over live documents.
    public var totalFieldLengths: [UInt64] = Array(repeating: 0, count: 8)

    /// Empty statistics.
    public init() {}

    /// The average length of text field `field` over live documents (1 when empty).
    public func averageLength(field: Int) -> Double {
        guard liveDocuments > 0, totalFieldLengths[field] > 0 else { return 1 }
        return Double(totalFieldLengths[field]) / Double(liveDocuments)
    }

    static let encodedSize = 8 + 8 + 4 + 4 + 4 + 64

    init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count == Self.encodedSize else { return nil }
        liveDocuments = ByteCoding.readLE(bytes, at: 0, as: UInt64.self)
        deletedDocuments = ByteCoding.readLE(bytes, at: 8, as: UInt64.self)
        nextDoc = ByteCoding.readLE(bytes, at: 16, as: UInt32.self)
        nextTerm = ByteCoding.readLE(bytes, at: 20, as: UInt32.self)
        columnsVersion = ByteCoding.readLE(bytes, at: 24, as: UInt32.self)
        totalFieldLengths = (0..<8).map { ByteCoding.readLE(bytes, at: 28 + 8 * $0, as: UInt64.self) }
    }

    var encoded: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Self.encodedSize)
        ByteCoding.appendLE(liveDocuments, to: &out)
        ByteCoding.appendLE(deletedDocuments, to: &out)
        ByteCoding.appendLE(nextDoc, to: &out)
        ByteCoding.appendLE(nextTerm, to: &out)
        ByteCoding.appendLE(columnsVersion, to: &out)
        for length in totalFieldLengths { ByteCoding.appendLE(length, to: &out) }
        return out
    }
}
