internal import CLMDB

/// An error reported by liblmdb (an `MDB_*` code) or by the operating system (an `errno` value).
///
/// `operation` names the call that failed and, where useful, its subject (for example
/// `"mdb_env_open(/var/lib/aisle/index)"`), so the message alone tells what went wrong where.
public struct LMDBError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The `MDB_*` code (negative, -30799 ... -30780) or the `errno` value (positive).
    public let code: Int32
    /// The LMDB call or step that failed.
    public let operation: String

    /// Creates an error for `code` raised by `operation`.
    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// `MDB_MAP_FULL`: the memory map is full. `Environment.write` grows the map and retries on its own,
    /// so callers only see this when growing was impossible.
    public var isMapFull: Bool { code == MDB_MAP_FULL }
    /// `MDB_NOTFOUND`: no such key or database.
    public var isNotFound: Bool { code == MDB_NOTFOUND }
    /// `MDB_KEYEXIST`: the key (or key/value pair) already exists, or an append was out of order.
    public var isKeyExists: Bool { code == MDB_KEYEXIST }
    /// `MDB_MAP_RESIZED`: another process grew the map beyond this process's size.
    public var isMapResized: Bool { code == MDB_MAP_RESIZED }
    /// `MDB_READERS_FULL`: every reader slot is taken; raise `maxReaders`.
    public var isReadersFull: Bool { code == MDB_READERS_FULL }

    /// The operation followed by liblmdb's text for the code, e.g.
    /// `"mdb_put failed: MDB_KEYEXIST: Key/data pair already exists (code -30799)"`.
    public var description: String {
        "\(operation) failed: \(String(cString: mdb_strerror(code))) (code \(code))"
    }
}
