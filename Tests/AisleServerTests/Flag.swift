import Synchronization

/// A flag one task sets and another reads.
final class Flag: Sendable {
    private let value = Mutex(false)

    /// Whether `set()` was called.
    var isSet: Bool { value.withLock { $0 } }

    /// Sets the flag.
    func set() { value.withLock { $0 = true } }
}
