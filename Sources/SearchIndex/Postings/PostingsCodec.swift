/// The on-disk format of postings: all the bit-level and unsafe code of the index lives here.
///
/// A term's posting list is cut into blocks of at most 128 documents. Each block is one LMDB value
/// (key: term id + the block's last doc id, see `IndexLayout`), so the B-tree is the skip list:
/// seeking to a doc id is a cursor seek, and appending a document rewrites only the last block.
/// The value is the block followed by its positions (`encodePositions`): one LMDB entry per block
/// instead of two (an entry costs 18 bytes of key and node header, as much as a whole block of a
/// rare term). A scorer decodes the block and never reads past it. A term whose whole list is one
/// small value keeps it inline in its `terms` entry instead (`TermInfo.inlinePostings`).
///
/// Block layout (multi-byte integers little-endian):
/// ```
/// u8   count - 1                      (1...128 documents)
/// u32  first doc id
/// u8   field union                    (bit f: some document of the block has the term in field f)
/// per field in the union, ascending:  u8 max term frequency (saturated at 255), u8 min norm code
/// u8   delta width w; (count-1) values of w bits: doc[i] - doc[i-1] - 1
/// u8   mask width: 0 = every document's field mask equals the union; 8 = one mask byte per document
/// u8   frequency width w; one (frequency - 1) of w bits per (document, field in its mask)
/// u8   norm code per (document, field in its mask)
/// ```
/// The per-field maxima make a query-time upper bound of the block's best score (block-max WAND)
/// without decoding the block. Positions follow the block (`encodePositions`) and are read only by
/// phrase and proximity scoring: per (document, field), its positions as varints, the first
/// absolute and the rest as gaps.
public enum PostingsCodec {
    /// Documents per block.
    public static let blockSize = 128

    // MARK: Blocks

    /// Appends the encoding of documents `range` of `list` to `out`.
    public static func encodeBlock(_ list: PostingList, docs range: Range<Int>, into out: inout [UInt8]) {
        precondition(!range.isEmpty && range.count <= blockSize)
        let entries = entryRange(list, docs: range)
        var union: UInt8 = 0
        for i in range { union |= list.masks[i] }
        out.append(UInt8(range.count - 1))
        appendLE(list.docs[range.lowerBound], to: &out)
        out.append(union)
        // Block-max data per field.
        var maxTF = [UInt32](repeating: 0, count: 8)
        var minNorm = [UInt8](repeating: 255, count: 8)
        var entry = entries.lowerBound
        for i in range {
            var mask = list.masks[i]
            while mask != 0 {
                let f = mask.trailingZeroBitCount
                maxTF[f] = max(maxTF[f], list.frequencies[entry])
                minNorm[f] = min(minNorm[f], list.norms[entry])
                entry += 1
                mask &= mask - 1
            }
        }
        for f in 0..<8 where union & (1 << f) != 0 {
            out.append(UInt8(min(maxTF[f], 255)))
            out.append(minNorm[f])
        }
        // Doc deltas.
        var deltas: [UInt32] = []
        deltas.reserveCapacity(range.count)
        for i in range.dropFirst() { deltas.append(list.docs[i] - list.docs[i - 1] - 1) }
        appendPacked(deltas, to: &out)
        // Masks.
        if range.allSatisfy({ list.masks[$0] == union }) {
            out.append(0)
        } else {
            out.append(8)
            out.append(contentsOf: list.masks[range])
        }
        // Frequencies and norms.
        appendPacked(list.frequencies[entries].map { $0 - 1 }, to: &out)
        out.append(contentsOf: list.norms[entries])
    }

    /// Appends the positions of documents `range` of `list` to `out` (see the type comment).
    public static func encodePositions(_ list: PostingList, docs range: Range<Int>, into out: inout [UInt8]) {
        let entries = entryRange(list, docs: range)
        var p = positionStart(list, entry: entries.lowerBound)
        for e in entries {
            var previous: UInt32 = 0
            for k in 0..<Int(list.frequencies[e]) {
                let position = list.positions[p]
                appendVarint(k == 0 ? position : position - previous, to: &out)
                previous = position
                p += 1
            }
        }
    }

    /// The index range into `frequencies`/`norms` of documents `range`.
    static func entryRange(_ list: PostingList, docs range: Range<Int>) -> Range<Int> {
        var start = 0
        for i in 0..<range.lowerBound { start += list.masks[i].nonzeroBitCount }
        var end = start
        for i in range { end += list.masks[i].nonzeroBitCount }
        return start..<end
    }

