internal import CLMDB

/// An LMDB environment: one memory-mapped file holding up to `maxDatabases` named databases, shared
/// safely by all threads of this process (and by other processes opening the same path).
///
/// Work happens in scoped transactions: `read { txn in … }` for a consistent snapshot, `write { txn in … }`
/// for an atomic, durable change. Readers never wait for the writer and see only committed data; writers
/// run one at a time. Open each path once per process (liblmdb's locks are per process) and keep the
/// `Environment` for the life of the program; it is closed when released.
///
/// Read transactions are pooled (reset, then renewed): `read` adds well under 100 ns to what its body does.
/// The map grows automatically on `MDB_MAP_FULL` (see `write`). Growing remaps the file, which needs every
/// transaction of this process to have ended: a long `read` delays growth, and readers that start while
/// growth waits wait for it too.
public final class Environment: @unchecked Sendable {
    /// The path the environment was opened at: a directory, or the data file with `.noSubdirectory`.
    public let path: String
    /// The options the environment was opened with.
    public let options: Options
    let handle: OpaquePointer
    let serial: UInt64
    let lock = TransactionLock()
    private let readPool: ReadTransactionPool

    /// Opens (creating if needed) the environment at `path`.
    ///
    /// - Parameters:
    ///   - path: a directory (created with its parents when missing, unless `.noSubdirectory` or
    ///     `.readOnly`), or with `.noSubdirectory` the data file itself (the lock file is `path-lock`).
    ///   - mapSize: initial size of the memory map in bytes; a multiple of the page size. It only reserves
    ///     address space, so generous is cheap; it grows on demand anyway. An existing environment keeps
    ///     at least the size its data needs.
    ///   - maxDatabases: how many named databases can be opened.
    ///   - maxReaders: size of the reader table shared by all processes; each concurrent read transaction
    ///     and each pooled idle one takes a slot.
    ///   - options: see `Options`. `MDB_NOTLS` is always added: transactions are not tied to threads.
    /// - Throws: `LMDBError` naming the failed step, e.g. `mdb_env_open(/path)` with `ENOENT`.
    public init(path: String, mapSize: Int = 1 << 30, maxDatabases: Int = 32, maxReaders: Int = 512, options: Options = []) throws {
        precondition(mapSize > 0 && maxDatabases >= 0 && maxReaders > 0, "LMDB: invalid Environment limits")
        if !options.contains(.noSubdirectory), !options.contains(.readOnly) {
            try Environment.createDirectory(atPath: path)
        }
        var created: OpaquePointer?
        let createStatus = mdb_env_create(&created)
        guard createStatus == 0, let env = created else {
            throw LMDBError(code: createStatus, operation: "mdb_env_create")
        }
        func check(_ status: Int32, _ operation: String) throws {
            guard status == 0 else {
                mdb_env_close(env)
                throw LMDBError(code: status, operation: operation)
            }
        }
        try check(mdb_env_set_mapsize(env, mapSize), "mdb_env_set_mapsize(\(mapSize))")
        try check(mdb_env_set_maxdbs(env, MDB_dbi(maxDatabases)), "mdb_env_set_maxdbs(\(maxDatabases))")
        try check(mdb_env_set_maxreaders(env, UInt32(maxReaders)), "mdb_env_set_maxreaders(\(maxReaders))")
        try check(mdb_env_open(env, path, options.rawValue | UInt32(MDB_NOTLS), 0o664), "mdb_env_open(\(path))")
        // Free reader slots left behind by processes that died (e.g. killed mid-read).
        var staleReaders: Int32 = 0
        try check(mdb_reader_check(env, &staleReaders), "mdb_reader_check(\(path))")

        self.path = path
        self.options = options
        self.handle = env
        self.serial = SerialNumberSource.environments.next()
        self.readPool = ReadTransactionPool(capacity: max(1, min(16, maxReaders / 4)))
    }

