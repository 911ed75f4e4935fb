#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands out process-unique serial numbers, so a `Database` can be checked against the environment
/// that opened it (handles are small integers that mean something else in another environment).
final class SerialNumberSource: @unchecked Sendable {
    /// The source for `Environment` serial numbers.
    static let environments = SerialNumberSource()

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var last: UInt64 = 0

    private init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    /// A number never returned before in this process.
    func next() -> UInt64 {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        last += 1
        return last
    }
}
