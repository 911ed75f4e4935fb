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

    /// Looks every chunk up now: afterwards the cache reads nothing through the transaction and
    /// changes no more, so it may be read from several threads while the transaction stays open.
    func resolveAll() throws {
        for index in resolved.indices where !resolved[index] { _ = try chunk(at: index) }
    }

    /// The encoded chunk holding `doc` (nil when the column has no value in it).
    @inline(__always)
    func chunk(holding doc: UInt32) throws -> (bytes: UnsafeRawBufferPointer, index: Int)? {
        try chunk(at: Int(ColumnChunk.chunk(of: doc)))
    }

    /// The encoded chunk number `index` (nil when the column has no value in it).
    func chunk(at index: Int) throws -> (bytes: UnsafeRawBufferPointer, index: Int)? {
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

    /// See `ColumnChunkCache.resolveAll`.
    func resolveAll() throws { try cache.resolveAll() }

    private init(cache: ColumnChunkCache) {
        self.cache = cache
    }

    /// A reader of the same chunks (the same cache, resolved: see `resolveAll`), for another
    /// thread: threads that share one reader object contend on its reference count.
    func copy() -> Self { Self(cache: cache) }

    /// The value of `doc`, NaN when it has none.
    func value(_ doc: UInt32) throws -> Double {
        guard let (bytes, _) = try cache.chunk(holding: doc) else { return .nan }
        return ColumnChunk.numericValue(bytes, slot: ColumnChunk.slot(of: doc))
    }

    /// Writes the value of each of `docs` (NaN when it has none) to `values[i]`.
    ///
    /// The batch form of `value(_:)` for counting many documents: a chunk is looked up only when
    /// the next document lies in another chunk than the previous one, so documents in ascending
    /// order (or long ascending runs) cost a bit test, a popcount and a load each.
    func values(_ docs: UnsafeBufferPointer<UInt32>, into values: UnsafeMutablePointer<Double>) throws {
        var current = -1
        var base: UnsafeRawPointer?
        var present = 0
        for (i, doc) in docs.enumerated() {
            let index = Int(ColumnChunk.chunk(of: doc))
            if index != current {
                current = index
                base = nil
                if let (bytes, _) = try cache.chunk(at: index) {
                    present = cache.presentCounts[index]
                    guard ColumnChunk.bodyOffset + 8 * present <= bytes.count else { throw IndexError.corrupt("numeric column \(cache.column) chunk \(index)") }
                    base = bytes.baseAddress
                }
            }
            guard let base else {
                values[i] = .nan
                continue
            }
            if let rank = ColumnChunk.rank(base, slot: ColumnChunk.slot(of: doc)), rank < present {
                values[i] = Double(bitPattern: UInt64(littleEndian: base.loadUnaligned(fromByteOffset: ColumnChunk.bodyOffset + 8 * rank, as: UInt64.self)))
            } else {
                values[i] = .nan
            }
        }
    }
}

/// Reads one facet column (value ordinals per document) within a read transaction.
final class FacetColumnReader {
    private let cache: ColumnChunkCache

    init(txn: ReadTransaction, layout: IndexLayout, column: UInt16, documentLimit: UInt32) {
        cache = ColumnChunkCache(txn: txn, layout: layout, column: column, tag: ColumnChunk.facetTag, documentLimit: documentLimit)
    }

    /// See `ColumnChunkCache.resolveAll`.
    func resolveAll() throws { try cache.resolveAll() }

    private init(cache: ColumnChunkCache) {
        self.cache = cache
    }

    /// A reader of the same chunks (the same cache, resolved: see `resolveAll`), for another
    /// thread: threads that share one reader object contend on its reference count.
    func copy() -> Self { Self(cache: cache) }

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

    /// Adds 1 to `counts[ordinal]` for each ordinal of each of `docs` (ordinals ≥ `limit` are
    /// skipped); a document listed twice counts twice.
    ///
    /// The batch form of `count(_:into:limit:)`: a chunk is looked up (and its size checked
    /// against its offsets) only when the next document lies in another chunk than the previous
    /// one, then each document costs a bit test, a popcount and two loads, with no reference
    /// counting in the loop.
    func count(_ docs: UnsafeBufferPointer<UInt32>, into counts: UnsafeMutablePointer<Int32>, limit: Int) throws {
        var current = -1
        var base: UnsafeRawPointer?
        var present = 0
        var ordinalsStart = 0
        var ordinalCount = 0
        for doc in docs {
            let index = Int(ColumnChunk.chunk(of: doc))
            if index != current {
                current = index
                base = nil
                if let (bytes, _) = try cache.chunk(at: index) {
                    present = cache.presentCounts[index]
                    ordinalsStart = ColumnChunk.bodyOffset + 4 * (present + 1)
                    ordinalCount = Int(ByteCoding.readLE(bytes, at: ColumnChunk.bodyOffset + 4 * present, as: UInt32.self))
                    guard ordinalsStart + 4 * ordinalCount <= bytes.count else { throw IndexError.corrupt("facet column \(cache.column) chunk \(index)") }
                    base = bytes.baseAddress
                }
            }
            guard let base, let rank = ColumnChunk.rank(base, slot: ColumnChunk.slot(of: doc)) else { continue }
            guard rank < present else { throw IndexError.corrupt("facet column \(cache.column) chunk \(current) presence") }
            let offsets = base + ColumnChunk.bodyOffset + 4 * rank
            let from = Int(UInt32(littleEndian: offsets.loadUnaligned(as: UInt32.self)))
            let to = Int(UInt32(littleEndian: offsets.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
            guard from <= to, to <= ordinalCount else { throw IndexError.corrupt("facet column \(cache.column) chunk \(current) offsets") }
            var at = base + ordinalsStart + 4 * from
            for _ in from..<to {
                let ordinal = Int(UInt32(littleEndian: at.loadUnaligned(as: UInt32.self)))
                if ordinal < limit { counts[ordinal] &+= 1 }
                at += 4
            }
        }
    }

    /// Calls `body` with each ordinal of `doc` (ascending); stops when it returns false.
    @inline(__always)
    func forEachOrdinal(_ doc: UInt32, _ body: (UInt32) throws -> Bool) throws {
        guard let (bytes, range) = try ordinals(doc) else { return }
        for offset in range where try !body(ByteCoding.readLE(bytes, at: offset, as: UInt32.self)) { return }
    }
}