    deinit {
        readPool.drain()
        mdb_env_close(handle)
    }

    /// Runs `body` on a read-only snapshot of the last committed state and returns its result.
    ///
    /// The snapshot does not change while `body` runs, whatever writers commit meanwhile, and writers
    /// never wait for it. The transaction, its cursors and every buffer read from it are valid only inside
    /// `body`. Reads may nest (inside `read` or `write`, on the same thread); each gets its own snapshot.
    /// Keep `body` short: an open snapshot pins the pages it sees and delays map growth.
    ///
    /// - Throws: `LMDBError` if no transaction could be started (e.g. `isReadersFull`), or what `body` throws.
    public func read<R>(_ body: (ReadTransaction) throws -> R) throws -> R {
        var transaction = try beginRead()
        defer { endRead(&transaction) }
        return try body(transaction)
    }

    /// Runs `body` in a read-write transaction and commits it if `body` returns; aborts it (nothing is
    /// written) and rethrows if `body` throws.
    ///
    /// Write transactions run one at a time: concurrent calls from several threads (or processes) wait for
    /// each other. Readers do not wait for them. A `write` inside another `write` on the same thread
    /// deadlocks, so it stops the program instead.
    ///
    /// **`body` may run more than once.** When the memory map fills (`MDB_MAP_FULL` from any write or from
    /// the commit, even if `body` caught it), the transaction is aborted, the map doubled, and `body` run
    /// again from scratch; likewise when another process grew the map (`MDB_MAP_RESIZED`). So `body` must
    /// have no effects outside the transaction: compute, write, return. Growth is impossible while this
    /// thread is inside `read` (the enclosing snapshot pins the map); `isMapFull` is thrown then.
    ///
    /// - Throws: what `body` throws, or `LMDBError` (e.g. from the commit, or `MDB_TXN_FULL` when one
    ///   transaction dirties more pages than liblmdb allows).
    public func write<R>(_ body: (WriteTransaction) throws -> R) throws -> R {
        lock.enterWriter()
        defer { lock.leaveWriter() }
        while true {
            let transaction = WriteTransaction(handle: try beginShared(flags: 0, "mdb_txn_begin(write, \(path))"), environmentSerial: serial)
            let outcome: Result<R, any Error>
            do {
                outcome = .success(try body(transaction))
            } catch {
                outcome = .failure(error)
            }
            if transaction.sawMapFull {
                transaction.abort()
                lock.leaveShared()
                try growMap()
                continue
            }
            switch outcome {
            case .failure(let error):
                transaction.abort()
                lock.leaveShared()
                throw error
            case .success(let result):
                let status = transaction.commit()
                lock.leaveShared()
                if status == 0 { return result }
                if status == MDB_MAP_FULL {
                    try growMap()
                    continue
                }
                throw LMDBError(code: status, operation: "mdb_txn_commit(\(path))")
            }
        }
    }

    /// Opens the database `name` (nil: the main database, whose keys are the names of the named ones).
    ///
    /// With `.create` (and a writable environment) this runs its own write transaction, creating the
    /// database if missing; otherwise a read transaction, and a missing database throws `isNotFound`.
    /// Open each database once and keep the handle; `options` must match the ones it was created with.
    /// Not callable inside `write` on the same thread.
    public func openDatabase(_ name: String?, options: DatabaseOptions = [.create]) throws -> Database {
        precondition(!lock.threadIsWriting, "LMDB: openDatabase called inside Environment.write on the same thread")
        let flags = self.options.contains(.readOnly) ? options.subtracting(.create) : options
        if flags.contains(.create) {
            return try write { transaction in try transaction.openHandle(name, flags: flags) }
        }
        // mdb_dbi_open must not run in two transactions at once: take the writer side here too.
        lock.enterWriter()
        defer { lock.leaveWriter() }
        let transaction = ReadTransaction(handle: try beginShared(flags: UInt32(MDB_RDONLY), "mdb_txn_begin(read, \(path))"), environmentSerial: serial)
        defer { lock.leaveShared() }
        let database: Database
        do {
            database = try transaction.openHandle(name, flags: flags)
        } catch {
            transaction.abort()
            throw error
        }
        // A handle opened in a read transaction becomes shared only when that transaction commits.
        let status = transaction.commit()
        guard status == 0 else { throw LMDBError(code: status, operation: "mdb_txn_commit(\(path))") }
        return database
    }

