/// Column values of `ColumnChunk.size` consecutive doc ids, one LMDB value each.
///
/// Chunks keep an update cheap (one chunk rewritten, not the column) while a query touching many
/// documents resolves each chunk once (`NumericChunk`, `FacetChunk`: the header read once) and
/// then reads values straight from the memory map.
///
/// Numeric and facet chunks store values only for the documents that have one, behind a presence
/// index (`ChunkPresence`): a bitmap with a rank table, where finding a document's slot is a bit
/// test, a table read and a popcount; or, when fewer than about one document in thirteen has a
/// value (the bitmap would outweigh the list), the sorted list of their slots, searched by
/// bisection (11 steps at most), as tantivy's sparse columns are. A catalogue's many rare
/// attributes then cost 2 bytes a value instead of the bitmap's 2.5 KB a chunk (1.25 bits per
/// document of the catalogue, for every column). Values are bit-packed: a numeric chunk whose values are all decimals with at most
/// `maximumDecimals` places (prices, ratings, counts: what catalogues hold) stores each as an
/// offset from the chunk's smallest scaled value in as few bits as the range needs; any other
/// numeric chunk keeps plain `Float64`s. Facet ordinals are packed in as many bits as the chunk's
/// largest needs, without offsets when every document has exactly one (a brand, a currency).
/// A value is one unaligned 8-byte load, a shift and a mask: the 8 bytes of padding at the end
/// keep that load inside the value.
///
/// ```
/// tag:             u8 kind (1 numeric, 2 facet), plus 0x80 when the presence index is a list
/// presence index:  bitmap of `size` bits (bit i % 64 of u64 word i / 64, LE: document has a value),
///                  u16 LE rank per 64-bit word: present documents before that word;
///                  or (list) u16 LE count, then each present slot as u16 LE, ascending
/// numeric chunk:   tag, presence index, then either
///                  u8 0 (plain), Float64 LE per present document
///                  or u8 1 (packed), u8 decimals d, u8 width w (≤ 56), i64 LE minimum m,
///                  w bits per present document (value = (m + bits) / 10^d), 8 zero bytes
/// facet chunk:     tag, presence index, u32 LE ordinal count n, u8 form, u8 offset width,
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
    /// Added to the tag when the presence index is a list of slots.
    static let listFlag: UInt8 = 0x80
    static let bitmapBytes = size / 8
    static let rankBytes = 2 * (size / 64)
    /// Where the body (after the tag and the presence index) starts in a chunk with a bitmap.
    static let bitmapBodyOffset = 1 + bitmapBytes + rankBytes
    /// Zero bytes after packed values, so that reading any of them loads 8 bytes inside the chunk.
    static let padding = 8
    /// Numeric chunks whose values need more decimal places than this stay plain `Float64`s.
    static let maximumDecimals = 6
    /// The widest packed numeric offset: one 8-byte load from any bit of a byte holds 57 bits.
    static let maximumPackedWidth = 56
    static let powersOfTen: [Double] = (0...maximumDecimals).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    @inline(__always) static func chunk(of doc: UInt32) -> UInt32 { doc >> UInt32(shift) }
    @inline(__always) static func slot(of doc: UInt32) -> Int { Int(doc & mask) }

    /// Bytes that `count` packed values of `width` bits take.
    @inline(__always)
    static func packedBytes(count: Int, width: Int) -> Int { (count * width + 7) / 8 }

    /// Clears in `bits` (slots `first + 64 w + i`, for `words` words) each slot that `keeps`
    /// refuses, calling it once per set bit in ascending order.
    @inline(__always)
    static func keep(from first: Int, words: Int, bits: UnsafeMutablePointer<UInt64>, _ keeps: (Int) -> Bool) {
        for w in 0..<words {
            var word = bits[w], gone: UInt64 = 0
            while word != 0 {
                let bit = word.trailingZeroBitCount
                if !keeps(first + (w << 6 | bit)) { gone |= 1 << UInt64(bit) }
                word &= word &- 1
            }
            bits[w] &= ~gone
        }
    }

    /// Keeps in `bits` (slots `first + 64 w + i`, for `words` words) only the listed slots of
    /// `presence` (a list) whose rank `keeps` accepts: it is called for each listed slot in the
    /// range whose bit is set, ascending, never for the others.
    static func keepListed(_ presence: ChunkPresence, from first: Int, words: Int, bits: UnsafeMutablePointer<UInt64>,
                           _ keeps: (Int) -> Bool) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { buffer in
            let kept = buffer.baseAddress!
            kept.update(repeating: 0, count: words)
            var cursor = 0
            _ = presence.rank(slot: first, cursor: &cursor)
            let end = first + 64 * words
            presence.forEach(fromRank: cursor) { slot in
                guard slot < end else { return false }
                let offset = slot - first, bit = UInt64(1) << UInt64(offset & 63)
                if bits[offset >> 6] & bit != 0, keeps(cursor) { kept[offset >> 6] |= bit }
                cursor += 1
                return true
            }
            bits.update(from: kept, count: words)
        }
    }

    /// Appends the tag and presence index of `present` (sorted slots): a list when it is smaller
    /// than the bitmap with its rank table.
    private static func appendPresence(tag: UInt8, _ present: [Int], to out: inout [UInt8]) {
        if 2 + 2 * present.count < bitmapBytes + rankBytes {
            out.append(tag | listFlag)
            ByteCoding.appendLE(UInt16(present.count), to: &out)
            for slot in present { ByteCoding.appendLE(UInt16(slot), to: &out) }
            return
        }
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
        chunk.presence.forEach { slot in
            values[slot] = chunk.value(rank: rank)
            rank += 1
            return true
        }
        return values
    }

    /// Encodes a numeric chunk (`values`: slot → value), packed when `NumericPacking` allows.
    static func encodeNumeric(_ values: [Int: Double]) -> [UInt8] {
        let present = values.keys.sorted()
        return encodeNumeric(slots: present, values: present.map { values[$0]! })
    }

    /// Encodes a numeric chunk whose slots `present` (ascending, distinct) hold `ordered` (one
    /// value per slot, in the same order): the bytes `encodeNumeric(_:)` makes of that mapping.
    static func encodeNumeric(slots present: [Int], values ordered: [Double]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bitmapBodyOffset + 1 + 8 * present.count)
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
        chunk.presence.forEach { slot in
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
        return encodeFacet(slots: present, lists: present.map { values[$0]! })
    }

    /// Encodes a facet chunk whose slots `present` (ascending, distinct) hold `lists` (ascending
    /// ordinals, one list per slot, in the same order): the bytes `encodeFacet(_:)` makes of that
    /// mapping.
    static func encodeFacet(slots present: [Int], lists: [[UInt32]]) -> [UInt8] {
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

/// The presence index of one column chunk (`ColumnChunk`): which of its slots have a value, and
/// the rank of each among them.
struct ChunkPresence {
    private let base: UnsafeRawPointer
    /// Whether the index lists the present slots (else it is a bitmap).
    let isList: Bool
    /// Documents with a value.
    let count: Int
    /// Where the chunk's body starts.
    let bodyOffset: Int

    /// Reads the presence index of the chunk `bytes` of kind `tag`; nil when the chunk has
    /// another kind or is too short for its index.
    init?(_ bytes: UnsafeRawBufferPointer, tag: UInt8) {
        guard bytes.count >= 3, let base = bytes.baseAddress, bytes[0] & ~ColumnChunk.listFlag == tag else { return nil }
        self.base = base
        isList = bytes[0] & ColumnChunk.listFlag != 0
        if isList {
            count = Int(ByteCoding.readLE(bytes, at: 1, as: UInt16.self))
            bodyOffset = 3 + 2 * count
        } else {
            guard bytes.count >= ColumnChunk.bitmapBodyOffset else { return nil }
            let last = ColumnChunk.size / 64 - 1
            count = Int(ByteCoding.readLE(bytes, at: 1 + ColumnChunk.bitmapBytes + 2 * last, as: UInt16.self))
                + ByteCoding.readLE(bytes, at: 1 + 8 * last, as: UInt64.self).nonzeroBitCount
            bodyOffset = ColumnChunk.bitmapBodyOffset
        }
        guard bodyOffset <= bytes.count, count <= ColumnChunk.size else { return nil }
    }

    /// The rank (index among present documents) of `slot`, or nil when it has no value.
    ///
    /// `cursor` (any value; 0 to start) serves reads in ascending slot order, as searches make
    /// them: it keeps where the last read of this chunk ended in a list, and the next read walks
    /// on from there, about one comparison instead of a bisection. A read below the cursor, or
    /// far above it, bisects; the answer never depends on the cursor. A bitmap ignores it.
    @inline(__always)
    func rank(slot: Int, cursor: inout Int) -> Int? {
        guard isList else {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 1 + 8 * (slot >> 6), as: UInt64.self))
            let bit = UInt64(1) << UInt64(slot & 63)
            guard word & bit != 0 else { return nil }
            let before = Int(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: 1 + ColumnChunk.bitmapBytes + 2 * (slot >> 6), as: UInt16.self)))
            return before + (word & (bit - 1)).nonzeroBitCount
        }
        var low = cursor
        if low > count || (low > 0 && listed(low - 1) >= slot) || (low + 8 < count && listed(low + 8) < slot) {
            low = 0
            var high = count
            while low < high {
                let middle = (low + high) >> 1
                if listed(middle) < slot { low = middle + 1 } else { high = middle }
            }
        } else {
            while low < count && listed(low) < slot { low += 1 }
        }
        cursor = low
        return low < count && listed(low) == slot ? low : nil
    }

    /// Slot number `rank` of a list.
    @inline(__always)
    private func listed(_ rank: Int) -> Int {
        Int(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: 3 + 2 * rank, as: UInt16.self)))
    }

    /// Calls `body` with each listed slot from rank `first` on, ascending, until it returns
    /// false. For lists only.
    @inline(__always)
    func forEach(fromRank first: Int, _ body: (Int) -> Bool) {
        var rank = first
        while rank < count {
            let slot = listed(rank)
            guard slot < ColumnChunk.size, body(slot) else { return }
            rank += 1
        }
    }

    /// Calls `body` with each present slot, ascending (in rank order), until it returns false.
    func forEach(_ body: (Int) -> Bool) {
        guard isList else {
            for w in 0..<(ColumnChunk.size / 64) {
                var word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 1 + 8 * w, as: UInt64.self))
                while word != 0 {
                    guard body(w << 6 | word.trailingZeroBitCount) else { return }
                    word &= word &- 1
                }
            }
            return
        }
        for rank in 0..<count {
            let slot = listed(rank)
            guard slot < ColumnChunk.size, body(slot) else { return }
        }
    }
}

