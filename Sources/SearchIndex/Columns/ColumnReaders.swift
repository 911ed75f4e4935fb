import LMDB

/// A column chunk read in place: `NumericChunk` or `FacetChunk`.
protocol ColumnChunkView {
    /// The tag that chunks of this kind start with.
    static var tag: UInt8 { get }
    /// Reads the header of `bytes`; nil when they are not a well-formed chunk of this kind.
    init?(_ bytes: UnsafeRawBufferPointer)
}

extension NumericChunk: ColumnChunkView {
    static var tag: UInt8 { ColumnChunk.numericTag }
}

extension FacetChunk: ColumnChunkView {
    static var tag: UInt8 { ColumnChunk.facetTag }
}

/// The chunks of one column within a read transaction, each looked up once and its header read
/// and checked, then read straight from the memory map.
final class ColumnChunkCache<Chunk: ColumnChunkView> {
    private let txn: ReadTransaction
    private let database: Database
    let column: UInt16
    @exclusivity(unchecked) private var chunks: [Chunk?]
    @exclusivity(unchecked) private var resolved: [Bool]

    init(txn: ReadTransaction, layout: IndexLayout, column: UInt16, documentLimit: UInt32) {
        self.txn = txn
        database = layout.columns
        self.column = column
        let count = Int(ColumnChunk.chunk(of: documentLimit)) + 1
        chunks = Array(repeating: nil, count: count)
        resolved = Array(repeating: false, count: count)
    }

    /// Looks every chunk up now: afterwards the cache reads nothing through the transaction and
    /// changes no more, so it may be read from several threads while the transaction stays open.
    func resolveAll() throws {
        for index in resolved.indices where !resolved[index] { _ = try chunk(at: index) }
    }

    /// The chunk holding `doc` (nil when the column has no value in it).
    @inline(__always)
    func chunk(holding doc: UInt32) throws -> Chunk? {
        try chunk(at: Int(ColumnChunk.chunk(of: doc)))
    }

    /// Chunk number `index` (nil when the column has no value in it).
    @inline(__always)
    func chunk(at index: Int) throws -> Chunk? {
        guard index < chunks.count else { return nil }
        if !resolved[index] { try resolve(index) }
        return chunks[index]
    }

    private func resolve(_ index: Int) throws {
        if let bytes = try txn.value(database, key: ByteCoding.columnKey(column: column, chunk: UInt32(index))) {
            guard let chunk = Chunk(bytes) else { throw IndexError.corrupt("column \(column) chunk \(index)") }
            chunks[index] = chunk
        }
        resolved[index] = true
    }
}

/// Reads one numeric column within a read transaction.
final class NumericColumnReader {
    private let cache: ColumnChunkCache<NumericChunk>

    init(txn: ReadTransaction, layout: IndexLayout, column: UInt16, documentLimit: UInt32) {
        cache = ColumnChunkCache(txn: txn, layout: layout, column: column, documentLimit: documentLimit)
    }

    /// See `ColumnChunkCache.resolveAll`.
    func resolveAll() throws { try cache.resolveAll() }

    private init(cache: ColumnChunkCache<NumericChunk>) {
        self.cache = cache
    }

    /// A reader of the same chunks (the same cache, resolved: see `resolveAll`), for another
    /// thread: threads that share one reader object contend on its reference count.
    func copy() -> Self { Self(cache: cache) }

    /// The value of `doc`, NaN when it has none.
    func value(_ doc: UInt32) throws -> Double {
        guard let chunk = try cache.chunk(holding: doc) else { return .nan }
        return chunk.value(slot: ColumnChunk.slot(of: doc))
    }

