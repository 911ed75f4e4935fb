#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Guards an environment's memory map against being remapped while this process uses it.
///
/// `mdb_env_set_mapsize` unmaps and remaps the file, so it may only run while no transaction of this
/// process is active. Every read and write transaction holds the shared side of a readers–writer lock
/// for its whole life; growing the map takes the exclusive side. The lock prefers the exclusive side,
/// so a steady stream of readers cannot starve growth.
///
/// A per-thread depth makes the shared side re-entrant: a read nested in a read (or in a write) on the
/// same thread does not take the lock again, because with a waiting grower it would deadlock. The same
/// per-thread state marks a thread that is inside `Environment.write`, to catch nested writes (which
/// would deadlock inside liblmdb) and writes that cannot grow the map because the thread still holds
/// the shared side through an enclosing read.
///
/// The writer mutex serialises this process's write transactions before they reach liblmdb.
final class TransactionLock: @unchecked Sendable {
    private let mapLock: UnsafeMutablePointer<pthread_rwlock_t>
    private let writerMutex: UnsafeMutablePointer<pthread_mutex_t>
    /// Per-thread state, encoded as `sharedDepth << 1 | (inWrite ? 1 : 0)`.
    private let threadStateKey: pthread_key_t

    init() {
        mapLock = .allocate(capacity: 1)
        var attributes = pthread_rwlockattr_t()
        pthread_rwlockattr_init(&attributes)
        #if canImport(Glibc)
        pthread_rwlockattr_setkind_np(&attributes, Int32(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP))
        #endif
        let rwlockStatus = pthread_rwlock_init(mapLock, &attributes)
        pthread_rwlockattr_destroy(&attributes)
        precondition(rwlockStatus == 0, "pthread_rwlock_init failed: \(rwlockStatus)")

        writerMutex = .allocate(capacity: 1)
        let mutexStatus = pthread_mutex_init(writerMutex, nil)
        precondition(mutexStatus == 0, "pthread_mutex_init failed: \(mutexStatus)")

        var key = pthread_key_t()
        let keyStatus = pthread_key_create(&key, nil)
        precondition(keyStatus == 0, "pthread_key_create failed (too many open environments?): \(keyStatus)")
        threadStateKey = key
    }

    deinit {
        pthread_key_delete(threadStateKey)
        pthread_mutex_destroy(writerMutex)
        writerMutex.deallocate()
        pthread_rwlock_destroy(mapLock)
        mapLock.deallocate()
    }

    private var threadState: Int {
        get { Int(bitPattern: pthread_getspecific(threadStateKey)) }
        set { pthread_setspecific(threadStateKey, UnsafeRawPointer(bitPattern: newValue)) }
    }

    /// Whether the calling thread has any transaction of this environment open.
    var threadHoldsShared: Bool { threadState >> 1 > 0 }

    /// Whether the calling thread is inside `Environment.write`.
    var threadIsWriting: Bool { threadState & 1 != 0 }

    /// Takes the shared side for the calling thread (a no-op apart from counting when it already has it).
    func enterShared() {
        let state = threadState
        if state >> 1 == 0 {
            let status = pthread_rwlock_rdlock(mapLock)
            precondition(status == 0, "pthread_rwlock_rdlock failed: \(status)")
        }
        threadState = state + 2
    }

    /// Releases one level of the shared side taken by `enterShared`.
    func leaveShared() {
        let state = threadState - 2
        threadState = state
        if state >> 1 == 0 {
            pthread_rwlock_unlock(mapLock)
        }
    }

    /// Runs `body` with the exclusive side held: no other transaction of this process is active.
    /// The calling thread must not hold the shared side (that would deadlock).
    ///
    /// A writer (growing the map between attempts) gives up the writer mutex meanwhile: a thread inside
    /// `read` may be waiting for that mutex to write, and the exclusive side waits for that thread.
    func withExclusive<R>(_ body: () throws -> R) rethrows -> R {
        precondition(!threadHoldsShared, "LMDB: the map cannot be resized from inside a transaction")
        let writing = threadIsWriting
        if writing { pthread_mutex_unlock(writerMutex) }
        defer { if writing { pthread_mutex_lock(writerMutex) } }
        let status = pthread_rwlock_wrlock(mapLock)
        precondition(status == 0, "pthread_rwlock_wrlock failed: \(status)")
        defer { pthread_rwlock_unlock(mapLock) }
        return try body()
    }

    /// Makes the calling thread this process's only writer until `leaveWriter`.
    func enterWriter() {
        precondition(!threadIsWriting, "LMDB: Environment.write called inside another write on the same thread (this would deadlock)")
        pthread_mutex_lock(writerMutex)
        threadState |= 1
    }

    /// Ends `enterWriter`.
    func leaveWriter() {
        threadState &= ~1
        pthread_mutex_unlock(writerMutex)
    }
}
