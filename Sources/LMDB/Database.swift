internal import CLMDB

/// A handle to one named (or the unnamed main) database inside an `Environment`.
///
/// Obtained from `Environment.openDatabase`; valid for the life of that environment and usable from
/// any thread in any transaction of it. Using it with another environment's transactions is a
/// programming error and stops the program (handles are small integers that would silently mean
/// another database there). After `WriteTransaction.drop` commits, the handle is invalid.
public struct Database: Sendable, Hashable {
    /// The database's name, or nil for the environment's main database.
    public let name: String?
    let handle: MDB_dbi
    let environmentSerial: UInt64

    init(name: String?, handle: MDB_dbi, environmentSerial: UInt64) {
        self.name = name
        self.handle = handle
        self.environmentSerial = environmentSerial
    }
}
