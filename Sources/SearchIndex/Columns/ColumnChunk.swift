/// Column values of `ColumnChunk.size` consecutive doc ids, one LMDB value each.
///
/// Chunks keep an update cheap (one chunk rewritten, not the column) while a query touching many
/// documents resolves each chunk once (`NumericChunk`, `FacetChunk`: the header read once) and
/// then reads values straight from the memory map.
///
/// Numeric and facet chunks store values only for the documents that have one, behind a presence
/// index, so a sparse attribute column costs little; finding a document's slot is a bit test, a
/// table read and a popcount. Values are bit-packed: a numeric chunk whose values are all
/// decimals with at most `maximumDecimals` places (prices, ratings, counts: what catalogues hold)
/// stores each as an offset from the chunk's smallest scaled value in as few bits as the range
/// needs; any other numeric chunk keeps plain `Float64`s. Facet ordinals are packed in as many
/// bits as the chunk's largest needs, without offsets when every document has exactly one (a
/// brand, a currency). A value is one unaligned 8-byte load, a shift and a mask: the 8 bytes of
/// padding at the end keep that load inside the value.
///
/// ```
/// presence index:  bitmap of `size` bits (bit i % 64 of u64 word i / 64, LE: document has a value)
///                  u16 LE rank per 64-bit word: present documents before that word
/// numeric chunk:   u8 1, presence index, then either
///                  u8 0 (plain), Float64 LE per present document
///                  or u8 1 (packed), u8 decimals d, u8 width w (≤ 56), i64 LE minimum m,
///                  w bits per present document (value = (m + bits) / 10^d), 8 zero bytes
/// facet chunk:     u8 2, presence index, u32 LE ordinal count n, u8 form, u8 offset width,
///                  u8 ordinal width, then
///                  form 0 (one ordinal per present document, n = present): n packed ordinals
///                  form 1: present + 1 packed offsets (present document r's ordinals are
///                  ordinals[offsets[r] ..< offsets[r+1]], ascending), n packed ordinals,
///                  8 zero bytes after either
/// packed values:   each in `width` bits, least significant bit first, value i at bit i × width
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
    /// Where the body (after the tag and the presence index) starts.
    static let bodyOffset = 1 + bitmapBytes + rankBytes
    /// Zero bytes after packed values, so that reading any of them loads 8 bytes inside the chunk.
    static let padding = 8
    /// Numeric chunks whose values need more decimal places than this stay plain `Float64`s.
    static let maximumDecimals = 6
    /// The widest packed numeric offset: one 8-byte load from any bit of a byte holds 57 bits.
    static let maximumPackedWidth = 56
    static let powersOfTen: [Double] = (0...maximumDecimals).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    @inline(__always) static func chunk(of doc: UInt32) -> UInt32 { doc >> UInt32(shift) }
    @inline(__always) static func slot(of doc: UInt32) -> Int { Int(doc & mask) }

    /// The rank (index among present documents) of `slot` in the chunk starting at `base` (its
    /// size checked by the caller), or nil when it has no value.
    @inline(__always)
    static func rank(_ base: UnsafeRawPointer, slot: Int) -> Int? {
        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 1 + 8 * (slot >> 6), as: UInt64.self))
        let bit = UInt64(1) << UInt64(slot & 63)
        guard word & bit != 0 else { return nil }
        let before = Int(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: 1 + bitmapBytes + 2 * (slot >> 6), as: UInt16.self)))
        return before + (word & (bit - 1)).nonzeroBitCount
    }

    /// Number of present documents in the chunk starting at `base` (its size checked by the caller).
    @inline(__always)
    static func presentCount(_ base: UnsafeRawPointer) -> Int {
        let last = size / 64 - 1
        return Int(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: 1 + bitmapBytes + 2 * last, as: UInt16.self)))
            + UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 1 + 8 * last, as: UInt64.self)).nonzeroBitCount
    }

    /// Packed value `index` of `width` bits (`mask` = 2^width − 1) at `data`.
    @inline(__always)
    static func packed(_ data: UnsafeRawPointer, index: Int, width: Int, mask: UInt64) -> UInt64 {
        let bit = index &* width
        return (UInt64(littleEndian: data.loadUnaligned(fromByteOffset: bit &>> 3, as: UInt64.self)) &>> UInt64(bit & 7)) & mask
    }

    /// Bytes that `count` packed values of `width` bits take.
    @inline(__always)
    static func packedBytes(count: Int, width: Int) -> Int { (count * width + 7) / 8 }

    /// Calls `body` with each present slot of the chunk starting at `base`, ascending, until it
    /// returns false.
    static func forEachPresent(_ base: UnsafeRawPointer, _ body: (Int) -> Bool) {
        for w in 0..<(size / 64) {
            var word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 1 + 8 * w, as: UInt64.self))
            while word != 0 {
                guard body(w << 6 | word.trailingZeroBitCount) else { return }
                word &= word &- 1
            }
        }
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

    /// Appends `values` packed in `width` (≤ 57) bits each; every value must fit. At most 7 bits
    /// wait in the accumulator, so one more value always fits in its 64.
    private static func appendPacked(_ values: some Sequence<UInt64>, width: Int, to out: inout [UInt8]) {
        guard width > 0 else { return }
        var accumulator: UInt64 = 0
        var bits = 0
        for value in values {
            accumulator |= value << UInt64(bits)
            bits += width
            while bits >= 8 {
                out.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator >>= 8
                bits -= 8
            }
        }
        if bits > 0 { out.append(UInt8(truncatingIfNeeded: accumulator)) }
    }

    // MARK: Numeric

    /// How a numeric chunk's values pack: `decimals` places, offsets from `minimum` in `width` bits.
    struct NumericPacking: Equatable {
        let decimals: Int
        let minimum: Int64
        let width: Int

        /// The packing of `values`, or nil when they do not all round-trip exactly through
        /// `(minimum + offset) / 10^decimals` for some `decimals` ≤ `maximumDecimals` with offsets
        /// of at most `maximumPackedWidth` bits. Exact means the same bits back: -0, NaN,
        /// infinities and values like 0.1 + 0.2 stay plain.
        init?(_ values: [Double]) {
            for decimals in 0...ColumnChunk.maximumDecimals {
                let divisor = ColumnChunk.powersOfTen[decimals]
                var smallest = Int64.max
                var largest = Int64.min
                var exact = true
                for value in values {
                    let scaled = (value * divisor).rounded()
                    guard scaled.isFinite, abs(scaled) < 9.0e15 else { exact = false; break }
                    let integer = Int64(scaled)
                    guard (Double(integer) / divisor).bitPattern == value.bitPattern else { exact = false; break }
                    smallest = min(smallest, integer)
                    largest = max(largest, integer)
                }
                guard exact else { continue }
                guard !values.isEmpty else { self.init(decimals: 0, minimum: 0, width: 0); return }
                let width = 64 - UInt64(largest - smallest).leadingZeroBitCount
                guard width <= ColumnChunk.maximumPackedWidth else { return nil }
                self.init(decimals: decimals, minimum: smallest, width: width)
                return
            }
            return nil
        }

        init(decimals: Int, minimum: Int64, width: Int) {
            self.decimals = decimals
            self.minimum = minimum
            self.width = width
        }
    }

    /// Reads a numeric chunk: slot → value.
    static func decodeNumeric(_ bytes: UnsafeRawBufferPointer) throws -> [Int: Double] {
        guard let chunk = NumericChunk(bytes) else { throw IndexError.corrupt("numeric column chunk") }
        var values: [Int: Double] = [:]
        var rank = 0
        forEachPresent(chunk.base) { slot in
            values[slot] = chunk.value(rank: rank)
            rank += 1
            return true
        }
        return values
    }

    /// Encodes a numeric chunk (`values`: slot → value), packed when `NumericPacking` allows.
    static func encodeNumeric(_ values: [Int: Double]) -> [UInt8] {
        let present = values.keys.sorted()
        let ordered = present.map { values[$0]! }
        var out: [UInt8] = []
        out.reserveCapacity(bodyOffset + 1 + 8 * present.count)
        appendPresence(tag: numericTag, present, to: &out)
        guard let packing = NumericPacking(ordered) else {
            out.append(0)
            for value in ordered { ByteCoding.appendLE(value.bitPattern, to: &out) }
            return out
        }
        out.append(1)
        out.append(UInt8(packing.decimals))
        out.append(UInt8(packing.width))
        ByteCoding.appendLE(packing.minimum, to: &out)
        let divisor = powersOfTen[packing.decimals]
        appendPacked(ordered.lazy.map { UInt64(Int64((($0 * divisor).rounded())) - packing.minimum) }, width: packing.width, to: &out)
        out.append(contentsOf: repeatElement(0, count: padding))
        return out
    }

    // MARK: Facets

    /// Reads a facet chunk: slot → ordinals.
    static func decodeFacet(_ bytes: UnsafeRawBufferPointer) throws -> [Int: [UInt32]] {
        guard let chunk = FacetChunk(bytes) else { throw IndexError.corrupt("facet column chunk") }
        var values: [Int: [UInt32]] = [:]
        var rank = 0
        var malformed = false
        forEachPresent(chunk.base) { slot in
            guard let range = chunk.range(rank: rank) else {
                malformed = true
                return false
            }
            values[slot] = range.map(chunk.ordinal)
            rank += 1
            return true
        }
        guard !malformed else { throw IndexError.corrupt("facet column chunk offsets") }
        return values
    }

    /// Encodes a facet chunk (`values`: slot → ascending ordinals).
    static func encodeFacet(_ values: [Int: [UInt32]]) -> [UInt8] {
        let present = values.keys.sorted()
        let lists = present.map { values[$0]! }
        let count = lists.reduce(0) { $0 + $1.count }
        let single = lists.allSatisfy { $0.count == 1 }
        let largest = lists.reduce(UInt32(0)) { Swift.max($0, $1.max() ?? 0) }
        let ordinalWidth = 32 - largest.leadingZeroBitCount
        let offsetWidth = single ? 0 : 64 - UInt64(count).leadingZeroBitCount
        var out: [UInt8] = []
        appendPresence(tag: facetTag, present, to: &out)
        ByteCoding.appendLE(UInt32(count), to: &out)
        out.append(single ? 0 : 1)
        out.append(UInt8(offsetWidth))
        out.append(UInt8(ordinalWidth))
        if !single {
            var offsets: [UInt64] = [0]
            for list in lists { offsets.append(offsets.last! + UInt64(list.count)) }
            appendPacked(offsets, width: offsetWidth, to: &out)
        }
        appendPacked(lists.joined().lazy.map(UInt64.init), width: ordinalWidth, to: &out)
        out.append(contentsOf: repeatElement(0, count: padding))
        return out
    }
}

