/// What a result page needs about one document, and what a delete needs to undo its statistics.
/// The `documents` database keeps these encodings in compressed blocks (`DocumentBlock`).
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

    /// Decodes a stored document; nil when malformed.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard let (idLength, afterLength) = PostingsCodec.readVarint(bytes, at: 0),
              afterLength + Int(idLength) < bytes.count else { return nil }
        id = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[afterLength..<(afterLength + Int(idLength))]), as: UTF8.self)
        var offset = afterLength + Int(idLength)
        let fieldCount = Int(bytes[offset])
        offset += 1
        var lengths: [UInt32] = []
        for _ in 0..<fieldCount {
            guard let (length, next) = PostingsCodec.readVarint(bytes, at: offset) else { return nil }
            lengths.append(length)
            offset = next
        }
        fieldLengths = lengths
        json = Array(bytes[offset...])
    }
}
