/// The on-disk format of postings: all the bit-level and unsafe code of the index lives here.
///
/// A term's posting list is cut into blocks of at most 128 documents. Each block is one LMDB value
/// (key: term id + the block's last doc id, see `IndexLayout`), so the B-tree is the skip list:
/// seeking to a doc id is a cursor seek, and appending a document rewrites only the last block.
/// The value is the block followed by its positions: one LMDB entry per block
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
/// u8   flags (`Flags`): masks present, presence only, norms packed, positions packed
/// [masks present]   u8 field mask per document (else every document's mask is the union)
/// [presence only]   nothing more: every entry reads as frequency 1, norm code 0, position 0
/// u8   frequency width w; one (frequency - 1) of w bits per (document, field in its mask)
/// [norms packed]    u8 base, u8 width w, one (norm code - base) of w bits per entry
/// [else]            u8 norm code per entry
/// ```
/// The per-field maxima make a query-time upper bound of the block's best score (block-max WAND)
/// without decoding the block. Positions follow the block and are read only by phrase and
/// proximity scoring: per (document, field), its positions, the first absolute and the rest as
/// gaps, either as varints or (`positionsPacked`) as u8 width w then w bits each. The encoder
/// takes whichever of the two forms of norms and of positions is smaller.
///
/// A presence-only block (`encodeBlock(_:docs:presenceOnly:into:)`) keeps just documents and
/// field masks: written-form terms (`WrittenForm`) are read only to tell which documents have
/// them, never scored or matched as phrases.
public enum PostingsCodec {
    /// Documents per block.
    public static let blockSize = 128

    /// Bits of a block's flags byte.
    enum Flags {
        /// One field mask byte per document follows.
        static let masks: UInt8 = 0x08
        /// No frequencies, norms or positions follow.
        static let presenceOnly: UInt8 = 0x10
        /// Norm codes are bit-packed after a base.
        static let normsPacked: UInt8 = 0x20
        /// Positions are bit-packed instead of varints.
        static let positionsPacked: UInt8 = 0x40
        static let all: UInt8 = masks | presenceOnly | normsPacked | positionsPacked
    }

    // MARK: Blocks

    /// Appends the postings value of documents `range` of `list` to `out`: the block, then its
    /// positions. With `presenceOnly`, only the documents and their field masks are kept (see
    /// the type comment): such a block decodes with frequency 1, norm code 0 and position 0 per
    /// entry, and its header bounds say so.
    public static func encodeBlock(_ list: PostingList, docs range: Range<Int>, presenceOnly: Bool = false, into out: inout [UInt8]) {
        encodeBlock(list, docs: range, from: BlockStart(list, document: range.lowerBound), presenceOnly: presenceOnly, into: &out)
    }

    /// Where a document's entries and positions start in a `PostingList`: a writer cutting a long
    /// list into blocks carries it from block to block (`advanced(over:in:)`) instead of summing
    /// every earlier document's fields and frequencies for each block, which made encoding a
    /// list quadratic in its length.
    struct BlockStart: Equatable {
        /// The document's first index into `frequencies` and `norms`.
        var entry = 0
        /// The document's first index into `positions`.
        var position = 0

        /// The start of the list's first document.
        init() {}

        /// The start of document `document` of `list`, summed from the list's start.
        init(_ list: PostingList, document: Int) {
            self = BlockStart().advanced(over: 0..<document, in: list)
        }

        /// The start of the document after `documents`, which begin here.
        func advanced(over documents: Range<Int>, in list: PostingList) -> BlockStart {
            var next = self
            for i in documents { next.entry += Int(PostingsCodec.fieldCounts[Int(list.masks[i])]) }
            for e in entry..<next.entry { next.position += Int(list.frequencies[e]) }
            return next
        }
    }

