import LMDB

// Byte-array conveniences over the raw LMDB API, used by the writer (not the query hot path).
extension ReadTransaction {
    func value(_ db: Database, key: [UInt8]) throws -> UnsafeRawBufferPointer? {
        try key.withUnsafeBytes { try get(db, key: $0) }
    }

    func value<K>(_ db: Database, integerKey key: K) throws -> UnsafeRawBufferPointer? {
        try withUnsafeBytes(of: key) { try get(db, key: $0) }
    }
}

extension WriteTransaction {
    func store(_ db: Database, key: [UInt8], value: [UInt8], options: PutOptions = []) throws {
        try key.withUnsafeBytes { k in try value.withUnsafeBytes { v in try put(db, key: k, value: v, options: options) } }
    }

    func store<K>(_ db: Database, integerKey key: K, value: [UInt8], options: PutOptions = []) throws {
        try withUnsafeBytes(of: key) { k in try value.withUnsafeBytes { v in try put(db, key: k, value: v, options: options) } }
    }

    @discardableResult
    func remove(_ db: Database, key: [UInt8]) throws -> Bool {
        try key.withUnsafeBytes { try delete(db, key: $0) }
    }

    @discardableResult
    func remove<K>(_ db: Database, integerKey key: K) throws -> Bool {
        try withUnsafeBytes(of: key) { try delete(db, key: $0) }
    }
}
