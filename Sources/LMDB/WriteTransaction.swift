internal import CLMDB

/// The read-write transaction passed to the closure of `Environment.write`: everything a
/// `ReadTransaction` offers (reading its own uncommitted writes) plus writing.
///
/// Valid only while that closure runs. The writes become visible to other transactions, atomically and
/// durably (unless the environment was opened with `.noSync`), only when the closure returns and the
/// commit succeeds. Buffers returned by reads are valid only until the next write in this transaction.
public final class WriteTransaction: ReadTransaction {
    /// Flags for `put`, `reserve` and `Cursor.put`.
    public struct PutOptions: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// Fail with `MDB_KEYEXIST` (`isKeyExists`) when the key already exists.
        public static let noOverwrite = PutOptions(rawValue: UInt32(MDB_NOOVERWRITE))
        /// Append at the end of the database without searching: fast bulk loading of keys that arrive in
        /// order. A key that is not greater than the last one fails with `MDB_KEYEXIST`.
        public static let append = PutOptions(rawValue: UInt32(MDB_APPEND))
        /// `dupSort`: like `append`, for values of a key arriving in order.
        public static let appendDup = PutOptions(rawValue: UInt32(MDB_APPENDDUP))
        /// `dupSort`: fail with `MDB_KEYEXIST` when this exact key/value pair already exists.
        public static let noDupData = PutOptions(rawValue: UInt32(MDB_NODUPDATA))
        /// `Cursor.put` only: replace the entry at the cursor, whose key must equal the given key.
        public static let current = PutOptions(rawValue: UInt32(MDB_CURRENT))
    }

    /// Stores `value` under `key`, replacing an existing value (in a `dupSort` database: adding a value).
    /// Keys must be 1...511 bytes (`MDB_BAD_VALSIZE` otherwise).
    public func put(_ db: Database, key: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, options: PutOptions = []) throws {
        let txn = activeHandle(for: db)
        var keyValue = MDB_val(key)
        var dataValue = MDB_val(value)
        let status = mdb_put(txn, db.handle, &keyValue, &dataValue, options.rawValue)
        guard status == 0 else { throw failure(status, "mdb_put") }
    }

    /// Makes room for a `count`-byte value under `key` and returns it for the caller to fill
    /// (`MDB_RESERVE`): this saves building the value elsewhere and copying it in.
    ///
    /// The buffer is uninitialised; fill it before the next write in this transaction and before it
    /// ends. Not allowed in `dupSort` databases.
    public func reserve(_ db: Database, key: UnsafeRawBufferPointer, count: Int, options: PutOptions = []) throws -> UnsafeMutableRawBufferPointer {
        let txn = activeHandle(for: db)
        var keyValue = MDB_val(key)
        var dataValue = MDB_val(mv_size: count, mv_data: nil)
        let status = mdb_put(txn, db.handle, &keyValue, &dataValue, options.rawValue | UInt32(MDB_RESERVE))
        guard status == 0 else { throw failure(status, "mdb_put(MDB_RESERVE)") }
        return UnsafeMutableRawBufferPointer(start: dataValue.mv_data, count: dataValue.mv_size)
    }

    /// Deletes `key` (with all its values in a `dupSort` database). Returns false when it was absent.
    @discardableResult
    public func delete(_ db: Database, key: UnsafeRawBufferPointer) throws -> Bool {
        let txn = activeHandle(for: db)
        var keyValue = MDB_val(key)
        let status = mdb_del(txn, db.handle, &keyValue, nil)
        if status == MDB_NOTFOUND { return false }
        guard status == 0 else { throw failure(status, "mdb_del") }
        return true
    }

    /// `dupSort`: deletes the one pair `key`/`value`. Returns false when it was absent.
    @discardableResult
    public func delete(_ db: Database, key: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) throws -> Bool {
        let txn = activeHandle(for: db)
        var keyValue = MDB_val(key)
        var dataValue = MDB_val(value)
        let status = mdb_del(txn, db.handle, &keyValue, &dataValue)
        if status == MDB_NOTFOUND { return false }
        guard status == 0 else { throw failure(status, "mdb_del") }
        return true
    }

    /// Deletes every entry of `db`; the database itself stays (`mdb_drop(…, 0)`).
    public func clear(_ db: Database) throws {
        let status = mdb_drop(activeHandle(for: db), db.handle, 0)
        guard status == 0 else { throw failure(status, "mdb_drop(\(db.name ?? "(main)"), clear)") }
    }

    /// Deletes `db` from the environment (`mdb_drop(…, 1)`). Once this transaction commits, the handle
    /// (and every copy of the `Database` value) is invalid; open the name again to recreate it.
    public func drop(_ db: Database) throws {
        let status = mdb_drop(activeHandle(for: db), db.handle, 1)
        guard status == 0 else { throw failure(status, "mdb_drop(\(db.name ?? "(main)"), delete)") }
    }
}