/// One numeric column chunk (`ColumnChunk`), its header read once and its size checked, for
/// reading values in place. Valid while the bytes it was made from are.
struct NumericChunk {
    /// The chunk's first byte (its tag), for `ColumnChunk.rank`.
    let base: UnsafeRawPointer
    /// Documents with a value.
    let present: Int
    private let data: UnsafeRawPointer
    private let isPacked: Bool
    private let width: Int
    private let mask: UInt64
    private let minimum: Int64
    private let divisor: Double

    /// Reads the header of the chunk `bytes`; nil when it is not a well-formed numeric chunk.
    init?(_ bytes: UnsafeRawBufferPointer) {
        let body = ColumnChunk.bodyOffset
        guard bytes.count > body, bytes[0] == ColumnChunk.numericTag, let base = bytes.baseAddress else { return nil }
        self.base = base
        present = ColumnChunk.presentCount(base)
        switch bytes[body] {
        case 0:
            guard bytes.count == body + 1 + 8 * present else { return nil }
            (isPacked, width, mask, minimum, divisor) = (false, 64, .max, 0, 1)
            data = base + body + 1
        case 1:
            guard bytes.count >= body + 11 else { return nil }
            let decimals = Int(bytes[body + 1])
            width = Int(bytes[body + 2])
            guard decimals <= ColumnChunk.maximumDecimals, width <= ColumnChunk.maximumPackedWidth,
                  bytes.count == body + 11 + ColumnChunk.packedBytes(count: present, width: width) + ColumnChunk.padding else { return nil }
            isPacked = true
            mask = (1 << UInt64(width)) - 1
            minimum = ByteCoding.readLE(bytes, at: body + 3, as: Int64.self)
            divisor = ColumnChunk.powersOfTen[decimals]
            data = base + body + 11
        default:
            return nil
        }
    }

