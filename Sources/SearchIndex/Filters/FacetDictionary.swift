import LMDB

/// Facet values ↔ ordinals, per column (`facetValues` and `facetNames` in `IndexLayout`).
enum FacetDictionary {
    /// Ordinals of the values equal to `text`: the exact value if the column has it, otherwise
    /// every value equal ignoring case and diacritics' case forms (a prefix scan of the column).
    static func ordinals(matching text: String, column: UInt16, txn: ReadTransaction, layout: IndexLayout) throws -> [UInt32] {
        var key: [UInt8] = []
        ByteCoding.appendBE(column, to: &key)
        let prefix = key
        key.append(contentsOf: text.utf8)
        if let raw = try txn.value(layout.facetValues, key: key) { return [ByteCoding.readLE(raw, at: 0, as: UInt32.self)] }
        let wanted = text.lowercased()
        var found: [UInt32] = []
        try txn.forEach(layout.facetValues, from: prefix, prefix: prefix) { entry in
            let value = String(decoding: UnsafeRawBufferPointer(rebasing: entry.key[2...]), as: UTF8.self)
            if value.lowercased() == wanted { found.append(ByteCoding.readLE(entry.value, at: 0, as: UInt32.self)) }
            return true
        }
        return found
    }

    /// The value of each of `ordinals` in `column`.
    static func values(_ ordinals: some Sequence<UInt32>, column: UInt16, txn: ReadTransaction, layout: IndexLayout) throws -> [UInt32: String] {
        var names: [UInt32: String] = [:]
        for ordinal in ordinals {
            var key: [UInt8] = []
            ByteCoding.appendBE(column, to: &key)
            ByteCoding.appendBE(ordinal, to: &key)
            if let raw = try txn.value(layout.facetNames, key: key) {
                names[ordinal] = String(decoding: raw, as: UTF8.self)
            }
        }
        return names
    }
}
