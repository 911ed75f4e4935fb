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
    /// Appends the entry of one term: `fields` lists (field, norm code, positions ascending) in
    /// ascending field order, every positions list non-empty.
    static func append(_ fields: some Sequence<(field: UInt8, norm: UInt8, positions: ArraySlice<UInt32>)>, to out: inout [UInt8]) {
        let maskOffset = out.count
        out.append(0)
        var mask: UInt8 = 0
        for entry in fields {
            precondition(entry.field < 8 && mask & (1 << entry.field) == 0 && !entry.positions.isEmpty)
            mask |= 1 << entry.field
            PostingsCodec.appendVarint(UInt32(entry.positions.count), to: &out)
            out.append(entry.norm)
            var previous: UInt32 = 0
            for (k, position) in entry.positions.enumerated() {
                PostingsCodec.appendVarint(k == 0 ? position : position - previous, to: &out)
                previous = position
            }
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
