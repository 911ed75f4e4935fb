import LMDB

/// Reads one numeric column within a read transaction. Each chunk is looked up once, then values
/// are read straight from the memory map.
final class NumericColumnReader {
    private let txn: ReadTransaction
    private let database: Database
    private let column: UInt16
    private var chunks: [UnsafeRawBufferPointer?]
    private var resolved: [Bool]

    init(txn: ReadTransaction, layout: IndexLayout, column: UInt16, documentLimit: UInt32) {
        self.txn = txn
        database = layout.columns
        self.column = column
        let count = Int(ColumnChunk.chunk(of: documentLimit)) + 1
        chunks = Array(repeating: nil, count: count)
        resolved = Array(repeating: false, count: count)
    }

    /// The value of `doc`, NaN when it has none.
    func value(_ doc: UInt32) throws -> Double {
        let chunk = Int(ColumnChunk.chunk(of: doc))
        guard chunk < chunks.count else { return .nan }
        if !resolved[chunk] {
            chunks[chunk] = try txn.value(database, key: ByteCoding.columnKey(column: column, chunk: UInt32(chunk)))
            resolved[chunk] = true
        }
        guard let bytes = chunks[chunk], bytes.count == 8 * ColumnChunk.size else { return .nan }
        return Double(bitPattern: ByteCoding.readLE(bytes, at: 8 * ColumnChunk.slot(of: doc), as: UInt64.self))
    }
}

/// Reads one facet column (value ordinals per document) within a read transaction.
final class FacetColumnReader {
    private let txn: ReadTransaction
    private let database: Database
    private let column: UInt16
    private var chunks: [UnsafeRawBufferPointer?]
    private var resolved: [Bool]

    init(txn: ReadTransaction, layout: IndexLayout, column: UInt16, documentLimit: UInt32) {
        self.txn = txn
        database = layout.columns
        self.column = column
        let count = Int(ColumnChunk.chunk(of: documentLimit)) + 1
        chunks = Array(repeating: nil, count: count)
        resolved = Array(repeating: false, count: count)
    }

    /// Calls `body` with each ordinal of `doc` (ascending); stops when it returns false.
    @inline(__always)
    func forEachOrdinal(_ doc: UInt32, _ body: (UInt32) throws -> Bool) throws {
        let chunk = Int(ColumnChunk.chunk(of: doc))
        guard chunk < chunks.count else { return }
        if !resolved[chunk] {
            chunks[chunk] = try txn.value(database, key: ByteCoding.columnKey(column: column, chunk: UInt32(chunk)))
            resolved[chunk] = true
        }
        guard let bytes = chunks[chunk] else { return }
        let slot = ColumnChunk.slot(of: doc)
        let from = Int(ByteCoding.readLE(bytes, at: 4 * slot, as: UInt32.self))
        let to = Int(ByteCoding.readLE(bytes, at: 4 * (slot + 1), as: UInt32.self))
        let base = 4 * (ColumnChunk.size + 1)
        guard base + 4 * to <= bytes.count, from <= to else { throw IndexError.corrupt("facet column \(column) chunk \(chunk)") }
        for i in from..<to where try !body(ByteCoding.readLE(bytes, at: base + 4 * i, as: UInt32.self)) { return }
    }
}
