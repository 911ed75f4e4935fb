import Foundation
import LMDB

/// Reading and writing the `meta` entries of an index.
enum IndexStore {
    static func statistics(_ layout: IndexLayout, _ txn: ReadTransaction) throws -> IndexStatistics {
        guard let raw = try txn.value(layout.meta, key: Array(MetaKey.statistics.utf8)) else { return IndexStatistics() }
        guard let statistics = IndexStatistics(raw) else { throw IndexError.corrupt("statistics entry") }
        return statistics
    }

    static func registry(_ layout: IndexLayout, _ txn: ReadTransaction) throws -> ColumnRegistry {
        guard let raw = try txn.value(layout.meta, key: Array(MetaKey.columns.utf8)) else { return ColumnRegistry() }
        return try decodeJSON(ColumnRegistry.self, raw, what: "column registry")
    }

    static func schema(_ layout: IndexLayout, _ txn: ReadTransaction) throws -> Schema {
        guard let raw = try txn.value(layout.meta, key: Array(MetaKey.schema.utf8)) else { throw IndexError.corrupt("no schema entry") }
        return try decodeJSON(Schema.self, raw, what: "schema")
    }

    static func formatVersion(_ layout: IndexLayout, _ txn: ReadTransaction) throws -> UInt32? {
        guard let raw = try txn.value(layout.meta, key: Array(MetaKey.format.utf8)) else { return nil }
        guard raw.count == 4 else { throw IndexError.corrupt("format entry") }
        return ByteCoding.readLE(raw, at: 0, as: UInt32.self)
    }

    static func appliedSequence(_ layout: IndexLayout, _ txn: ReadTransaction) throws -> UInt64? {
        guard let raw = try txn.value(layout.meta, key: Array(MetaKey.appliedSequence.utf8)), raw.count == 8 else { return nil }
        return ByteCoding.readLE(raw, at: 0, as: UInt64.self)
    }

    /// The compressor of stored documents, with the index's dictionary if it has one.
    static func documentCompressor(_ layout: IndexLayout, _ txn: ReadTransaction) throws -> DocumentCompressor {
        guard let raw = try txn.value(layout.meta, key: Array(MetaKey.documentDictionary.utf8)) else { return DocumentCompressor() }
        return DocumentCompressor(dictionary: Array(raw))
    }

    /// Writes the format version and schema of a new index.
    static func initialize(_ layout: IndexLayout, _ txn: WriteTransaction, schema: Schema) throws {
        try txn.store(layout.meta, key: Array(MetaKey.format.utf8), value: withUnsafeBytes(of: IndexLayout.formatVersion.littleEndian, Array.init))
        try txn.store(layout.meta, key: Array(MetaKey.schema.utf8), value: try encodeJSON(schema))
        try txn.store(layout.meta, key: Array(MetaKey.statistics.utf8), value: IndexStatistics().encoded)
    }

    /// The largest ordinal assigned in facet `column` (0 when none).
    static func lastOrdinal(_ layout: IndexLayout, _ txn: ReadTransaction, column: UInt16) throws -> UInt32 {
        let cursor = try txn.cursor(layout.facetNames)
        var probe: [UInt8] = []
        ByteCoding.appendBE(column, to: &probe)
        ByteCoding.appendBE(UInt32.max, to: &probe)
        var entry = try probe.withUnsafeBytes { try cursor.seek(atLeast: $0) }
        if let found = entry, found.key.count == 6, found.key.elementsEqual(probe) { return UInt32.max }
        entry = try entry == nil ? cursor.last() : cursor.previous()
        guard let entry, entry.key.count == 6, entry.key[0] == probe[0], entry.key[1] == probe[1] else { return 0 }
        return ByteCoding.readBE32(entry.key, at: 2)
    }

    static func encodeJSON<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(value))
    }

    static func decodeJSON<T: Decodable>(_ type: T.Type, _ raw: UnsafeRawBufferPointer, what: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(raw))
        } catch {
            throw IndexError.corrupt("\(what): \(error)")
        }
    }
}
