/// An open-addressing hash table keyed by UTF-8 byte strings, looked up straight from a byte
/// buffer. The analyzer's hot path keeps words as byte spans; this table lets it find a stop
/// word, a unit or a cached stem without creating a `String` for the key.
struct ByteKeyedTable<Value> {
    fileprivate struct Slot {
        var hash: UInt64  // 0 marks an empty slot
        var keyStart: Int
        var keyLength: Int
        var value: Value?
    }

    private var slots: [Slot]
    private var keys: [UInt8] = []
    private(set) var count = 0

    /// A table with room for about `capacity` keys before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(hash: 0, keyStart: 0, keyLength: 0, value: nil), count: size)
    }

    /// FNV-1a over the bytes with a final avalanche; never 0 (0 marks empty slots).
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 32
        return h == 0 ? 1 : h
    }

    /// The value stored under `key`, if any.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        let h = Self.hash(key)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: h) & mask
        return slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { stored in
                // Compares the plain fields in place; only a hit copies the value out.
                while true {
                    let slotHash = slots[index].hash
                    if slotHash == 0 { return nil }
                    if slotHash == h, slots[index].keyLength == key.count,
                        Self.equal(stored, slots[index].keyStart, key)
                    {
                        return slots[index].value
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// The value stored under the UTF-8 bytes of `key`, if any.
    func value(for key: String) -> Value? {
        var key = key
        return key.withUTF8 { value(for: $0) }
    }

    /// Stores `value` under `key`, replacing an earlier value.
    mutating func set(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        if (count + 1) * 2 > slots.count { grow() }
        let h = Self.hash(key)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: h) & mask
        while slots[index].hash != 0 {
            let slot = slots[index]
            if slot.hash == h, slot.keyLength == key.count,
                keys.withUnsafeBufferPointer({ Self.equal($0, slot.keyStart, key) })
            {
                slots[index].value = value
                return
            }
            index = (index + 1) & mask
        }
        let start = keys.count
        keys.append(contentsOf: key)
        slots[index] = Slot(hash: h, keyStart: start, keyLength: key.count, value: value)
        count += 1
    }

    /// Stores `value` under the UTF-8 bytes of `key`.
    mutating func set(_ value: Value, for key: String) {
        var key = key
        key.withUTF8 { set(value, for: $0) }
    }

    /// Empties the table, keeping its memory for reuse.
    mutating func removeAll() {
        for index in slots.indices { slots[index] = Slot(hash: 0, keyStart: 0, keyLength: 0, value: nil) }
        keys.removeAll(keepingCapacity: true)
        count = 0
    }

    private mutating func grow() {
        let old = slots
        let oldKeys = keys
        slots = Array(repeating: Slot(hash: 0, keyStart: 0, keyLength: 0, value: nil), count: old.count * 2)
        keys = []
        keys.reserveCapacity(oldKeys.count)
        count = 0
        oldKeys.withUnsafeBufferPointer { stored in
            for slot in old where slot.hash != 0 {
                if let value = slot.value {
                    set(value, for: UnsafeBufferPointer(rebasing: stored[slot.keyStart..<(slot.keyStart + slot.keyLength)]))
                }
            }
        }
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
extension ByteKeyedTable.Slot: Sendable where Value: Sendable {}
