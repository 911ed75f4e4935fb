/// Column values of `ColumnChunk.size` consecutive doc ids, one LMDB value each.
///
/// Chunks keep an update cheap (one chunk rewritten, not the column) while a query touching many
/// documents resolves each chunk once and then reads values straight from the memory map.
///
/// Numeric and facet chunks store values only for the documents that have one, behind a presence
/// index, so a sparse attribute column costs little and a dense one a few bytes more than a plain
/// array; finding a document's slot is a bit test, a table read and a popcount.
///
/// ```
/// presence index:  bitmap of `size` bits (bit i % 64 of u64 word i / 64, LE: document has a value)
///                  u16 LE rank per 64-bit word: present documents before that word
/// numeric chunk:   u8 1, presence index, Float64 LE per present document
/// facet chunk:     u8 2, presence index, u32 LE offsets[present + 1], u32 LE ordinals
///                  (present document r's ordinals are ordinals[offsets[r] ..< offsets[r+1]], ascending)
/// deleted bitset:  `size / 8` bytes; bit (i % 8) of byte (i / 8) set when doc i is deleted
/// ```
enum ColumnChunk {
    static let shift = 14
    /// Documents per chunk.
    static let size = 1 << shift
    static let mask = UInt32(size - 1)
    static let numericTag: UInt8 = 1
    static let facetTag: UInt8 = 2
    static let bitmapBytes = size / 8
    static let rankBytes = 2 * (size / 64)
    /// Where values (numeric) or offsets (facet) start.
    static let bodyOffset = 1 + bitmapBytes + rankBytes

    @inline(__always) static func chunk(of doc: UInt32) -> UInt32 { doc >> UInt32(shift) }
    @inline(__always) static func slot(of doc: UInt32) -> Int { Int(doc & mask) }

