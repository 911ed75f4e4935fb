#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reset read transactions kept for reuse, so `Environment.read` renews one (`mdb_txn_renew`)
/// instead of paying `mdb_txn_begin`, a reader-slot claim and two allocations each time.
///
/// Every transaction in the pool has been reset (`mdb_txn_reset`): it keeps its reader slot but
/// holds no snapshot, so it pins no pages and does not count as active for `mdb_env_set_mapsize`.
final class ReadTransactionPool: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// Only touched with `mutex` held.
    @exclusivity(unchecked) private var idle: [ReadTransaction]
    private let capacity: Int

    /// A pool holding at most `capacity` idle transactions (each keeps one reader slot).
    init(capacity: Int) {
        self.capacity = capacity
        idle = []
        idle.reserveCapacity(capacity)
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        precondition(idle.isEmpty, "LMDB: read transaction pool not drained before its environment closed")
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// An idle reset transaction, or nil when there is none.
    func take() -> ReadTransaction? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return idle.popLast()
    }

    /// Keeps a reset transaction for reuse; aborts it when the pool is full.
    func give(_ transaction: ReadTransaction) {
        pthread_mutex_lock(mutex)
        if idle.count < capacity {
            idle.append(transaction)
            pthread_mutex_unlock(mutex)
        } else {
            pthread_mutex_unlock(mutex)
            transaction.abortReset()
        }
    }

    /// Frees every idle transaction; called before the environment closes.
    func drain() {
        pthread_mutex_lock(mutex)
        let drained = idle
        idle.removeAll(keepingCapacity: false)
        pthread_mutex_unlock(mutex)
        for transaction in drained {
            transaction.abortReset()
        }
    }
}
