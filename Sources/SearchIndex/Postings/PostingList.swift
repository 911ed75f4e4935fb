/// An in-memory posting list of one term: the documents that contain it, and for each document
/// the text fields it occurs in with their term frequency, quantized field length and positions.
///
/// Documents are appended in strictly increasing doc-id order (the writer assigns ids in order);
/// the codec cuts the list into blocks of `PostingsCodec.blockSize`.
public struct PostingList: Sendable, Equatable {
    /// Document ids, strictly increasing.
    public var docs: [UInt32] = []
    /// Per document: bit `f` set when the term occurs in text field `f` (at most 8 text fields).
    public var masks: [UInt8] = []
    /// Per (document, field in its mask, ascending field order): term frequency (≥ 1).
    public var frequencies: [UInt32] = []
    /// Per (document, field in its mask): the field's length code (`FieldNorm`).
    public var norms: [UInt8] = []
    /// Per (document, field): `frequency` positions, ascending; concatenated.
    public var positions: [UInt32] = []

    /// An empty list.
    public init() {}

    /// Number of documents.
    public var count: Int { docs.count }

    /// Appends one document. `fields` lists (field, frequency, norm code, positions) in ascending
    /// field order; `positions.count` must equal the frequency. Precondition: `doc` is greater
    /// than every document already in the list.
    public mutating func append(doc: UInt32, fields: [(field: UInt8, norm: UInt8, positions: [UInt32])]) {
        precondition(docs.last.map { doc > $0 } ?? true, "doc ids must increase")
        var mask: UInt8 = 0
        for entry in fields {
            precondition(entry.field < 8 && mask & (1 << entry.field) == 0 && !entry.positions.isEmpty)
            mask |= 1 << entry.field
            frequencies.append(UInt32(entry.positions.count))
            norms.append(entry.norm)
            positions.append(contentsOf: entry.positions)
        }
        docs.append(doc)
        masks.append(mask)
    }
}
