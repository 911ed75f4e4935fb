/// Column values of `ColumnChunk.size` consecutive doc ids, one LMDB value each.
///
/// Chunks keep an update cheap (one chunk rewritten, not the column) while a query touching many
/// documents resolves each chunk once and then reads values straight from the memory map.
///
/// - Numeric chunk: `size` × Float64 LE; NaN = no value.
/// - Facet chunk: `size + 1` × u32 LE offsets, then u32 LE ordinals; document i's ordinals are
///   `ordinals[offsets[i] ..< offsets[i+1]]`, ascending.
/// - Deleted bitset: `size / 8` bytes; bit (i % 8) of byte (i / 8) set when doc i is deleted.
enum ColumnChunk {
    static let shift = 14
    /// Documents per chunk.
    static let size = 1 << shift
    static let mask = UInt32(size - 1)

    @inline(__always) static func chunk(of doc: UInt32) -> UInt32 { doc >> UInt32(shift) }
    @inline(__always) static func slot(of doc: UInt32) -> Int { Int(doc & mask) }

    static func emptyNumeric() -> [Double] { Array(repeating: .nan, count: size) }

    static func decodeNumeric(_ bytes: UnsafeRawBufferPointer) -> [Double] {
        (0..<size).map { Double(bitPattern: ByteCoding.readLE(bytes, at: 8 * $0, as: UInt64.self)) }
    }

    static func encodeNumeric(_ values: [Double]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(8 * size)
        for v in values { ByteCoding.appendLE(v.bitPattern, to: &out) }
        return out
    }

    static func decodeFacet(_ bytes: UnsafeRawBufferPointer) -> [[UInt32]] {
        let base = 4 * (size + 1)
        return (0..<size).map { i in
            let from = Int(ByteCoding.readLE(bytes, at: 4 * i, as: UInt32.self))
            let to = Int(ByteCoding.readLE(bytes, at: 4 * (i + 1), as: UInt32.self))
            return (from..<to).map { ByteCoding.readLE(bytes, at: base + 4 * $0, as: UInt32.self) }
        }
    }

    static func encodeFacet(_ values: [[UInt32]]) -> [UInt8] {
        var out: [UInt8] = []
        let total = values.reduce(0) { $0 + $1.count }
        out.reserveCapacity(4 * (size + 1 + total))
        var offset: UInt32 = 0
        ByteCoding.appendLE(offset, to: &out)
        for v in values {
            offset += UInt32(v.count)
            ByteCoding.appendLE(offset, to: &out)
        }
        for v in values { for ordinal in v { ByteCoding.appendLE(ordinal, to: &out) } }
        return out
    }
}