    /// The value of the present document with `rank` (< `present`).
    @inline(__always)
    func value(rank: Int) -> Double {
        guard isPacked else { return Double(bitPattern: UInt64(littleEndian: data.loadUnaligned(fromByteOffset: 8 * rank, as: UInt64.self))) }
        return Double(minimum &+ Int64(bitPattern: ColumnChunk.packed(data, index: rank, width: width, mask: mask))) / divisor
    }

    /// The value at `slot`, NaN when the document has none.
    @inline(__always)
    func value(slot: Int) -> Double {
        guard let rank = ColumnChunk.rank(base, slot: slot) else { return .nan }
        return value(rank: rank)
    }
}

/// One facet column chunk (`ColumnChunk`), its header read once and its size checked, for
/// reading ordinals in place. Valid while the bytes it was made from are.
struct FacetChunk {
    /// The chunk's first byte (its tag), for `ColumnChunk.rank`.
    let base: UnsafeRawPointer
    /// Documents with a value.
    let present: Int
    /// Ordinals of all present documents together.
    let ordinalCount: Int
    private let offsets: UnsafeRawPointer?
    private let offsetWidth: Int
    private let offsetMask: UInt64
    private let ordinals: UnsafeRawPointer
    private let ordinalWidth: Int
    private let ordinalMask: UInt64