    // MARK: Transactions

    /// Takes the shared side of the map lock and begins a transaction, adopting a map grown by another
    /// process (`MDB_MAP_RESIZED`) on the way. On error the shared side is released again.
    private func beginShared(flags: UInt32, _ operation: @autoclosure () -> String) throws -> OpaquePointer {
        while true {
            lock.enterShared()
            var transaction: OpaquePointer?
            let status = mdb_txn_begin(handle, nil, flags, &transaction)
            if status == 0, let transaction { return transaction }
            lock.leaveShared()
            if status == MDB_MAP_RESIZED, !lock.threadHoldsShared {
                try adoptMapSize()
                continue
            }
            throw LMDBError(code: status, operation: operation())
        }
    }

    /// A read transaction from the pool (renewed) or a new one, with the shared side held.
    private func beginRead() throws -> ReadTransaction {
        while true {
            lock.enterShared()
            let status: Int32
            if let pooled = readPool.take() {
                status = pooled.renew()
                if status == 0 { return pooled }
            } else {
                var transaction: OpaquePointer?
                status = mdb_txn_begin(handle, nil, UInt32(MDB_RDONLY), &transaction)
                if status == 0, let transaction {
                    return ReadTransaction(handle: transaction, environmentSerial: serial)
                }
            }
            lock.leaveShared()
            if status == MDB_MAP_RESIZED, !lock.threadHoldsShared {
                try adoptMapSize()
                continue
            }
            throw LMDBError(code: status, operation: "mdb_txn_begin(read, \(path))")
        }
    }

    /// Ends a read transaction: back to the pool when nothing else holds it, else aborted for good
    /// (so a transaction object that escaped its closure can never come back to life).
    private func endRead(_ transaction: inout ReadTransaction) {
        if isKnownUniquelyReferenced(&transaction) {
            transaction.reset()
            readPool.give(transaction)
        } else {
            transaction.abort()
        }
        lock.leaveShared()
    }

    // MARK: Map size

    /// Doubles the map after `MDB_MAP_FULL`. The calling thread must hold no transaction.
    private func growMap() throws {
        guard !lock.threadHoldsShared else {
            throw LMDBError(
                code: MDB_MAP_FULL,
                operation: "Environment.write(\(path)): the map cannot grow while this thread is inside Environment.read"
            )
        }
        try lock.withExclusive {
            let current = currentMapSize()
            let (doubled, overflow) = current.multipliedReportingOverflow(by: 2)
            guard !overflow else {
                throw LMDBError(code: MDB_MAP_FULL, operation: "Environment.write(\(path)): the map cannot grow past \(current) bytes")
            }
            let status = mdb_env_set_mapsize(handle, doubled)
            guard status == 0 else { throw LMDBError(code: status, operation: "mdb_env_set_mapsize(\(doubled))") }
        }
    }

    /// Adopts the map size another process committed (`MDB_MAP_RESIZED`).
    private func adoptMapSize() throws {
        try lock.withExclusive {
            let status = mdb_env_set_mapsize(handle, 0)
            guard status == 0 else { throw LMDBError(code: status, operation: "mdb_env_set_mapsize(adopt, \(path))") }
        }
    }

    /// The map size; the caller holds either side of the map lock.
    func currentMapSize() -> Int {
        var info = MDB_envinfo()
        mdb_env_info(handle, &info)
        return info.me_mapsize
    }
}