    static func positionStart(_ list: PostingList, entry: Int) -> Int {
        var p = 0
        for e in 0..<entry { p += Int(list.frequencies[e]) }
        return p
    }

    /// Reads just the header of an encoded block: document count, first doc id, field union and
    /// per-field block-max data, without decoding documents. Precondition: `bytes` is a block
    /// written by `encodeBlock` (`decodeBlock` checks the length first).
    @inlinable
    public static func header(_ bytes: UnsafeRawBufferPointer) -> BlockHeader {
        var header = BlockHeader()
        header.count = Int(bytes[0]) + 1
        header.firstDoc = bytes.loadUnaligned(fromByteOffset: 1, as: UInt32.self).littleEndian
        header.fieldUnion = bytes[5]
        var offset = 6
        var union = header.fieldUnion
        while union != 0 {
            let f = union.trailingZeroBitCount
            header.setMax(field: f, frequency: bytes[offset], norm: bytes[offset + 1])
            offset += 2
            union &= union - 1
        }
        header.bodyOffset = offset
        return header
    }

    /// Decodes a whole block at the start of `bytes` into `block` (reusing its storage); the bytes
    /// after it are its positions (`block.positionsOffset`). Returns false when the bytes do not
    /// start with a well-formed block (a corrupt value is reported, never read out of bounds).
    public static func decodeBlock(_ bytes: UnsafeRawBufferPointer, into block: DecodedBlock) -> Bool {
        guard bytes.count >= 7, bytes.count >= 7 + 2 * bytes[5].nonzeroBitCount else { return false }
        let header = header(bytes)
        guard header.bodyOffset < bytes.count else { return false }
        let count = header.count
        block.header = header
        block.count = count
        var offset = header.bodyOffset
        // Doc ids.
        block.docs[0] = header.firstDoc
        guard let deltaEnd = unpack(bytes, at: offset, count: count - 1, into: block.docs + 1) else { return false }
        offset = deltaEnd
        var doc = header.firstDoc
        for i in 1..<count {
            doc &+= block.docs[i] &+ 1
            block.docs[i] = doc
        }
        // Masks.
        guard offset < bytes.count else { return false }
        let maskWidth = bytes[offset]
        offset += 1
        var entries = 0
        if maskWidth == 0 {
            for i in 0..<count { block.masks[i] = header.fieldUnion }
            entries = count * header.fieldUnion.nonzeroBitCount
        } else {
            guard maskWidth == 8, offset + count <= bytes.count else { return false }
            for i in 0..<count {
                let mask = bytes[offset + i]
                block.masks[i] = mask
                entries += mask.nonzeroBitCount
            }
            offset += count
        }
        guard entries <= DecodedBlock.entryCapacity else { return false }
        block.entryCount = entries
        // Frequencies and norms.
        guard let tfEnd = unpack(bytes, at: offset, count: entries, into: block.frequencies) else { return false }
        offset = tfEnd
        guard offset + entries <= bytes.count else { return false }
        block.positionsOffset = offset + entries
        for e in 0..<entries {
            block.frequencies[e] &+= 1
            block.norms[e] = bytes[offset + e]
        }
        var start = 0
        for i in 0..<count {
            block.entryStarts[i] = UInt16(start)
            start += block.masks[i].nonzeroBitCount
        }
        block.entryStarts[count] = UInt16(start)
        return true
    }

    /// Decodes the positions of a block already decoded from the same `bytes` (they follow the
    /// block). Returns false on malformed bytes.
    public static func decodePositions(_ bytes: UnsafeRawBufferPointer, block: DecodedBlock) -> Bool {
        decodePositions(bytes, block: block, entries: 0..<block.entryCount, at: block.positionsOffset) == bytes.count
    }

    /// Decodes the positions of one document (`document`, an index into the block) of a block
    /// already decoded from the same `bytes`, stepping over the varints of the entries before it
    /// without decoding them: afterwards `positionStarts` and `positions` hold that document's
    /// entries only. Proximity scoring reads one document of a block; decoding all 128 documents'
    /// positions for it was most of its cost. Returns false on malformed bytes.
    public static func decodePositions(_ bytes: UnsafeRawBufferPointer, block: DecodedBlock, document: Int) -> Bool {
        guard document >= 0, document < block.count else { return false }
        let first = Int(block.entryStarts[document]), end = Int(block.entryStarts[document + 1])
        var skip = 0
        for e in 0..<first { skip += Int(block.frequencies[e]) }
        var offset = block.positionsOffset
        // Every varint ends at its first byte below 0x80.
        while skip > 0 {
            guard offset < bytes.count else { return false }
            if bytes[offset] < 0x80 { skip -= 1 }
            offset += 1
        }
        return decodePositions(bytes, block: block, entries: first..<end, at: offset) != nil
    }

