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
            let bytes = try txn.value(database, key: ByteCoding.columnKey(column: column, chunk: UInt32(chunk)))
            if let bytes, bytes.count < ColumnChunk.bodyOffset || bytes[0] != ColumnChunk.numericTag {
                throw IndexError.corrupt("numeric column \(column) chunk \(chunk)")
            }
            chunks[chunk] = bytes
            resolved[chunk] = true
        }
        guard let bytes = chunks[chunk] else { return .nan }
        return ColumnChunk.numericValue(bytes, slot: ColumnChunk.slot(of: doc))
    }
}

/// Reads one facet column (value ordinals per document) within a read transaction.
final class FacetColumnReader {
    private let txn: ReadTransaction
    private let database: Database
    private let column: UInt16
    private var chunks: [UnsafeRawBufferPointer?]
    private var presentCounts: [Int]
    private var resolved: [Bool]

    init(txn: ReadTransaction, layout: IndexLayout, column: UInt16, documentLimit: UInt32) {
        self.txn = txn
        database = layout.columns
        self.column = column
        let count = Int(ColumnChunk.chunk(of: documentLimit)) + 1
        chunks = Array(repeating: nil, count: count)
        presentCounts = Array(repeating: 0, count: count)
        resolved = Array(repeating: false, count: count)
    }

    /// Calls `body` with each ordinal of `doc` (ascending); stops when it returns false.
    @inline(__always)
    func forEachOrdinal(_ doc: UInt32, _ body: (UInt32) throws -> Bool) throws {
        let chunk = Int(ColumnChunk.chunk(of: doc))
        guard chunk < chunks.count else { return }
        if !resolved[chunk] {
            let bytes = try txn.value(database, key: ByteCoding.columnKey(column: column, chunk: UInt32(chunk)))
            if let bytes, bytes.count < ColumnChunk.bodyOffset || bytes[0] != ColumnChunk.facetTag {
                throw IndexError.corrupt("facet column \(column) chunk \(chunk)")
            }
            chunks[chunk] = bytes
            presentCounts[chunk] = bytes.map(ColumnChunk.presentCount) ?? 0
            resolved[chunk] = true
        }
        guard let bytes = chunks[chunk], let rank = ColumnChunk.rank(bytes, slot: ColumnChunk.slot(of: doc)) else { return }
        guard let range = ColumnChunk.facetRange(bytes, rank: rank, present: presentCounts[chunk]) else {
            throw IndexError.corrupt("facet column \(column) chunk \(chunk)")
        }
        for offset in range where try !body(ByteCoding.readLE(bytes, at: offset, as: UInt32.self)) { return }
    }
}
