import LMDB
import Synchronization

/// The `DenseColumn`s of one open index, decoded on first use per column and extended when a
/// search sees more doc ids than the cached decoding holds. Thread-safe: searches share the
/// decoded arrays, which never change once built.
///
/// Memory: a numeric column costs 8 bytes per doc id, a single-valued facet column 4, a
/// multi-valued one 4 per doc id and 4 per ordinal; only columns that were faceted on are held.
final class DenseColumnCache: Sendable {
    private let columns = Mutex<[UInt16: (column: ColumnRegistry.Column, dense: DenseColumn)]>([:])

    /// `column` decoded for at least the doc ids below `documentLimit` (the snapshot `txn`'s
    /// `IndexStatistics.nextDoc`).
    func column(_ column: ColumnRegistry.Column, txn: ReadTransaction, layout: IndexLayout, documentLimit: UInt32) throws -> DenseColumn {
        let known = columns.withLock { $0[column.id]?.dense }
        if let known, known.documentLimit >= documentLimit { return known }
        let decoded = try DenseColumn(column: column, reusing: known, txn: txn, layout: layout, documentLimit: documentLimit)
        columns.withLock { cached in
            if (cached[column.id]?.dense.documentLimit ?? 0) < decoded.documentLimit { cached[column.id] = (column, decoded) }
        }
        return decoded
    }

    /// The columns decoded so far, by id.
    var decoded: [ColumnRegistry.Column] {
        columns.withLock { $0.values.map(\.column) }.sorted { $0.id < $1.id }
    }
}
