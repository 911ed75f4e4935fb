/// A document's distinct terms, numbered 0, 1, 2, … in order of first appearance, for analysis:
/// an open-addressing table keyed by an FNV-1a hash of each term's UTF-8 bytes, so a token finds
/// its number with one hash and, nearly always, one string comparison (a linear scan and
/// `Dictionary`'s SipHash cost more for a title's 10–30 terms).
struct TermSlots {
    /// The terms, by number.
    private(set) var names: [String] = []
    private var hashes: [UInt64] = []
    /// Linear probing: -1 = empty, else a number. At most half full.
    private var table = [Int32](repeating: -1, count: 64)

    init() {
        names.reserveCapacity(32)
        hashes.reserveCapacity(32)
    }

    /// Forgets every term, keeping the memory for the next document.
    mutating func removeAll() {
        names.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        for i in table.indices { table[i] = -1 }
    }

    /// The number of `term`, assigned when it is new.
    mutating func slot(of term: String) -> Int32 {
        let hash = Self.hash(term)
        let mask = table.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = table[i]
            if slot < 0 { break }
            if hashes[Int(slot)] == hash, names[Int(slot)] == term { return slot }
            i = (i + 1) & mask
        }
        let slot = Int32(names.count)
        names.append(term)
        hashes.append(hash)
        table[i] = slot
        if names.count * 2 > table.count { grow() }
        return slot
    }

    private mutating func grow() {
        table = [Int32](repeating: -1, count: table.count * 2)
        let mask = table.count - 1
        for (slot, hash) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: hash) & mask
            while table[i] >= 0 { i = (i + 1) & mask }
            table[i] = Int32(slot)
        }
    }

    /// FNV-1a over the UTF-8 bytes (read in place: iterating `utf8` costs more per byte).
    private static func hash(_ term: String) -> UInt64 {
        var term = term
        return term.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return hash
        }
    }
}
