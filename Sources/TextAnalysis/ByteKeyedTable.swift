/// An open-addressing hash table keyed by UTF-8 byte strings, looked up straight from a byte
/// buffer. The analyzer's hot path keeps words as byte spans; this table lets it find a stop
/// word, a unit or a cached stem without creating a `String` for the key.
///
/// Probing touches only 16-byte slots (hash, key location, value index); keys and values live
/// in separate arrays, so a lookup reads few cache lines even when the table is large.
struct ByteKeyedTable<Value> {
    fileprivate struct Slot {
        var hash: UInt32  // 0 marks an empty slot
        var keyLength: UInt32
        var keyStart: UInt32
        var valueIndex: UInt32
    }

    private var slots: [Slot]
    private var keys: [UInt8] = []
    private var values: [Value] = []

    /// The number of keys stored.
    var count: Int { values.count }

    /// A table with room for about `capacity` keys before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(hash: 0, keyLength: 0, keyStart: 0, valueIndex: 0), count: size)
    }

    /// FNV-1a over the bytes with a final avalanche, folded to 32 bits; never 0 (0 marks empty
    /// slots).
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 32
        let folded = UInt32(truncatingIfNeeded: h)
        return folded == 0 ? 1 : folded
    }

    /// The value stored under `key`, if any.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let index = valueIndex(for: key, hash: Self.hash(key)) else { return nil }
        return values[index]
    }

    /// The value stored under the UTF-8 bytes of `key`, if any.
    func value(for key: String) -> Value? {
        var key = key
        return key.withUTF8 { value(for: $0) }
    }

    /// Stores `value` under `key`, replacing an earlier value.
    mutating func set(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        let h = Self.hash(key)
        if let index = valueIndex(for: key, hash: h) {
            values[index] = value
            return
        }
        precondition(keys.count + key.count <= Int(UInt32.max), "ByteKeyedTable holds at most 4 GiB of keys")
        if (count + 1) * 2 > slots.count { grow() }
        let start = keys.count
        keys.append(contentsOf: key)
        values.append(value)
        insertSlot(Slot(hash: h, keyLength: UInt32(key.count), keyStart: UInt32(start), valueIndex: UInt32(values.count - 1)))
    }

    /// Stores `value` under the UTF-8 bytes of `key`.
    mutating func set(_ value: Value, for key: String) {
        var key = key
        key.withUTF8 { set(value, for: $0) }
    }

    /// Empties the table, keeping its memory for reuse.
    mutating func removeAll() {
        for index in slots.indices { slots[index].hash = 0 }
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    private func valueIndex(for key: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int? {
        let mask = slots.count - 1
        var index = Int(h) & mask
        return slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { stored in
                while true {
                    let slot = slots[index]
                    if slot.hash == 0 { return nil }
                    if slot.hash == h, Int(slot.keyLength) == key.count, Self.equal(stored, Int(slot.keyStart), key) {
                        return Int(slot.valueIndex)
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    private mutating func insertSlot(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Int(slot.hash) & mask
        while slots[index].hash != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(hash: 0, keyLength: 0, keyStart: 0, valueIndex: 0), count: old.count * 2)
        for slot in old where slot.hash != 0 { insertSlot(slot) }
    }

    private static func equal(_ stored: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < key.count {
            if stored[start + i] != key[i] { return false }
            i += 1
        }
        return true
    }
}

extension ByteKeyedTable: Sendable where Value: Sendable {}
