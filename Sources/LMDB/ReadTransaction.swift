internal import CLMDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A consistent, read-only snapshot of an environment, passed to the closure of `Environment.read`
/// (and, as its subclass `WriteTransaction`, of `Environment.write`).
///
/// Valid only while that closure runs, and only on its thread (it is not `Sendable`): calling it after
/// the closure returned is a programming error and stops the program. Buffers it returns point straight
/// into the memory map (no copy) and stay valid until the transaction ends; in a write transaction, only
/// until its next write.
public class ReadTransaction {
    // A transaction is confined to the thread running its closure (it is not Sendable), so its state
    // needs no run-time exclusivity checks; they cost a quarter of `Environment.read`.
    /// The `MDB_txn`, non-nil exactly while the transaction is active.
    @exclusivity(unchecked) final var handle: OpaquePointer?
    /// The `MDB_txn` of a reset read transaction waiting in the pool.
    @exclusivity(unchecked) private final var parked: OpaquePointer?
    final let environmentSerial: UInt64
    /// Most recently opened cursor still open; cursors form a doubly linked list through it.
    @exclusivity(unchecked) private final var newestCursor: Unmanaged<Cursor>?
    /// Set when an operation failed with `MDB_MAP_FULL`: the write is retried after growing the map.
    @exclusivity(unchecked) final var sawMapFull = false

    init(handle: OpaquePointer, environmentSerial: UInt64) {
        self.handle = handle
        self.environmentSerial = environmentSerial
    }

    /// Looks up `key`; nil when absent. In a `dupSort` database, returns the key's first value.
    ///
    /// The buffer points into the memory map: no copy, no allocation. It is valid until the transaction
    /// ends (in a write transaction, until its next write); copy the bytes to keep them longer.
    public final func get(_ db: Database, key: UnsafeRawBufferPointer) throws -> UnsafeRawBufferPointer? {
        let txn = activeHandle(for: db)
        var keyValue = MDB_val(key)
        var value = MDB_val()
        let status = mdb_get(txn, db.handle, &keyValue, &value)
        if status == 0 { return UnsafeRawBufferPointer(value) }
        if status == MDB_NOTFOUND { return nil }
        throw failure(status, "mdb_get")
    }

    /// Opens a cursor on `db`, unpositioned. It is closed when released or when the transaction ends,
    /// whichever comes first.
    public final func cursor(_ db: Database) throws -> Cursor {
        let txn = activeHandle(for: db)
        var cursor: OpaquePointer?
        let status = mdb_cursor_open(txn, db.handle, &cursor)
        guard status == 0, let cursor else { throw failure(status, "mdb_cursor_open") }
        let opened = Cursor(handle: cursor, transaction: self)
        link(opened)
        return opened
    }

    /// Number of entries in `db` as of this snapshot (read from the B-tree header: constant time).
    public final func entryCount(_ db: Database) throws -> Int {
        try statistics(db).entries
    }

    /// B-tree statistics of `db` as of this snapshot.
    public final func statistics(_ db: Database) throws -> DatabaseStatistics {
        let txn = activeHandle(for: db)
        var stat = MDB_stat()
        let status = mdb_stat(txn, db.handle, &stat)
        guard status == 0 else { throw failure(status, "mdb_stat") }
        return DatabaseStatistics(
            pageSize: Int(stat.ms_psize),
            depth: Int(stat.ms_depth),
            branchPages: stat.ms_branch_pages,
            leafPages: stat.ms_leaf_pages,
            overflowPages: stat.ms_overflow_pages,
            entries: stat.ms_entries
        )
    }

    /// Opens (or creates, with `.create`) the database `name` in this transaction (`mdb_dbi_open`).
    final func openHandle(_ name: String?, flags: DatabaseOptions) throws -> Database {
        guard let handle else { preconditionFailure("LMDB: transaction used after its read/write closure returned") }
        var dbi: MDB_dbi = 0
        let status: Int32
        if let name {
            status = name.withCString { mdb_dbi_open(handle, $0, flags.rawValue, &dbi) }
        } else {
            status = mdb_dbi_open(handle, nil, flags.rawValue, &dbi)
        }
        guard status == 0 else { throw failure(status, "mdb_dbi_open(\(name ?? "(main)"))") }
        return Database(name: name, handle: dbi, environmentSerial: environmentSerial)
    }

    /// The active `MDB_txn`, after checking that the transaction is active and `db` belongs to its environment.
    @inline(__always)
    final func activeHandle(for db: Database) -> OpaquePointer {
        guard let handle else {
            preconditionFailure("LMDB: transaction used after its read/write closure returned")
        }
        precondition(
            db.environmentSerial == environmentSerial,
            "LMDB: database \(db.name ?? "(main)") belongs to another Environment"
        )
        return handle
    }

    /// The error for a failed call, noting `MDB_MAP_FULL` so that `Environment.write` can grow the map.
    final func failure(_ status: Int32, _ operation: String) -> LMDBError {
        if status == MDB_MAP_FULL { sawMapFull = true }
        return LMDBError(code: status, operation: operation)
    }

    // MARK: Cursor bookkeeping

    private final func link(_ cursor: Cursor) {
        let node = Unmanaged.passUnretained(cursor)
        cursor.olderSibling = newestCursor
        newestCursor?.takeUnretainedValue().newerSibling = node
        newestCursor = node
    }

    /// Removes `cursor` from the open-cursor list (it is being closed).
    final func unlink(_ cursor: Cursor) {
        let older = cursor.olderSibling
        let newer = cursor.newerSibling
        older?.takeUnretainedValue().newerSibling = newer
        if let newer {
            newer.takeUnretainedValue().olderSibling = older
        } else {
            newestCursor = older
        }
        cursor.olderSibling = nil
        cursor.newerSibling = nil
    }

    /// Closes every cursor still open; each becomes unusable.
    private final func closeCursors() {
        while let node = newestCursor {
            node.takeUnretainedValue().close()
        }
    }

    // MARK: Life cycle (driven by Environment)

    /// Ends a read transaction but keeps its `MDB_txn` and reader slot for `renew`.
    final func reset() {
        closeCursors()
        guard let handle else { return }
        mdb_txn_reset(handle)
        parked = handle
        self.handle = nil
    }

    /// Starts a new snapshot on a reset transaction. On failure the `MDB_txn` is freed and the
    /// transaction cannot be reused.
    final func renew() -> Int32 {
        guard let txn = parked else { return EINVAL }
        let status = mdb_txn_renew(txn)
        if status == 0 {
            handle = txn
            parked = nil
        } else {
            abortReset()
        }
        return status
    }

    /// Frees a reset transaction's `MDB_txn` and reader slot.
    final func abortReset() {
        guard let txn = parked else { return }
        mdb_txn_abort(txn)
        parked = nil
    }

    /// Aborts an active transaction.
    final func abort() {
        closeCursors()
        guard let handle else { return }
        mdb_txn_abort(handle)
        self.handle = nil
    }

    /// Commits an active transaction; liblmdb frees it whatever the outcome.
    final func commit() -> Int32 {
        closeCursors()
        guard let handle else { return EINVAL }
        self.handle = nil
        return mdb_txn_commit(handle)
    }
}
