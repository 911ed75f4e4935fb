/// One document's postings entry for one term, without its doc id: the compact form the writer
/// carries from analysis (on all cores) to the single writer, and that bulk-build runs hold in
/// memory and spill to disk.
///
/// Layout: u8 field mask, then per field in the mask (ascending): varint term frequency, u8 norm
/// code, then `frequency` varint positions (the first absolute, the rest as gaps).
///
/// One flat byte form instead of arrays per term and field: analysis allocates nothing per term,
/// a run costs a few bytes per posting, and the writer copies bytes instead of rebuilding lists.
enum DocumentPostings {
    /// Appends the entry of one term from its occurrences in a document, each `(field << 32) |
    /// position`, in ascending order (at least one; a position repeated in a field counts once),
    /// with `norms[field]` as each field's norm code. Packed integers, not a list per field: analysis
    /// groups a document's occurrences by term in one counting sort and encodes each group in place.
    static func append(occurrences: UnsafeBufferPointer<UInt64>, norms: [UInt8], to out: inout [UInt8]) {
        let maskOffset = out.count
        out.append(0)
        var mask: UInt8 = 0
        var i = 0
        while i < occurrences.count {
            let field = occurrences[i] >> 32
            precondition(field < 8 && mask & (1 << UInt8(field)) == 0)
            // The field's run, and its distinct positions (the term frequency).
            var end = i + 1, frequency: UInt32 = 1
            while end < occurrences.count, occurrences[end] >> 32 == field {
                if occurrences[end] != occurrences[end - 1] { frequency += 1 }
                end += 1
            }
            mask |= 1 << UInt8(field)
            PostingsCodec.appendVarint(frequency, to: &out)
            out.append(norms[Int(field)])
            var previous: UInt32 = 0
            for k in i..<end where k == i || occurrences[k] != occurrences[k - 1] {
                let position = UInt32(truncatingIfNeeded: occurrences[k])
                PostingsCodec.appendVarint(k == i ? position : position - previous, to: &out)
                previous = position
            }
            i = end
        }
        out[maskOffset] = mask
    }

    /// Decodes the entry at `offset` of `bytes` and appends it to `list` as document `doc`.
    /// Returns the offset after the entry, or nil when the bytes are malformed (then `list` may
    /// hold part of the entry and must be discarded).
    static func decode(_ bytes: UnsafeRawBufferPointer, at offset: Int, doc: UInt32, into list: inout PostingList) -> Int? {
        guard offset < bytes.count else { return nil }
        let mask = bytes[offset]
        guard mask != 0 else { return nil }
        var p = offset + 1
        var remaining = mask
        while remaining != 0 {
            guard let (frequency, afterFrequency) = PostingsCodec.readVarint(bytes, at: p), frequency > 0,
                  afterFrequency < bytes.count else { return nil }
            list.frequencies.append(frequency)
            list.norms.append(bytes[afterFrequency])
            p = afterFrequency + 1
            var position: UInt32 = 0
            for k in 0..<Int(frequency) {
                guard let (value, next) = PostingsCodec.readVarint(bytes, at: p) else { return nil }
                position = k == 0 ? value : position &+ value
                list.positions.append(position)
                p = next
            }
            remaining &= remaining - 1
        }
        list.docs.append(doc)
        list.masks.append(mask)
        return p
    }
}
