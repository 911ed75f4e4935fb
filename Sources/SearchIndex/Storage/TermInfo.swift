/// The `terms` database value of one term: its id, how many documents contain it (deleted ones
/// included until the next rebuild, as in Lucene), and per text field the largest term frequency
/// and smallest norm code over its whole list: the term-wide score bound used by WAND.
///
/// Layout: varint term id, then either
/// - varint doc frequency (≥ 1), u8 field union, per field in the union (ascending) u8 max
///   frequency (saturated at 255) and u8 min norm code: the list is in `postings`; or
/// - varint 0, then to the end the whole list as one `postings` value (`inlinePostings`): the
///   doc frequency is the block's document count and the bounds are its header's, so a rare term
///   does not store them twice.
///
/// Varints because most terms are rare: a term found in a few documents takes 2–3 bytes for its
/// id instead of 4.
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
        if documentFrequency == 0 {
            let block = UnsafeRawBufferPointer(rebasing: bytes[afterFrequency...])
            guard block.count >= 7, block.count >= 7 + 2 * block[5].nonzeroBitCount else { return nil }
            let header = PostingsCodec.header(block)
            self.documentFrequency = UInt32(header.count)
            bounds = BlockHeader()
            bounds.fieldUnion = header.fieldUnion
            bounds.maxFrequencies = header.maxFrequencies
            bounds.minNorms = header.minNorms
            inlinePostings = Array(block)
            return
        }
        self.documentFrequency = documentFrequency
        var header = BlockHeader()
        header.fieldUnion = bytes[afterFrequency]
        var offset = afterFrequency + 1
        guard bytes.count == offset + 2 * header.fieldUnion.nonzeroBitCount else { return nil }
        var union = header.fieldUnion
        while union != 0 {
            header.setMax(field: union.trailingZeroBitCount, frequency: bytes[offset], norm: bytes[offset + 1])
            offset += 2
            union &= union - 1
        }
        bounds = header
    }

    /// The encoded value. An inline list must be one block whose header bounds the term: the
    /// writers put a list inline only when it is the term's whole list.
    var encoded: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(11 + max(16, inlinePostings.count))
        PostingsCodec.appendVarint(termID, to: &out)
        if !inlinePostings.isEmpty {
            out.append(0)
            out.append(contentsOf: inlinePostings)
            return out
        }
        PostingsCodec.appendVarint(documentFrequency, to: &out)
        out.append(bounds.fieldUnion)
        var union = bounds.fieldUnion
        while union != 0 {
            let f = union.trailingZeroBitCount
            out.append(bounds.maxFrequency(field: f))
            out.append(bounds.minNorm(field: f))
            union &= union - 1
        }
        return out
    }

    /// Widens the bounds to cover documents `range` of `list`.
    mutating func include(_ list: PostingList, docs range: Range<Int>) {
        var entry = PostingsCodec.BlockStart(list, document: range.lowerBound).entry
        var union = bounds.fieldUnion
        var maxTF = bounds.maxFrequencies, minNorm = bounds.minNorms
        for i in range {
            var mask = list.masks[i]
            while mask != 0 {
                let f = mask.trailingZeroBitCount
                let shift = UInt64(f * 8), byte: UInt64 = 0xFF << shift
                let tf = UInt64(min(list.frequencies[entry], 255)), norm = UInt64(list.norms[entry])
                let isNew = union & (1 << f) == 0
                union |= 1 << f
                if isNew || tf > (maxTF & byte) >> shift { maxTF = maxTF & ~byte | tf << shift }
                if isNew || norm < (minNorm & byte) >> shift { minNorm = minNorm & ~byte | norm << shift }
                entry += 1
                mask &= mask - 1
            }
        }
        bounds = BlockHeader()
        bounds.fieldUnion = union
        bounds.maxFrequencies = maxTF
        bounds.minNorms = minNorm
        documentFrequency += UInt32(range.count)
    }
}
