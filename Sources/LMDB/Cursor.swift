internal import CLMDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A position in one database, for ordered scans and seeks. Obtained from `ReadTransaction.cursor`.
///
/// Closed when released or when its transaction ends, whichever comes first; using it after its
/// transaction ended is a programming error and stops the program. Stepping allocates nothing: every
/// `Entry` points straight into the memory map and stays valid until the transaction ends (in a write
/// transaction, until its next write).
///
/// Keys are visited in the database's key order: bytewise lexicographic unless the database was opened
/// with `.integerKey` or `.reverseKey`. In a `.dupSort` database `next()` and `previous()` also visit each
/// value of a key.
public final class Cursor {
    /// One key/value pair, pointing into the memory map.
    public struct Entry {
        /// The key's bytes.
        public let key: UnsafeRawBufferPointer
        /// The value's bytes.
        public let value: UnsafeRawBufferPointer

        /// An entry made of two buffers (both must stay valid while the entry is used).
        public init(key: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) {
            self.key = key
            self.value = value
        }
    }

    /// The `MDB_cursor`, nil once closed.
    @exclusivity(unchecked) private var handle: OpaquePointer?
    /// Kept alive so that closing on release can unlink from the transaction's open-cursor list.
    private let transaction: ReadTransaction
    @exclusivity(unchecked) var olderSibling: Unmanaged<Cursor>?
    @exclusivity(unchecked) var newerSibling: Unmanaged<Cursor>?

    init(handle: OpaquePointer, transaction: ReadTransaction) {
        self.handle = handle
        self.transaction = transaction
    }

    deinit {
        close()
    }

    /// Closes the cursor and takes it off its transaction's list (also called by the transaction as it ends).
    func close() {
        guard let handle else { return }
        mdb_cursor_close(handle)
        self.handle = nil
        transaction.unlink(self)
    }

    /// Moves to the first entry; nil when the database is empty.
    public func first() throws -> Entry? { try step(MDB_FIRST, "mdb_cursor_get(MDB_FIRST)") }

    /// Moves to the last entry; nil when the database is empty.
    public func last() throws -> Entry? { try step(MDB_LAST, "mdb_cursor_get(MDB_LAST)") }

    /// Moves to the next entry (the first one if the cursor is unpositioned); nil past the end.
    public func next() throws -> Entry? { try step(MDB_NEXT, "mdb_cursor_get(MDB_NEXT)") }

    /// Moves to the previous entry (the last one if the cursor is unpositioned); nil before the start.
    public func previous() throws -> Entry? { try step(MDB_PREV, "mdb_cursor_get(MDB_PREV)") }

    /// The entry at the cursor; nil when the cursor is unpositioned or its entry was deleted.
    public func current() throws -> Entry? {
        let cursor = activeHandle()
        var key = MDB_val()
        var value = MDB_val()
        let status = mdb_cursor_get(cursor, &key, &value, MDB_GET_CURRENT)
        switch status {
        case 0: return Entry(key: UnsafeRawBufferPointer(key), value: UnsafeRawBufferPointer(value))
        case MDB_NOTFOUND, EINVAL: return nil  // EINVAL: liblmdb's answer for an unpositioned cursor
        default: throw transaction.failure(status, "mdb_cursor_get(MDB_GET_CURRENT)")
        }
    }

    /// Moves to the first entry whose key is ≥ `key` (`MDB_SET_RANGE`); nil when there is none.
    public func seek(atLeast key: UnsafeRawBufferPointer) throws -> Entry? {
        try step(MDB_SET_RANGE, "mdb_cursor_get(MDB_SET_RANGE)", key: key)
    }

    /// Moves to the entry whose key is exactly `key` (its first value in a `dupSort` database,
    /// `MDB_SET_KEY`); nil when the key is absent, leaving the cursor's position unspecified.
    public func seek(exactly key: UnsafeRawBufferPointer) throws -> Entry? {
        try step(MDB_SET_KEY, "mdb_cursor_get(MDB_SET_KEY)", key: key)
    }

    /// `dupSort` only: moves to the next value of the current key; nil after its last value.
    public func nextDuplicate() throws -> Entry? { try step(MDB_NEXT_DUP, "mdb_cursor_get(MDB_NEXT_DUP)") }

    /// Moves to the first value of the next key, skipping the current key's remaining duplicates.
    public func nextKey() throws -> Entry? { try step(MDB_NEXT_NODUP, "mdb_cursor_get(MDB_NEXT_NODUP)") }

    /// `dupSort` only: number of values of the current key.
    public func duplicateCount() throws -> Int {
        var count = 0
        let status = mdb_cursor_count(activeHandle(), &count)
        guard status == 0 else { throw transaction.failure(status, "mdb_cursor_count") }
        return count
    }

    /// Stores `value` under `key` and moves the cursor to it (`mdb_cursor_put`).
    /// Only in a write transaction; calling it in a read transaction is a programming error.
    public func put(key: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, options: WriteTransaction.PutOptions = []) throws {
        let cursor = activeHandle()
        precondition(transaction is WriteTransaction, "LMDB: Cursor.put needs a write transaction")
        var keyValue = MDB_val(key)
        var dataValue = MDB_val(value)
        let status = mdb_cursor_put(cursor, &keyValue, &dataValue, options.rawValue)
        guard status == 0 else { throw transaction.failure(status, "mdb_cursor_put") }
    }

    /// Deletes the entry at the cursor (one value in a `dupSort` database). The next `next()` returns
    /// the entry that followed it. Only in a write transaction.
    public func deleteCurrent() throws {
        let cursor = activeHandle()
        precondition(transaction is WriteTransaction, "LMDB: Cursor.deleteCurrent needs a write transaction")
        let status = mdb_cursor_del(cursor, 0)
        guard status == 0 else { throw transaction.failure(status, "mdb_cursor_del") }
    }

    @inline(__always)
    private func activeHandle() -> OpaquePointer {
        guard let handle else {
            preconditionFailure("LMDB: cursor used after its transaction ended")
        }
        return handle
    }

    @inline(__always)
    private func step(_ operation: MDB_cursor_op, _ name: String) throws -> Entry? {
        var key = MDB_val()
        var value = MDB_val()
        return try finish(mdb_cursor_get(activeHandle(), &key, &value, operation), key, value, name)
    }

    @inline(__always)
    private func step(_ operation: MDB_cursor_op, _ name: String, key searched: UnsafeRawBufferPointer) throws -> Entry? {
        var key = MDB_val(searched)
        var value = MDB_val()
        return try finish(mdb_cursor_get(activeHandle(), &key, &value, operation), key, value, name)
    }

    @inline(__always)
    private func finish(_ status: Int32, _ key: MDB_val, _ value: MDB_val, _ name: String) throws -> Entry? {
        if status == 0 { return Entry(key: UnsafeRawBufferPointer(key), value: UnsafeRawBufferPointer(value)) }
        if status == MDB_NOTFOUND { return nil }
        throw transaction.failure(status, name)
    }
}