    /// Decodes the positions of `entries` (consecutive), starting at `offset` in `bytes`, into
    /// `block.positions` from its start, with `positionStarts[entries]` and the end after them.
    /// Returns the offset after the last varint, or nil on malformed bytes.
    private static func decodePositions(_ bytes: UnsafeRawBufferPointer, block: DecodedBlock, entries: Range<Int>, at offset: Int) -> Int? {
        var total = 0
        for e in entries { total += Int(block.frequencies[e]) }
        block.reservePositions(total)
        var offset = offset
        var p = 0
        for e in entries {
            block.positionStarts[e] = UInt32(p)
            var previous: UInt32 = 0
            for k in 0..<Int(block.frequencies[e]) {
                guard let (value, next) = readVarint(bytes, at: offset) else { return nil }
                offset = next
                previous = k == 0 ? value : previous &+ value
                block.positions[p] = previous
                p += 1
            }
        }
        block.positionStarts[entries.upperBound] = UInt32(p)
        return offset
    }

    // MARK: Bit packing

    /// Appends `u8 width` then `values` packed with that many bits each, least significant first.
    static func appendPacked(_ values: [UInt32], to out: inout [UInt8]) {
        let width = bitWidth(values.max() ?? 0)
        out.append(UInt8(width))
        guard width > 0 else { return }
        var accumulator: UInt64 = 0
        var bits = 0
        for value in values {
            accumulator |= UInt64(value) << bits
            bits += width
            while bits >= 8 {
                out.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator >>= 8
                bits -= 8
            }
        }
        if bits > 0 { out.append(UInt8(truncatingIfNeeded: accumulator)) }
    }

    /// Reads `u8 width` at `offset` and `count` packed values into `out`. Returns the offset after
    /// them, or nil if the bytes run out or the width is invalid.
    @inlinable
    static func unpack(_ bytes: UnsafeRawBufferPointer, at offset: Int, count: Int, into out: UnsafeMutablePointer<UInt32>) -> Int? {
        guard offset < bytes.count else { return nil }
        let width = Int(bytes[offset])
        guard width <= 32 else { return nil }
        let start = offset + 1
        let byteCount = (count * width + 7) / 8
        guard start + byteCount <= bytes.count else { return nil }
        if width == 0 {
            out.update(repeating: 0, count: count)
            return start
        }
        let mask: UInt64 = (1 << UInt64(width)) - 1
        // One unaligned 64-bit load per value while 8 bytes remain (a value spans at most
        // 32 + 7 bits), byte by byte for the last few.
        var bit = 0
        var i = 0
        let fastEnd = bytes.count - 8
        while i < count {
            let byte = start + (bit >> 3)
            if byte <= fastEnd {
                let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: byte, as: UInt64.self))
                out[i] = UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask)
            } else {
                var value: UInt64 = 0
                var shift = 0
                var p = byte
                while shift < width + (bit & 7), p < start + byteCount {
                    value |= UInt64(bytes[p]) << UInt64(shift)
                    shift += 8
                    p += 1
                }
                out[i] = UInt32(truncatingIfNeeded: (value >> UInt64(bit & 7)) & mask)
            }
            bit += width
            i += 1
        }
        return start + byteCount
    }

    /// Bits needed for `value` (0 for 0).
    @inlinable
    static func bitWidth(_ value: UInt32) -> Int { 32 - value.leadingZeroBitCount }

    // MARK: Integers

    static func appendLE(_ value: UInt32, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    /// Appends `value` as a LEB128 varint.
    public static func appendVarint(_ value: UInt32, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    /// Reads a LEB128 varint at `offset`; nil when truncated or longer than 5 bytes.
    @inlinable
    public static func readVarint(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> (UInt32, Int)? {
        var result: UInt32 = 0
        var shift: UInt32 = 0
        var p = offset
        while p < bytes.count, shift < 35 {
            let byte = bytes[p]
            p += 1
            result |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { return (result, p) }
            shift += 7
        }
        return nil
    }
}
