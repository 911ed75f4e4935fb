extension ReadTransaction {
    /// Visits the entries of `db` in key order from the first key ≥ `start` (and ≥ `prefix`), calling
    /// `body` until it returns false, the entries run out, or (with a `prefix`) the first key that does
    /// not begin with `prefix`. See `Cursor.forEach(from:prefix:_:)`.
    public final func forEach(_ db: Database, from start: UnsafeRawBufferPointer?, prefix: UnsafeRawBufferPointer?, _ body: (Cursor.Entry) throws -> Bool) throws {
        try cursor(db).forEach(from: start, prefix: prefix, body)
    }

    /// `forEach(_:from:prefix:_:)` with byte-array bounds; with none, visits the whole database.
    public final func forEach(_ db: Database, from start: [UInt8]? = nil, prefix: [UInt8]? = nil, _ body: (Cursor.Entry) throws -> Bool) throws {
        try cursor(db).forEach(from: start, prefix: prefix, body)
    }
}