    /// Reads the header of the chunk `bytes`; nil when it is not a well-formed facet chunk.
    init?(_ bytes: UnsafeRawBufferPointer) {
        let body = ColumnChunk.bodyOffset
        guard bytes.count >= body + 7, bytes[0] == ColumnChunk.facetTag, let base = bytes.baseAddress else { return nil }
        self.base = base
        present = ColumnChunk.presentCount(base)
        ordinalCount = Int(ByteCoding.readLE(bytes, at: body, as: UInt32.self))
        let form = bytes[body + 4]
        offsetWidth = Int(bytes[body + 5])
        ordinalWidth = Int(bytes[body + 6])
        guard form <= 1, offsetWidth <= 32, ordinalWidth <= 32, form == 1 || (offsetWidth == 0 && ordinalCount == present) else { return nil }
        let offsetBytes = form == 1 ? ColumnChunk.packedBytes(count: present + 1, width: offsetWidth) : 0
        guard bytes.count == body + 7 + offsetBytes + ColumnChunk.packedBytes(count: ordinalCount, width: ordinalWidth) + ColumnChunk.padding else { return nil }
        offsets = form == 1 ? base + body + 7 : nil
        offsetMask = (1 << UInt64(offsetWidth)) - 1
        ordinals = base + body + 7 + offsetBytes
        ordinalMask = (1 << UInt64(ordinalWidth)) - 1
    }

    /// Indexes (for `ordinal(_:)`) of the ordinals of the present document with `rank`
    /// (< `present`); nil when the chunk's offsets are malformed there.
    @inline(__always)
    func range(rank: Int) -> Range<Int>? {
        guard let offsets else { return rank..<rank + 1 }
        let from = Int(ColumnChunk.packed(offsets, index: rank, width: offsetWidth, mask: offsetMask))
        let to = Int(ColumnChunk.packed(offsets, index: rank + 1, width: offsetWidth, mask: offsetMask))
        guard from <= to, to <= ordinalCount else { return nil }
        return from..<to
    }

    /// Ordinal number `index` (< `ordinalCount`) of the chunk.
    @inline(__always)
    func ordinal(_ index: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: ColumnChunk.packed(ordinals, index: index, width: ordinalWidth, mask: ordinalMask))
    }
}