    /// Writes the value of each of `docs` (NaN when it has none) to `values[i]`.
    ///
    /// The batch form of `value(_:)` for counting many documents: a chunk is looked up only when
    /// the next document lies in another chunk than the previous one, so documents in ascending
    /// order (or long ascending runs) cost a bit test, a popcount and a load each.
    func values(_ docs: UnsafeBufferPointer<UInt32>, into values: UnsafeMutablePointer<Double>) throws {
        var current = -1
        var chunk: NumericChunk?
        for (i, doc) in docs.enumerated() {
            let index = Int(ColumnChunk.chunk(of: doc))
            if index != current {
                current = index
                chunk = try cache.chunk(at: index)
            }
            values[i] = chunk?.value(slot: ColumnChunk.slot(of: doc)) ?? .nan
        }
    }
}

/// Reads one facet column (value ordinals per document) within a read transaction.
final class FacetColumnReader {
    private let cache: ColumnChunkCache<FacetChunk>

    init(txn: ReadTransaction, layout: IndexLayout, column: UInt16, documentLimit: UInt32) {
        cache = ColumnChunkCache(txn: txn, layout: layout, column: column, documentLimit: documentLimit)
    }

    /// See `ColumnChunkCache.resolveAll`.
    func resolveAll() throws { try cache.resolveAll() }

    private init(cache: ColumnChunkCache<FacetChunk>) {
        self.cache = cache
    }

    /// A reader of the same chunks (the same cache, resolved: see `resolveAll`), for another
    /// thread: threads that share one reader object contend on its reference count.
    func copy() -> Self { Self(cache: cache) }

    /// `doc`'s chunk and the indexes of its ordinals there; nil when it has none.
    @inline(__always)
    private func ordinals(_ doc: UInt32) throws -> (FacetChunk, Range<Int>)? {
        guard let chunk = try cache.chunk(holding: doc), let rank = ColumnChunk.rank(chunk.base, slot: ColumnChunk.slot(of: doc)) else { return nil }
        guard let range = chunk.range(rank: rank) else {
            throw IndexError.corrupt("facet column \(cache.column) chunk \(ColumnChunk.chunk(of: doc))")
        }
        return (chunk, range)
    }

    /// Adds 1 to `counts[ordinal]` for each ordinal of `doc` (ordinals ≥ `limit` are skipped).
    @inline(__always)
    func count(_ doc: UInt32, into counts: UnsafeMutablePointer<Int32>, limit: Int) throws {
        guard let (chunk, range) = try ordinals(doc) else { return }
        for index in range {
            let ordinal = Int(chunk.ordinal(index))
            if ordinal < limit { counts[ordinal] &+= 1 }
        }
    }

    /// Adds 1 to `counts[ordinal]` for each ordinal of each of `docs` (ordinals ≥ `limit` are
    /// skipped); a document listed twice counts twice.
    ///
    /// The batch form of `count(_:into:limit:)`: a chunk is looked up only when the next document
    /// lies in another chunk than the previous one, then each document costs a bit test, a
    /// popcount and two or three packed loads, with no reference counting in the loop.
    func count(_ docs: UnsafeBufferPointer<UInt32>, into counts: UnsafeMutablePointer<Int32>, limit: Int) throws {
        var current = -1
        var chunk: FacetChunk?
        for doc in docs {
            let index = Int(ColumnChunk.chunk(of: doc))
            if index != current {
                current = index
                chunk = try cache.chunk(at: index)
            }
            guard let chunk, let rank = ColumnChunk.rank(chunk.base, slot: ColumnChunk.slot(of: doc)) else { continue }
            guard let range = chunk.range(rank: rank) else { throw IndexError.corrupt("facet column \(cache.column) chunk \(current) offsets") }
            for i in range {
                let ordinal = Int(chunk.ordinal(i))
                if ordinal < limit { counts[ordinal] &+= 1 }
            }
        }
    }

    /// Calls `body` with each ordinal of `doc` (ascending); stops when it returns false.
    @inline(__always)
    func forEachOrdinal(_ doc: UInt32, _ body: (UInt32) throws -> Bool) throws {
        guard let (chunk, range) = try ordinals(doc) else { return }
        for index in range where try !body(chunk.ordinal(index)) { return }
    }
}
