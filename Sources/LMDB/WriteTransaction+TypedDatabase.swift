extension WriteTransaction {
    /// Stores `value` under `key`, both encoded; see `put(_:key:value:options:)`.
    @inlinable
    public func put<Key, Value>(_ db: TypedDatabase<Key, Value>, key: Key, value: Value, options: PutOptions = []) throws {
        try key.withLMDBBytes { key in
            try value.withLMDBBytes { value in
                try put(db.database, key: key, value: value, options: options)
            }
        }
    }

    /// Deletes `key`; false when it was absent.
    @discardableResult
    @inlinable
    public func delete<Key, Value>(_ db: TypedDatabase<Key, Value>, key: Key) throws -> Bool {
        try key.withLMDBBytes { key in try delete(db.database, key: key) }
    }
}
