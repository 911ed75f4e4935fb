extension ReadTransaction {
    /// The value stored under `key`, decoded (a copy); nil when absent.
    /// - Throws: `LMDBError`, or `LMDBDecodingError` when the stored bytes are not a `Value`.
    @inlinable
    public final func get<Key, Value>(_ db: TypedDatabase<Key, Value>, key: Key) throws -> Value? {
        try key.withLMDBBytes { key in
            try get(db.database, key: key).map { try Value(lmdbBytes: $0) }
        }
    }

    /// Visits entries in key order from the first key ≥ `start` (from the first entry when nil), decoded,
    /// until `body` returns false or the entries run out.
    /// - Throws: what `body` throws, `LMDBError`, or `LMDBDecodingError` for an entry that does not decode.
    @inlinable
    public final func forEach<Key, Value>(_ db: TypedDatabase<Key, Value>, from start: Key? = nil, _ body: (Key, Value) throws -> Bool) throws {
        let cursor = try cursor(db.database)
        var entry: Cursor.Entry?
        if let start {
            entry = try start.withLMDBBytes { try cursor.seek(atLeast: $0) }
        } else {
            entry = try cursor.first()
        }
        while let current = entry {
            guard try body(Key(lmdbBytes: current.key), Value(lmdbBytes: current.value)) else { return }
            entry = try cursor.next()
        }
    }

    /// Number of entries in `db` as of this snapshot.
    @inlinable
    public final func entryCount<Key, Value>(_ db: TypedDatabase<Key, Value>) throws -> Int {
        try entryCount(db.database)
    }
}
