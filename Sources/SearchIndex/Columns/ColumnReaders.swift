import LMDB

/// The chunks of one column within a read transaction, each looked up once and checked for its
/// kind, then read straight from the memory map.
final class ColumnChunkCache {
    private let txn: ReadTransaction
    private let database: Database
    let column: UInt16
    private let tag: UInt8
    @exclusivity(unchecked) private var chunks: [UnsafeRawBufferPointer?]
    /// Present documents per resolved chunk.
    @exclusivity(unchecked) private(set) var presentCounts: [Int]
    @exclusivity(unchecked) private var resolved: [Bool]

    init(txn: ReadTransaction, layout: IndexLayout, column: UInt16, tag: UInt8, documentLimit: UInt32) {
        self.txn = txn
        database = layout.columns
        self.column = column
        self.tag = tag
        let count = Int(ColumnChunk.chunk(of: documentLimit)) + 1
        chunks = Array(repeating: nil, count: count)
        presentCounts = Array(repeating: 0, count: count)
        resolved = Array(repeating: false, count: count)
    }

    /// The encoded chunk holding `doc` (nil when the column has no value in it).
    @inline(__always)
    func chunk(holding doc: UInt32) throws -> (bytes: UnsafeRawBufferPointer, index: Int)? {
        let index = Int(ColumnChunk.chunk(of: doc))
        guard index < chunks.count else { return nil }
        if !resolved[index] {
            let bytes = try txn.value(database, key: ByteCoding.columnKey(column: column, chunk: UInt32(index)))
            if let bytes, bytes.count < ColumnChunk.bodyOffset || bytes[0] != tag {
                throw IndexError.corrupt("column \(column) chunk \(index)")
            }
            chunks[index] = bytes
            presentCounts[index] = bytes.map(ColumnChunk.presentCount) ?? 0
            resolved[index] = true
        }
        return chunks[index].map { ($0, index) }
    }
}

/// Reads one numeric column within a read transaction.
final class NumericColumnReader {
    private let cache: ColumnChunkCache

    init(txn: ReadTransaction, layout: IndexLayout, column: UInt16, documentLimit: UInt32) {
        cache = ColumnChunkCache(txn: txn, layout: layout, column: column, tag: ColumnChunk.numericTag, documentLimit: documentLimit)
    }

    /// The value of `doc`, NaN when it has none.
    func value(_ doc: UInt32) throws -> Double {
        guard let (bytes, _) = try cache.chunk(holding: doc) else { return .nan }
        return ColumnChunk.numericValue(bytes, slot: ColumnChunk.slot(of: doc))
    }
}

/// Reads one facet column (value ordinals per document) within a read transaction.
final class FacetColumnReader {
    private let cache: ColumnChunkCache

    init(txn: ReadTransaction, layout: IndexLayout, column: UInt16, documentLimit: UInt32) {
        cache = ColumnChunkCache(txn: txn, layout: layout, column: column, tag: ColumnChunk.facetTag, documentLimit: documentLimit)
    }

    /// Byte offsets of `doc`'s ordinals in its chunk, and the chunk.
    @inline(__always)
    private func ordinals(_ doc: UInt32) throws -> (UnsafeRawBufferPointer, StrideTo<Int>)? {
        guard let (bytes, index) = try cache.chunk(holding: doc), let rank = ColumnChunk.rank(bytes, slot: ColumnChunk.slot(of: doc)) else { return nil }
        guard let range = ColumnChunk.facetRange(bytes, rank: rank, present: cache.presentCounts[index]) else {
            throw IndexError.corrupt("facet column \(cache.column) chunk \(index)")
        }
        return (bytes, range)
    }

    /// Adds 1 to `counts[ordinal]` for each ordinal of `doc` (ordinals ≥ `limit` are skipped).
    @inline(__always)
    func count(_ doc: UInt32, into counts: UnsafeMutablePointer<Int32>, limit: Int) throws {
        guard let (bytes, range) = try ordinals(doc) else { return }
        for offset in range {
            let ordinal = Int(ByteCoding.readLE(bytes, at: offset, as: UInt32.self))
            if ordinal < limit { counts[ordinal] &+= 1 }
        }
    }

    /// Calls `body` with each ordinal of `doc` (ascending); stops when it returns false.
    @inline(__always)
    func forEachOrdinal(_ doc: UInt32, _ body: (UInt32) throws -> Bool) throws {
        guard let (bytes, range) = try ordinals(doc) else { return }
        for offset in range where try !body(ByteCoding.readLE(bytes, at: offset, as: UInt32.self)) { return }
    }
}