    /// `encodeBlock(_:docs:presenceOnly:into:)` for documents `range` starting at `start`.
    static func encodeBlock(_ list: PostingList, docs range: Range<Int>, from start: BlockStart, presenceOnly: Bool = false,
                            into out: inout [UInt8]) {
        precondition(!range.isEmpty && range.count <= blockSize)
        let entries = start.entry..<start.advanced(over: range, in: list).entry
        var union: UInt8 = 0
        for i in range { union |= list.masks[i] }
        out.append(UInt8(range.count - 1))
        appendLE(list.docs[range.lowerBound], to: &out)
        out.append(union)
        // Block-max data per field.
        var maxTF = (0, 0, 0, 0, 0, 0, 0, 0) as (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
        var minNorm = (255, 255, 255, 255, 255, 255, 255, 255) as (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)
        var normLow: UInt8 = 255, normHigh: UInt8 = 0
        withUnsafeMutableBytes(of: &maxTF) { maxTF in
            withUnsafeMutableBytes(of: &minNorm) { minNorm in
                let tf = maxTF.bindMemory(to: UInt32.self), norm = minNorm.bindMemory(to: UInt8.self)
                var entry = entries.lowerBound
                for i in range {
                    var mask = list.masks[i]
                    while mask != 0 {
                        let f = mask.trailingZeroBitCount
                        tf[f] = max(tf[f], presenceOnly ? 1 : list.frequencies[entry])
                        let code = presenceOnly ? 0 : list.norms[entry]
                        norm[f] = min(norm[f], code)
                        normLow = min(normLow, code)
                        normHigh = max(normHigh, code)
                        entry += 1
                        mask &= mask - 1
                    }
                }
                for f in 0..<8 where union & (1 << f) != 0 {
                    out.append(UInt8(min(tf[f], 255)))
                    out.append(norm[f])
                }
            }
        }
        // Doc deltas.
        appendPacked(range.dropFirst().lazy.map { list.docs[$0] - list.docs[$0 - 1] - 1 }, to: &out)
        // Flags, then masks.
        let uniformMasks = range.allSatisfy { list.masks[$0] == union }
        let normWidth = bitWidth(UInt32(normHigh &- normLow))
        let packNorms = !presenceOnly && 2 + (entries.count * normWidth + 7) / 8 < entries.count
        let positions = presenceOnly ? nil : positionForm(list, entries: entries, positionStart: start.position)
        var flags: UInt8 = uniformMasks ? 0 : Flags.masks
        if presenceOnly { flags |= Flags.presenceOnly }
        if packNorms { flags |= Flags.normsPacked }
        if let positions, positions.packed { flags |= Flags.positionsPacked }
        out.append(flags)
        if !uniformMasks { out.append(contentsOf: list.masks[range]) }
        guard let positions else { return }
        // Frequencies and norms.
        appendPacked(list.frequencies[entries].lazy.map { $0 - 1 }, to: &out)
        if packNorms {
            // A constant: a `var` captured by the (escaping) lazy map would be read through a
            // box with a dynamic exclusivity check per value.
            let low = normLow
            out.append(low)
            appendPacked(list.norms[entries].lazy.map { UInt32($0 - low) }, to: &out)
        } else {
            out.append(contentsOf: list.norms[entries])
        }
        // Positions.
        var p = start.position
        var writer = BitWriter(width: positions.width)
        if positions.packed { out.append(UInt8(positions.width)) }
        for e in entries {
            var previous: UInt32 = 0
            for k in 0..<Int(list.frequencies[e]) {
                let position = list.positions[p]
                let value = k == 0 ? position : position - previous
                if positions.packed { writer.append(value, to: &out) } else { appendVarint(value, to: &out) }
                previous = position
                p += 1
            }
        }
        writer.flush(to: &out)
    }

    /// Whether the positions of `entries`, the first at `positionStart`, take fewer bytes
    /// bit-packed than as varints, and the width they are packed with.
    private static func positionForm(_ list: PostingList, entries: Range<Int>, positionStart: Int) -> (packed: Bool, width: Int) {
        var p = positionStart
        var varintBytes = 0
        var values = 0
        var largest: UInt32 = 0
        for e in entries {
            var previous: UInt32 = 0
            for k in 0..<Int(list.frequencies[e]) {
                let position = list.positions[p]
                let value = k == 0 ? position : position - previous
                varintBytes += (bitWidth(value) + 6) / 7 + (value == 0 ? 1 : 0)
                largest = max(largest, value)
                values += 1
                previous = position
                p += 1
            }
        }
        let width = bitWidth(largest)
        return (1 + (values * width + 7) / 8 < varintBytes, width)
    }

    /// The number of set bits of each byte value: the fields of a field mask.
    static let fieldCounts: [UInt8] = (0..<256).map { UInt8(UInt8($0).nonzeroBitCount) }

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
    /// Without `norms`, the norm codes are checked and skipped but not decoded (`block.norms` is
    /// left as it was): for readers of positions, which never score.
    public static func decodeBlock(_ bytes: UnsafeRawBufferPointer, into block: DecodedBlock, norms: Bool = true) -> Bool {
        guard bytes.count >= 7, bytes.count >= 7 + 2 * bytes[5].nonzeroBitCount else { return false }
        let header = header(bytes)
        guard header.bodyOffset < bytes.count else { return false }
        let count = header.count
        block.header = header
        block.count = count
        var offset = header.bodyOffset
        // Doc ids.
        block.docs[0] = header.firstDoc
        guard let deltaEnd = unpack(bytes, at: offset, count: count - 1, adding: 1, into: block.docs + 1) else { return false }
        offset = deltaEnd
        var doc = header.firstDoc
        for i in 1..<count {
            doc &+= block.docs[i]
            block.docs[i] = doc
        }
        // Flags and masks.
        guard offset < bytes.count else { return false }
        let flags = bytes[offset]
        guard flags & ~Flags.all == 0 else { return false }
        offset += 1
        // Each document's first entry. The build targets baseline x86-64, without a popcount
        // instruction: counting each mask's bits was most of a block's decoding, so a block
        // without masks multiplies, and one with masks looks the counts up in a table.
        var entries = 0
        if flags & Flags.masks == 0 {
            let fields = header.fieldUnion.nonzeroBitCount
            block.masks.update(repeating: header.fieldUnion, count: count)
            for i in 0...count { block.entryStarts[i] = UInt16(truncatingIfNeeded: i &* fields) }
            entries = count * fields
        } else {
            guard offset + count <= bytes.count else { return false }
            Self.fieldCounts.withUnsafeBufferPointer { fieldCounts in
                // At most 128 documents of 8 entries: the starts fit in 16 bits.
                for i in 0..<count {
                    let mask = bytes[offset &+ i]
                    block.masks[i] = mask
                    block.entryStarts[i] = UInt16(truncatingIfNeeded: entries)
                    entries &+= Int(fieldCounts[Int(mask)])
                }
            }
            block.entryStarts[count] = UInt16(truncatingIfNeeded: entries)
            offset += count
        }
        guard entries <= DecodedBlock.entryCapacity else { return false }
        block.entryCount = entries
        block.presenceOnly = flags & Flags.presenceOnly != 0
        block.positionsPacked = flags & Flags.positionsPacked != 0
        if block.presenceOnly {
            guard flags & (Flags.normsPacked | Flags.positionsPacked) == 0 else { return false }
            block.frequencies.update(repeating: 1, count: entries)
            block.norms.update(repeating: 0, count: entries)
            block.positionsOffset = offset
            block.unitFrequencies = true
            return true
        }
        // Frequencies and norms.
        guard let tfEnd = unpack(bytes, at: offset, count: entries, adding: 1, into: block.frequencies) else { return false }
        block.unitFrequencies = bytes[offset] == 0
        offset = tfEnd
        if flags & Flags.normsPacked != 0 {
            guard offset < bytes.count else { return false }
            let base = bytes[offset]
            if norms {
                guard let normEnd = unpack(bytes, at: offset + 1, count: entries, adding: base, into: block.norms) else { return false }
                offset = normEnd
            } else {
                guard offset + 1 < bytes.count, Int(bytes[offset + 1]) <= UInt8.bitWidth else { return false }
                offset += 2 + (entries * Int(bytes[offset + 1]) + 7) / 8
                guard offset <= bytes.count else { return false }
            }
        } else if !norms {
            guard offset + entries <= bytes.count else { return false }
            offset += entries
        } else {
            guard offset + entries <= bytes.count else { return false }
            for e in 0..<entries { block.norms[e] = bytes[offset + e] }
            offset += entries
        }
        block.positionsOffset = offset
        return true
    }

    /// Decodes the positions of a block already decoded from the same `bytes` (they follow the
    /// block). Returns false on malformed bytes.
    public static func decodePositions(_ bytes: UnsafeRawBufferPointer, block: DecodedBlock) -> Bool {
        decodePositions(bytes, block: block, entries: 0..<block.entryCount, skipping: 0) == bytes.count
    }

    /// `decodePositions(_:block:document:skipping:)` for a reader that has not kept the count of
    /// positions before the document: summed here from the frequencies of the entries before it.
    public static func decodePositions(_ bytes: UnsafeRawBufferPointer, block: DecodedBlock, document: Int) -> Bool {
        guard document >= 0, document < block.count else { return false }
        var skip = 0
        for e in 0..<Int(block.entryStarts[document]) { skip += Int(block.frequencies[e]) }
        return decodePositions(bytes, block: block, document: document, skipping: skip)
    }

    /// Decodes the positions of one document (`document`, an index into the block) of a block
    /// already decoded from the same `bytes`, stepping over the `skip` positions of the entries
    /// before it (the sum of their frequencies, which a reader walking up the block keeps as it
    /// goes) without decoding them: afterwards `positionStarts` and `positions` hold that
    /// document's entries only. Proximity scoring reads one document of a block; decoding all 128
    /// documents' positions for it was most of its cost. Returns false on malformed bytes.
    public static func decodePositions(_ bytes: UnsafeRawBufferPointer, block: DecodedBlock, document: Int, skipping skip: Int) -> Bool {
        guard document >= 0, document < block.count else { return false }
        let first = Int(block.entryStarts[document]), end = Int(block.entryStarts[document + 1])
        return decodePositions(bytes, block: block, entries: first..<end, skipping: skip) != nil
    }

    /// Decodes the positions of `entries` (consecutive), after the first `skip` positions of the
    /// block, into `block.positions` from its start, with `positionStarts[entries]` and the end
    /// after them. Returns the offset after the last position read, or nil on malformed bytes.
    private static func decodePositions(_ bytes: UnsafeRawBufferPointer, block: DecodedBlock, entries: Range<Int>, skipping skip: Int) -> Int? {
        var total = 0
        for e in entries { total += Int(block.frequencies[e]) }
        // Every position takes a bit at least, but for a block of single positions at 0 packed
        // in 0 bits: a corrupt frequency cannot make this allocate more than the value could hold.
        guard block.positionsOffset <= bytes.count,
              skip + total <= (bytes.count - block.positionsOffset) * 8 + block.entryCount else { return nil }
        block.reservePositions(total)
        var p = 0
        for e in entries {
            block.positionStarts[e] = UInt32(p)
            p += Int(block.frequencies[e])
        }
        block.positionStarts[entries.upperBound] = UInt32(p)
        var offset = block.positionsOffset
        if block.presenceOnly {
            block.positions.update(repeating: 0, count: total)
            return offset
        }
        if block.positionsPacked {
            guard let end = unpack(bytes, at: offset, skipping: skip, count: total, into: block.positions) else { return nil }
            offset = end
        } else {
            // Every varint ends at its first byte below 0x80.
            var skip = skip
            while skip > 0 {
                guard offset < bytes.count else { return nil }
                if bytes[offset] < 0x80 { skip -= 1 }
                offset += 1
            }
            for i in 0..<total {
                guard let (value, next) = readVarint(bytes, at: offset) else { return nil }
                block.positions[i] = value
                offset = next
            }
        }
        // Gaps to positions, per entry.
        p = 0
        for e in entries {
            var previous: UInt32 = 0
            for k in 0..<Int(block.frequencies[e]) {
                previous = k == 0 ? block.positions[p] : previous &+ block.positions[p]
                block.positions[p] = previous
                p += 1
            }
        }
        return offset
    }

    // MARK: Bit packing

    /// Appends `u8 width` then `values` packed with that many bits each, least significant first.
    static func appendPacked(_ values: some Collection<UInt32>, to out: inout [UInt8]) {
        var largest: UInt32 = 0
        for value in values { largest = max(largest, value) }
        let width = bitWidth(largest)
        out.append(UInt8(width))
        var writer = BitWriter(width: width)
        for value in values { writer.append(value, to: &out) }
        writer.flush(to: &out)
    }

    /// Packs values of a fixed width into bytes, least significant bit first.
    struct BitWriter {
        let width: Int
        private var accumulator: UInt64 = 0
        private var bits = 0

        init(width: Int) { self.width = width }

        /// Appends `value` (which must fit in `width` bits); full bytes go to `out`.
        mutating func append(_ value: UInt32, to out: inout [UInt8]) {
            guard width > 0 else { return }
            accumulator |= UInt64(value) << bits
            bits += width
            while bits >= 8 {
                out.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator >>= 8
                bits -= 8
            }
        }

        /// Appends the last, partly filled byte.
        mutating func flush(to out: inout [UInt8]) {
            if bits > 0 { out.append(UInt8(truncatingIfNeeded: accumulator)) }
            accumulator = 0
            bits = 0
        }
    }

    /// Reads `u8 width` at `offset` and, after the first `skip` packed values, `count` values into
    /// `out`, each plus `addend` (wrapping). Returns the offset after all `skip + count` values, or
    /// nil if the bytes run out or the width is invalid (over 32, or too wide for `T`).
    ///
    /// Values are read with one unaligned 64-bit load each (a value spans at most 32 + 7 bits)
    /// while 8 bytes remain, in a loop specialised per width (a constant width lets the compiler
    /// unroll it and turn the shifts into constants: measured twice as fast as one loop for every
    /// width), then byte by byte for the last few.
    @inlinable
    static func unpack<T: FixedWidthInteger & UnsignedInteger>(_ bytes: UnsafeRawBufferPointer, at offset: Int, skipping skip: Int = 0, count: Int,
                                                               adding addend: T = 0, into out: UnsafeMutablePointer<T>) -> Int? {
        guard offset < bytes.count, let start = bytes.baseAddress else { return nil }
        let width = Int(bytes[offset])
        guard width <= min(32, T.bitWidth) else { return nil }
        let first = offset + 1
        let end = first + ((skip + count) * width + 7) / 8
        guard end <= bytes.count else { return nil }
        guard count > 0 else { return end }
        if width == 0 {
            out.update(repeating: addend, count: count)
            return end
        }
        // Value j (counting the skipped ones) is loaded from byte j * width / 8: safe while that is
        // at most `room`.
        let room = bytes.count - 8 - first
        let fast = room < 0 ? 0 : min(count, max(0, (room * 8 + 7) / width - skip + 1))
        let base = start + first
        switch width {
        case 1: unpackGroups(base, width: 1, from: skip, count: fast, adding: addend, into: out)
        case 2: unpackGroups(base, width: 2, from: skip, count: fast, adding: addend, into: out)
        case 3: unpackGroups(base, width: 3, from: skip, count: fast, adding: addend, into: out)
        case 4: unpackGroups(base, width: 4, from: skip, count: fast, adding: addend, into: out)
        case 5: unpackGroups(base, width: 5, from: skip, count: fast, adding: addend, into: out)
        case 6: unpackGroups(base, width: 6, from: skip, count: fast, adding: addend, into: out)
        case 7: unpackGroups(base, width: 7, from: skip, count: fast, adding: addend, into: out)
        case 8: unpackGroups(base, width: 8, from: skip, count: fast, adding: addend, into: out)
        case 9: unpackGroups(base, width: 9, from: skip, count: fast, adding: addend, into: out)
        case 10: unpackGroups(base, width: 10, from: skip, count: fast, adding: addend, into: out)
        case 11: unpackGroups(base, width: 11, from: skip, count: fast, adding: addend, into: out)
        case 12: unpackGroups(base, width: 12, from: skip, count: fast, adding: addend, into: out)
        case 13: unpackGroups(base, width: 13, from: skip, count: fast, adding: addend, into: out)
        case 14: unpackGroups(base, width: 14, from: skip, count: fast, adding: addend, into: out)
        case 15: unpackGroups(base, width: 15, from: skip, count: fast, adding: addend, into: out)
        case 16: unpackGroups(base, width: 16, from: skip, count: fast, adding: addend, into: out)
        case 17: unpackGroups(base, width: 17, from: skip, count: fast, adding: addend, into: out)
        case 18: unpackGroups(base, width: 18, from: skip, count: fast, adding: addend, into: out)
        case 19: unpackGroups(base, width: 19, from: skip, count: fast, adding: addend, into: out)
        case 20: unpackGroups(base, width: 20, from: skip, count: fast, adding: addend, into: out)
        case 21: unpackGroups(base, width: 21, from: skip, count: fast, adding: addend, into: out)
        case 22: unpackGroups(base, width: 22, from: skip, count: fast, adding: addend, into: out)
        case 23: unpackGroups(base, width: 23, from: skip, count: fast, adding: addend, into: out)
        case 24: unpackGroups(base, width: 24, from: skip, count: fast, adding: addend, into: out)
        case 25: unpackGroups(base, width: 25, from: skip, count: fast, adding: addend, into: out)
        case 26: unpackGroups(base, width: 26, from: skip, count: fast, adding: addend, into: out)
        case 27: unpackGroups(base, width: 27, from: skip, count: fast, adding: addend, into: out)
        case 28: unpackGroups(base, width: 28, from: skip, count: fast, adding: addend, into: out)
        case 29: unpackGroups(base, width: 29, from: skip, count: fast, adding: addend, into: out)
        case 30: unpackGroups(base, width: 30, from: skip, count: fast, adding: addend, into: out)
        case 31: unpackGroups(base, width: 31, from: skip, count: fast, adding: addend, into: out)
        case 32: unpackGroups(base, width: 32, from: skip, count: fast, adding: addend, into: out)
        default: break
        }
        let mask: UInt64 = (1 << UInt64(width)) - 1
        var bit = (skip + fast) * width
        for i in fast..<count {
            var value: UInt64 = 0
            var shift = 0
            var p = first + (bit >> 3)
            while shift < width + (bit & 7), p < end {
                value |= UInt64(bytes[p]) << UInt64(shift)
                shift += 8
                p += 1
            }
            out[i] = T(truncatingIfNeeded: (value >> UInt64(bit & 7)) & mask) &+ addend
            bit += width
        }
        return end
    }

    /// `unpackWords`, eight values at a time while `from` is 0: eight values of `width` bits take
    /// `width` whole bytes, so each of them is loaded at a constant offset from its group's first
    /// byte and shifted by a constant, where `unpackWords` computes every value's byte and shift
    /// from a running bit offset (unpack's share of the samples of Home Depot queries: 8.7% →
    /// 6.1%). The rest one by one. Inlined with a constant `width`.
    @inlinable @inline(__always)
    static func unpackGroups<T: FixedWidthInteger & UnsignedInteger>(_ base: UnsafeRawPointer, width: Int, from: Int, count: Int, adding addend: T,
                                                                     into out: UnsafeMutablePointer<T>) {
        guard from == 0 else { return unpackWords(base, width: width, from: from, count: count, adding: addend, into: out) }
        let mask: UInt64 = (1 << UInt64(width)) - 1
        let groups = count >> 3
        var group = base
        var values = out
        for _ in 0..<groups {
            for j in 0..<8 {
                let bit = j &* width
                let word = UInt64(littleEndian: group.loadUnaligned(fromByteOffset: bit &>> 3, as: UInt64.self))
                values[j] = T(truncatingIfNeeded: (word &>> UInt64(bit & 7)) & mask) &+ addend
            }
            group += width
            values += 8
        }
        let done = groups << 3
        unpackWords(base, width: width, from: done, count: count &- done, adding: addend, into: out + done)
    }

    /// Values `from ..< from + count` of `width` bits at `base` into `out`, each plus `addend`;
    /// every value's 8-byte load must stay inside the buffer. Inlined with a constant `width`.
    @inlinable @inline(__always)
    static func unpackWords<T: FixedWidthInteger & UnsignedInteger>(_ base: UnsafeRawPointer, width: Int, from: Int, count: Int, adding addend: T,
                                                                    into out: UnsafeMutablePointer<T>) {
        let mask: UInt64 = (1 << UInt64(width)) - 1
        var bit = from &* width
        for i in 0..<count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: bit &>> 3, as: UInt64.self))
            out[i] = T(truncatingIfNeeded: (word &>> UInt64(bit & 7)) & mask) &+ addend
            bit &+= width
        }
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
