internal import CLMDB

extension Environment {
    /// Current size of the memory map in bytes (it grows as `write` needs).
    public var mapSize: Int { info().mapSize }

    /// Sets the size of the memory map (`mdb_env_set_mapsize`); a value below what the data needs is
    /// raised to that. Waits until no transaction of this process is active; calling it from inside
    /// `read` or `write` is a programming error and stops the program. The new size is persisted with
    /// the next commit, and other processes adopt it.
    public func setMapSize(_ bytes: Int) throws {
        precondition(bytes > 0, "LMDB: map size must be positive")
        try lock.withExclusive {
            let status = mdb_env_set_mapsize(handle, bytes)
            guard status == 0 else { throw LMDBError(code: status, operation: "mdb_env_set_mapsize(\(bytes))") }
        }
    }

    /// Flushes committed data to disk (`mdb_env_sync`); needed only with `.noSync` or `.mapAsync`.
    /// With `force: false`, an environment opened with `.mapAsync` flushes asynchronously.
    public func sync(force: Bool = true) throws {
        lock.enterShared()
        defer { lock.leaveShared() }
        let status = mdb_env_sync(handle, force ? 1 : 0)
        guard status == 0 else { throw LMDBError(code: status, operation: "mdb_env_sync(\(path))") }
    }

    /// Writes a consistent copy of the environment (as of a read snapshot) to `path`, while readers and
    /// writers go on (`mdb_env_copy2`). With `compact`, free pages are left out and pages renumbered:
    /// smaller, slower. `path` is a directory, created if missing, that must not hold an environment
    /// (`EEXIST` otherwise); for a `.noSubdirectory` environment, the new data file.
    /// Not callable inside `write` on the same thread.
    public func copy(to path: String, compact: Bool = true) throws {
        precondition(!lock.threadIsWriting, "LMDB: copy called inside Environment.write on the same thread")
        if !options.contains(.noSubdirectory) {
            try Environment.createDirectory(atPath: path)
        }
        lock.enterShared()
        defer { lock.leaveShared() }
        let status = mdb_env_copy2(handle, path, compact ? UInt32(MDB_CP_COMPACT) : 0)
        guard status == 0 else { throw LMDBError(code: status, operation: "mdb_env_copy2(\(self.path) → \(path))") }
    }

    /// B-tree statistics of `db` as of the last commit.
    public func statistics(_ db: Database) throws -> DatabaseStatistics {
        try read { transaction in try transaction.statistics(db) }
    }

    /// Map size, last page and transaction, and reader-table use (`mdb_env_info`).
    public func info() -> EnvironmentInfo {
        lock.enterShared()
        defer { lock.leaveShared() }
        var info = MDB_envinfo()
        mdb_env_info(handle, &info)
        return EnvironmentInfo(
            mapSize: info.me_mapsize,
            lastPageNumber: info.me_last_pgno,
            lastTransactionID: info.me_last_txnid,
            maxReaders: Int(info.me_maxreaders),
            readersUsed: Int(info.me_numreaders)
        )
    }

    /// Frees reader slots held by processes that no longer exist (`mdb_reader_check`) and returns how
    /// many. Done on open; call it periodically when other processes using the environment may crash.
    @discardableResult
    public func clearStaleReaders() throws -> Int {
        var cleared: Int32 = 0
        let status = mdb_reader_check(handle, &cleared)
        guard status == 0 else { throw LMDBError(code: status, operation: "mdb_reader_check(\(path))") }
        return Int(cleared)
    }
}
