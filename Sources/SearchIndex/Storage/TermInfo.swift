/// The `terms` database value of one term: its id, how many documents contain it (deleted ones
/// included until the next rebuild, as in Lucene), and per text field the largest term frequency
/// and smallest norm code over its whole list: the term-wide score bound used by WAND.
///
/// Layout: varint term id, varint doc frequency, u8 field union, then per field in the union
/// (ascending) u8 max frequency (saturated at 255) and u8 min norm code, then to the end the
/// inline postings (empty for most terms with more than a few documents). Varints because most
/// terms are rare: a term found in a few documents takes 2–3 bytes for both instead of 8.
struct TermInfo: Equatable {
    var termID: UInt32
    var documentFrequency: UInt32
    /// Score bounds in the same packed form as a block header.
    var bounds: BlockHeader
    /// The term's whole posting list when it is one small block: a `postings` value (the block and
    /// its positions, see `PostingsCodec`) kept here, so that a rare term costs one LMDB entry
    /// instead of two and is read without a second B-tree lookup. Empty when the list is in
    /// `postings`.
    var inlinePostings: [UInt8] = []

    /// The largest value kept inline: a one-document block with its positions takes 12–20 bytes,
    /// the 18 bytes of key and node header saved are worth it up to a few documents.
    static let inlineLimit = 48

    init(termID: UInt32) {
        self.termID = termID
        documentFrequency = 0
        bounds = BlockHeader()
    }

    init?(_ bytes: UnsafeRawBufferPointer) {
        guard let (termID, afterID) = PostingsCodec.readVarint(bytes, at: 0),
              let (documentFrequency, afterFrequency) = PostingsCodec.readVarint(bytes, at: afterID),
              afterFrequency < bytes.count else { return nil }
        self.termID = termID
        self.documentFrequency = documentFrequency
        var header = BlockHeader()
        header.fieldUnion = bytes[afterFrequency]
        var offset = afterFrequency + 1
        guard bytes.count >= offset + 2 * header.fieldUnion.nonzeroBitCount else { return nil }
        var union = header.fieldUnion
        while union != 0 {
            header.setMax(field: union.trailingZeroBitCount, frequency: bytes[offset], norm: bytes[offset + 1])
            offset += 2
            union &= union - 1
        }
        bounds = header
        if offset < bytes.count { inlinePostings = Array(bytes[offset...]) }
    }

    var encoded: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(11 + 16)
        PostingsCodec.appendVarint(termID, to: &out)
        PostingsCodec.appendVarint(documentFrequency, to: &out)
        out.append(bounds.fieldUnion)
        var union = bounds.fieldUnion
        while union != 0 {
            let f = union.trailingZeroBitCount
            out.append(bounds.maxFrequency(field: f))
            out.append(bounds.minNorm(field: f))
            union &= union - 1
        }
        out.append(contentsOf: inlinePostings)
        return out
    }

    /// Widens the bounds to cover documents `range` of `list`.
    mutating func include(_ list: PostingList, docs range: Range<Int>) {
        var entry = PostingsCodec.entryRange(list, docs: 0..<range.lowerBound).upperBound
        var header = BlockHeader()
        header.fieldUnion = bounds.fieldUnion
        var maxTF = (0..<8).map { bounds.fieldUnion & (1 << $0) != 0 ? bounds.maxFrequency(field: $0) : 0 }
        var minNorm = (0..<8).map { bounds.fieldUnion & (1 << $0) != 0 ? bounds.minNorm(field: $0) : 255 }
        for i in range {
            var mask = list.masks[i]
            header.fieldUnion |= mask
            while mask != 0 {
                let f = mask.trailingZeroBitCount
                maxTF[f] = max(maxTF[f], UInt8(min(list.frequencies[entry], 255)))
                minNorm[f] = min(minNorm[f], list.norms[entry])
                entry += 1
                mask &= mask - 1
            }
        }
        for f in 0..<8 where header.fieldUnion & (1 << f) != 0 {
            header.setMax(field: f, frequency: maxTF[f], norm: minNorm[f])
        }
        bounds = header
        documentFrequency += UInt32(range.count)
    }
}
