/// A snapshot of an environment's state (`mdb_env_info`).
public struct EnvironmentInfo: Sendable, Hashable {
    /// Size of the memory map in bytes.
    public let mapSize: Int
    /// Number of the last page in use; `(lastPageNumber + 1) × pageSize` bytes of the map are used.
    public let lastPageNumber: Int
    /// ID of the last committed transaction.
    public let lastTransactionID: Int
    /// Size of the reader table.
    public let maxReaders: Int
    /// Reader slots used so far (by any process; includes idle pooled slots).
    public let readersUsed: Int
}