/// Values of `width` bits packed at `data` (`ColumnChunk`'s packed form, least significant bit
/// first), each read with one unaligned 8-byte load, a shift and a mask; the chunk's padding keeps
/// the load inside it.
struct PackedValues {
    private let data: UnsafeRawPointer
    private let width: Int
    /// The largest value that fits: 2^width − 1.
    let mask: UInt64

    init(_ data: UnsafeRawPointer, width: Int) {
        self.data = data
        self.width = width
        mask = (1 << UInt64(width)) - 1
    }

    /// Value number `index`.
    @inline(__always)
    subscript(index: Int) -> UInt64 {
        let bit = index &* width
        return (UInt64(littleEndian: data.loadUnaligned(fromByteOffset: bit &>> 3, as: UInt64.self)) &>> UInt64(bit & 7)) & mask
    }
}

/// One numeric column chunk (`ColumnChunk`), its header read once and its size checked, for
/// reading values in place. Valid while the bytes it was made from are.
struct NumericChunk {
    let presence: ChunkPresence
    /// Plain chunks: the `Float64`s; nil when the values are packed.
    private let plain: UnsafeRawPointer?
    /// Packed chunks: the offsets from `minimum`, then divided by `divisor`.
    private let packed: PackedValues
    private let minimum: Int64
    private let divisor: Double