    /// The rank of `slot` in the chunk starting at `base` (its size checked by the caller).
    @inline(__always)
    static func rank(_ base: UnsafeRawPointer, slot: Int) -> Int? {
        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 1 + 8 * (slot >> 6), as: UInt64.self))
        let bit = UInt64(1) << UInt64(slot & 63)
        guard word & bit != 0 else { return nil }
        let before = Int(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: 1 + bitmapBytes + 2 * (slot >> 6), as: UInt16.self)))
        return before + (word & (bit - 1)).nonzeroBitCount
    }

    /// The rank (index among present documents) of `slot`, or nil when it has no value.
    @inline(__always)
    static func rank(_ bytes: UnsafeRawBufferPointer, slot: Int) -> Int? {
        let word = ByteCoding.readLE(bytes, at: 1 + 8 * (slot >> 6), as: UInt64.self)
        let bit = UInt64(1) << UInt64(slot & 63)
        guard word & bit != 0 else { return nil }
        let before = Int(ByteCoding.readLE(bytes, at: 1 + bitmapBytes + 2 * (slot >> 6), as: UInt16.self))
        return before + (word & (bit - 1)).nonzeroBitCount
    }

    /// Appends the tag and presence index of `present` (sorted slots).
    private static func appendPresence(tag: UInt8, _ present: [Int], to out: inout [UInt8]) {
        out.append(tag)
        var words = [UInt64](repeating: 0, count: size / 64)
        for slot in present { words[slot >> 6] |= 1 << UInt64(slot & 63) }
        for word in words { ByteCoding.appendLE(word, to: &out) }
        var running: UInt16 = 0
        for word in words {
            ByteCoding.appendLE(running, to: &out)
            running += UInt16(word.nonzeroBitCount)
        }
    }

    /// Present slots of an encoded chunk, ascending.
    private static func presentSlots(_ bytes: UnsafeRawBufferPointer) -> [Int] {
        var slots: [Int] = []
        for w in 0..<(size / 64) {
            var word = ByteCoding.readLE(bytes, at: 1 + 8 * w, as: UInt64.self)
            while word != 0 {
                slots.append(w * 64 + word.trailingZeroBitCount)
                word &= word - 1
            }
        }
        return slots
    }

    // MARK: Numeric

    /// Reads a numeric chunk: slot → value.
    static func decodeNumeric(_ bytes: UnsafeRawBufferPointer) throws -> [Int: Double] {
        guard bytes.count >= bodyOffset, bytes[0] == numericTag else { throw IndexError.corrupt("numeric column chunk") }
        let slots = presentSlots(bytes)
        guard bytes.count == bodyOffset + 8 * slots.count else { throw IndexError.corrupt("numeric column chunk size") }
        var values: [Int: Double] = [:]
        for (rank, slot) in slots.enumerated() {
            values[slot] = Double(bitPattern: ByteCoding.readLE(bytes, at: bodyOffset + 8 * rank, as: UInt64.self))
        }
        return values
    }

    static func encodeNumeric(_ values: [Int: Double]) -> [UInt8] {
        let present = values.keys.sorted()
        var out: [UInt8] = []
        out.reserveCapacity(bodyOffset + 8 * present.count)
        appendPresence(tag: numericTag, present, to: &out)
        for slot in present { ByteCoding.appendLE(values[slot]!.bitPattern, to: &out) }
        return out
    }

    /// The value at `slot` of an encoded numeric chunk (NaN when absent).
    @inline(__always)
    static func numericValue(_ bytes: UnsafeRawBufferPointer, slot: Int) -> Double {
        guard let rank = rank(bytes, slot: slot) else { return .nan }
        return Double(bitPattern: ByteCoding.readLE(bytes, at: bodyOffset + 8 * rank, as: UInt64.self))
    }

    // MARK: Facets

    /// Reads a facet chunk: slot → ordinals.
    static func decodeFacet(_ bytes: UnsafeRawBufferPointer) throws -> [Int: [UInt32]] {
        guard bytes.count >= bodyOffset, bytes[0] == facetTag else { throw IndexError.corrupt("facet column chunk") }
        let slots = presentSlots(bytes)
        var values: [Int: [UInt32]] = [:]
        for (rank, slot) in slots.enumerated() {
            guard let range = facetRange(bytes, rank: rank, present: slots.count) else { throw IndexError.corrupt("facet column chunk offsets") }
            values[slot] = range.map { ByteCoding.readLE(bytes, at: $0, as: UInt32.self) }
        }
        return values
    }

    static func encodeFacet(_ values: [Int: [UInt32]]) -> [UInt8] {
        let present = values.keys.sorted()
        var out: [UInt8] = []
        appendPresence(tag: facetTag, present, to: &out)
        var offset: UInt32 = 0
        ByteCoding.appendLE(offset, to: &out)
        for slot in present {
            offset += UInt32(values[slot]!.count)
            ByteCoding.appendLE(offset, to: &out)
        }
        for slot in present { for ordinal in values[slot]! { ByteCoding.appendLE(ordinal, to: &out) } }
        return out
    }

    /// Number of present documents in an encoded chunk.
    @inline(__always)
    static func presentCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        let last = size / 64 - 1
        return Int(ByteCoding.readLE(bytes, at: 1 + bitmapBytes + 2 * last, as: UInt16.self))
            + ByteCoding.readLE(bytes, at: 1 + 8 * last, as: UInt64.self).nonzeroBitCount
    }

    /// Byte offsets of the ordinals of the document with `rank`, checked against the chunk size.
    @inline(__always)
    static func facetRange(_ bytes: UnsafeRawBufferPointer, rank: Int, present: Int) -> StrideTo<Int>? {
        let offsets = bodyOffset
        let ordinals = offsets + 4 * (present + 1)
        let from = Int(ByteCoding.readLE(bytes, at: offsets + 4 * rank, as: UInt32.self))
        let to = Int(ByteCoding.readLE(bytes, at: offsets + 4 * (rank + 1), as: UInt32.self))
        guard from <= to, ordinals + 4 * to <= bytes.count else { return nil }
        return stride(from: ordinals + 4 * from, to: ordinals + 4 * to, by: 4)
    }
}
