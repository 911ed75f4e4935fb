import LMDB

extension TypoDictionary {
    /// The dictionary of the snapshot `txn` reads: every indexed term and every word as written
    /// whose stem differs (`words`, standing for its term), except those a misspelled word is
    /// never corrected to: written-form terms (`WrittenForm`), and words with a numeric scalar.
    /// A misspelled word has none (`TypoPolicy`), and a code, size or number one edit away from a
    /// word ("bolt5" from "bolts") is another product, not what the shopper meant.
    ///
    /// Codes are most of a catalogue's terms (2.1 million of 2.1 million on a million synthetic
    /// products; two fifths on Home Depot), so the scan skips them by seeking: at a key whose first
    /// digit is at byte `j`, every key sharing its first `j + 1` bytes is passed over at once, as are
    /// the written-form terms.
    static func load(txn: ReadTransaction, layout: IndexLayout) throws -> TypoDictionary {
        var entries: [(word: String, term: String)] = []
        try scan(layout.terms, txn) { key, _ in
            if let term = String(validating: key, as: UTF8.self) { entries.append((term, term)) }
        }
        try scan(layout.words, txn) { key, value in
            if let word = String(validating: key, as: UTF8.self), let term = String(validating: value, as: UTF8.self) {
                entries.append((word, term))
            }
        }
        return TypoDictionary(entries)
    }

    /// Calls `body` with the keys of `database` (and their values) that hold no numeric scalar
    /// and are not written-form terms, in key order.
    private static func scan(_ database: Database, _ txn: ReadTransaction,
                             _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Void) throws {
        let cursor = try txn.cursor(database)
        var target: [UInt8] = []
        var entry = try cursor.first()
        while let current = entry {
            let key = current.key
            if WrittenForm.isWrittenForm(key) {
                target = [WrittenForm.marker + 1]
                entry = try cursor.seek(atLeast: target)
                continue
            }
            if let digit = key.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                // ":" follows "9": past every key with this prefix and any digit at `digit`.
                target.removeAll(keepingCapacity: true)
                target.append(contentsOf: key[..<digit])
                target.append(0x3A)
                entry = try cursor.seek(atLeast: target)
                continue
            }
            if !Self.hasNumericScalar(key) { try body(key, current.value) }
            entry = try cursor.next()
        }
    }

    /// Whether the UTF-8 `key` holds a non-ASCII numeric scalar ("½", "²"); invalid UTF-8 holds none.
    private static func hasNumericScalar(_ key: UnsafeRawBufferPointer) -> Bool {
        guard key.contains(where: { $0 >= 0x80 }), let text = String(validating: key, as: UTF8.self) else { return false }
        return text.unicodeScalars.contains { $0.properties.numericType != nil }
    }
}