    /// Reads the header of the chunk `bytes`; nil when it is not a well-formed numeric chunk.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard let presence = ChunkPresence(bytes, tag: ColumnChunk.numericTag), let base = bytes.baseAddress else { return nil }
        self.presence = presence
        let body = presence.bodyOffset, present = presence.count
        guard bytes.count > body else { return nil }
        switch bytes[body] {
        case 0:
            guard bytes.count == body + 1 + 8 * present else { return nil }
            plain = base + body + 1
            (packed, minimum, divisor) = (PackedValues(base, width: 0), 0, 1)
        case 1:
            guard bytes.count >= body + 11 else { return nil }
            let decimals = Int(bytes[body + 1]), width = Int(bytes[body + 2])
            guard decimals <= ColumnChunk.maximumDecimals, width <= ColumnChunk.maximumPackedWidth,
                  bytes.count == body + 11 + ColumnChunk.packedBytes(count: present, width: width) + ColumnChunk.padding else { return nil }
            plain = nil
            packed = PackedValues(base + body + 11, width: width)
            minimum = ByteCoding.readLE(bytes, at: body + 3, as: Int64.self)
            divisor = ColumnChunk.powersOfTen[decimals]
        default:
            return nil
        }
    }

    /// The value of the present document with `rank` (< `presence.count`).
    @inline(__always)
    func value(rank: Int) -> Double {
        if let plain { return Double(bitPattern: UInt64(littleEndian: plain.loadUnaligned(fromByteOffset: 8 * rank, as: UInt64.self))) }
        return Double(minimum &+ Int64(bitPattern: packed[rank])) / divisor
    }

    /// The value at `slot`, NaN when the document has none; `cursor` as in `ChunkPresence.rank`.
    @inline(__always)
    func value(slot: Int, cursor: inout Int) -> Double {
        guard let rank = presence.rank(slot: slot, cursor: &cursor) else { return .nan }
        return value(rank: rank)
    }

    /// The packed code of the present document with `rank`: its value is
    /// `Double(minimum + code) / divisor` (`value(rank:)`). Packed chunks only.
    @inline(__always)
    func code(rank: Int) -> UInt64 { packed[rank] }

    /// For a packed chunk, the codes (`code(rank:)`) whose values lie between `lower` and
    /// `upper` (each bound inclusive or not), exactly as comparing the decoded values would
    /// decide; nil for a plain chunk. They are one interval: a value never decreases as its
    /// code grows (the conversion to `Double` and the division by a positive power of ten both
    /// round monotonically), so each bound is found by bisecting the codes.
    func codes(lower: Double, lowerInclusive: Bool, upper: Double, upperInclusive: Bool) -> Range<UInt64>? {
        guard plain == nil else { return nil }
        // Codes up to `top` are valid offsets: `minimum + code` stays an Int64.
        let top = minimum > 0 ? min(packed.mask, UInt64(Int64.max - minimum)) : packed.mask
        @inline(__always) func value(_ code: UInt64) -> Double { Double(minimum &+ Int64(bitPattern: code)) / divisor }
        /// The first code in 0...top + 1 for which `reached` holds, `reached` being false then true.
        func firstCode(_ reached: (Double) -> Bool) -> UInt64 {
            var low: UInt64 = 0, high = top &+ 1
            while low < high {
                let middle = low + (high - low) / 2
                if reached(value(middle)) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let first = firstCode { lowerInclusive ? $0 >= lower : $0 > lower }
        let end = firstCode { upperInclusive ? !($0 <= upper) : !($0 < upper) }
        return first < end ? first..<end : 0..<0
    }
}

/// One facet column chunk (`ColumnChunk`), its header read once and its size checked, for
/// reading ordinals in place. Valid while the bytes it was made from are.
struct FacetChunk {
    let presence: ChunkPresence
    /// Ordinals of all present documents together.
    let ordinalCount: Int
    /// Where each present document's ordinals start; nil when each has exactly one.
    private let offsets: PackedValues?
    private let ordinals: PackedValues

    /// Reads the header of the chunk `bytes`; nil when it is not a well-formed facet chunk.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard let presence = ChunkPresence(bytes, tag: ColumnChunk.facetTag), let base = bytes.baseAddress else { return nil }
        self.presence = presence
        let body = presence.bodyOffset, present = presence.count
        guard bytes.count >= body + 7 else { return nil }
        ordinalCount = Int(ByteCoding.readLE(bytes, at: body, as: UInt32.self))
        let form = bytes[body + 4], offsetWidth = Int(bytes[body + 5]), ordinalWidth = Int(bytes[body + 6])
        guard form <= 1, offsetWidth <= 32, ordinalWidth <= 32, form == 1 || (offsetWidth == 0 && ordinalCount == present) else { return nil }
        let offsetBytes = form == 1 ? ColumnChunk.packedBytes(count: present + 1, width: offsetWidth) : 0
        guard bytes.count == body + 7 + offsetBytes + ColumnChunk.packedBytes(count: ordinalCount, width: ordinalWidth) + ColumnChunk.padding else { return nil }
        offsets = form == 1 ? PackedValues(base + body + 7, width: offsetWidth) : nil
        ordinals = PackedValues(base + body + 7 + offsetBytes, width: ordinalWidth)
    }

    /// Indexes (for `ordinal(_:)`) of the ordinals of the present document with `rank`
    /// (< `presence.count`); nil when the chunk's offsets are malformed there.
    @inline(__always)
    func range(rank: Int) -> Range<Int>? {
        guard let offsets else { return rank..<rank + 1 }
        let from = Int(offsets[rank]), to = Int(offsets[rank + 1])
        guard from <= to, to <= ordinalCount else { return nil }
        return from..<to
    }

    /// The indexes of the ordinals at `slot` (for `ordinal(_:)`): empty when the document has
    /// none, nil when the chunk's offsets are malformed there; `cursor` as in `ChunkPresence.rank`.
    @inline(__always)
    func range(slot: Int, cursor: inout Int) -> Range<Int>? {
        guard let rank = presence.rank(slot: slot, cursor: &cursor) else { return 0..<0 }
        return range(rank: rank)
    }

    /// Ordinal number `index` (< `ordinalCount`) of the chunk.
    @inline(__always)
    func ordinal(_ index: Int) -> UInt32 { UInt32(truncatingIfNeeded: ordinals[index]) }
}
