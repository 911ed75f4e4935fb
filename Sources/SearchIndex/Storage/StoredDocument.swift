/// What a result page needs about one document, and what a delete needs to undo its statistics.
/// The `documents` database keeps these encodings in blocks, ids apart and the rest compressed
/// (`DocumentBlock`).
///
/// Layout: varint external-id length, external id UTF-8, u8 text field count n, n varint field
/// lengths (words), then the stored JSON bytes to the end.
public struct StoredDocument: Sendable, Equatable {
    /// The caller's id.
    public var id: String
    /// Words per text field.
    public var fieldLengths: [UInt32]
    /// The document's stored JSON.
    public var json: [UInt8]

    /// A stored document.
    public init(id: String, fieldLengths: [UInt32], json: [UInt8]) {
        self.id = id
        self.fieldLengths = fieldLengths
        self.json = json
    }

    var encoded: [UInt8] {
        var out: [UInt8] = []
        let idCount = id.utf8.count
        out.reserveCapacity(idCount + json.count + 16)
        PostingsCodec.appendVarint(UInt32(idCount), to: &out)
        out.append(contentsOf: id.utf8)
        out.append(UInt8(fieldLengths.count))
        for length in fieldLengths { PostingsCodec.appendVarint(length, to: &out) }
        out.append(contentsOf: json)
        return out
    }

    /// An encoding's external id bytes and the rest (its body: field lengths and JSON), as
    /// `DocumentBlock` stores them apart. An encoding too short for its id length gives the
    /// whole encoding as the id and an empty body (never written: `encoded` is always whole).
    static func splitID(_ encoding: [UInt8]) -> (id: ArraySlice<UInt8>, body: ArraySlice<UInt8>) {
        guard let (length, after) = encoding.withUnsafeBytes({ PostingsCodec.readVarint($0, at: 0) }),
              after + Int(length) <= encoding.count else { return (encoding[...], []) }
        return (encoding[after..<(after + Int(length))], encoding[(after + Int(length))...])
    }

    /// The document of `id` from its body (an encoding without its id: `splitID`); nil when the
    /// body is malformed.
    init?(id: String, body: UnsafeRawBufferPointer) {
        guard let fieldCount = body.first.map(Int.init) else { return nil }
        var offset = 1
        var lengths: [UInt32] = []
        lengths.reserveCapacity(fieldCount)
        for _ in 0..<fieldCount {
            guard let (length, next) = PostingsCodec.readVarint(body, at: offset) else { return nil }
            lengths.append(length)
            offset = next
        }
        self.id = id
        fieldLengths = lengths
        json = Array(body[offset...])
    }
}
