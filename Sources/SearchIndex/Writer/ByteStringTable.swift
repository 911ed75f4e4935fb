#if canImport(Glibc)
import Glibc
#endif

/// Byte strings interned to dense ids 0, 1, 2, … in order of first appearance, in one flat byte
/// arena with an open-addressing table over it: no `String` is kept or hashed with SipHash, and a
/// string costs its bytes plus about 12 bytes. The bulk build's terms (`PostingsAccumulator`) and
/// external ids (`BuildIDs`) live in one each.
///
/// Offsets are 32-bit: callers keep `byteCount` under `UInt32.max` (the accumulator cuts a run
/// before; `BuildIDs` refuses a build whose ids exceed it).
struct ByteStringTable {
    /// Open addressing, linear probing: 0 = empty, else id + 1. At most half full.
    private var slots = [UInt32](repeating: 0, count: 1 << 12)
    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []

    /// Strings interned so far.
    var count: Int { ends.count }

    /// Bytes of all strings.
    var byteCount: Int { bytes.count }

    /// Approximate bytes of memory held.
    var estimatedBytes: Int { bytes.capacity + 4 * ends.capacity + 4 * slots.count }

    /// The id of `string`, and whether it was added by this call.
    mutating func intern(_ string: UnsafeBufferPointer<UInt8>) -> (id: UInt32, isNew: Bool) {
        let (found, i) = probe(string)
        if let found { return (found, false) }
        let id = UInt32(ends.count)
        slots[i] = id + 1
        bytes.append(contentsOf: string)
        ends.append(UInt32(bytes.count))
        if ends.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The id of `string`, if it was interned.
    func find(_ string: UnsafeBufferPointer<UInt8>) -> UInt32? { probe(string).id }

    /// The id of `string` if present, else nil and the empty slot where it goes.
    private func probe(_ string: UnsafeBufferPointer<UInt8>) -> (id: UInt32?, slot: Int) {
        let mask = slots.count - 1
        var i = Self.hash(string) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return (nil, i) }
            let id = Int(slot - 1)
            let start = id == 0 ? 0 : Int(ends[id - 1])
            if Int(ends[id]) - start == string.count,
               bytes.withUnsafeBufferPointer({ string.isEmpty || memcmp($0.baseAddress! + start, string.baseAddress!, string.count) == 0 }) {
                return (UInt32(id), i)
            }
            i = (i + 1) & mask
        }
    }

    /// The bytes of string `id`.
    func withBytes<R>(of id: UInt32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = id == 0 ? 0 : Int(ends[Int(id) - 1])
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<Int(ends[Int(id)])])) }
    }

    /// Every id, in ascending byte order of its string.
    func sortedIDs() -> [UInt32] {
        bytes.withUnsafeBufferPointer { b in
            func string(_ id: UInt32) -> UnsafeBufferPointer<UInt8> {
                let start = id == 0 ? 0 : Int(ends[Int(id) - 1])
                return UnsafeBufferPointer(rebasing: b[start..<Int(ends[Int(id)])])
            }
            return (0..<UInt32(ends.count)).sorted { ByteOrder.precedes(string($0), string($1)) }
        }
    }

    /// Doubles the table and re-inserts every string.
    private mutating func grow() {
        var table = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = table.count - 1
        bytes.withUnsafeBufferPointer { bytes in
            for id in 0..<ends.count {
                let start = id == 0 ? 0 : Int(ends[id - 1])
                var i = Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<Int(ends[id])])) & mask
                while table[i] != 0 { i = (i + 1) & mask }
                table[i] = UInt32(id + 1)
            }
        }
        slots = table
    }

    /// FNV-1a over the bytes, then a multiply-shift mix so that the low bits (the table index) depend on all of them.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 29
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }
}
