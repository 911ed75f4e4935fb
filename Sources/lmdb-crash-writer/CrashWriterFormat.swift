import LMDB

/// What `lmdb-crash-writer` writes, so that a checker can tell a fully committed state from a torn one.
///
/// Transaction `n` (1, 2, 3, … continuing from the stored counter) writes, in one commit:
/// - in `batches`: `keysPerTransaction` new keys `batchKey(n, i)`, each with `batchValue(n, i)`;
/// - in `hot`: every key `0..<hotKeyCount` (`UInt32`) overwritten with `n` (`UInt64`);
/// - in `meta`: `counterKey` set to `n` (`UInt64`).
/// After the commit returns it prints `n` on its own line and flushes stdout.
enum CrashWriterFormat {
    static let batchesName = "batches"
    static let hotName = "hot"
    static let metaName = "meta"
    static let counterKey = "counter"
    static let keysPerTransaction: UInt32 = 16
    static let hotKeyCount: UInt32 = 8
    /// Large enough for overflow pages and for a commit to take a while.
    static let valueSize = 16 * 1024
    /// Small, so the map grows (a few times) while the writer runs.
    static let initialMapSize = 1 << 20

    /// Key of entry `index` of transaction `transaction`: 8 + 4 big-endian bytes, so keys sort by
    /// transaction, then index.
    static func batchKey(transaction: UInt64, index: UInt32) -> [UInt8] {
        transaction.withLMDBBytes { Array($0) } + index.withLMDBBytes { Array($0) }
    }

    /// Value of entry `index` of transaction `transaction`: its key, then a pattern derived from both.
    static func batchValue(transaction: UInt64, index: UInt32) -> [UInt8] {
        var value = batchKey(transaction: transaction, index: index)
        value.reserveCapacity(valueSize)
        let seed = transaction &* 131 &+ UInt64(index) &* 31
        for position in value.count..<valueSize {
            value.append(UInt8(truncatingIfNeeded: seed &+ UInt64(position)))
        }
        return value
    }
}
