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

/// Where the last read of one reader ended in a chunk whose presence index is a list
/// (`ChunkPresence.rank(slot:cursor:)`): searches read their matches in ascending doc id order,
/// so the next read walks on from there. Any value is safe; 0 starts over.
struct ColumnCursor {
    var chunk = -1
    var position = 0

    /// The cursor for `chunk`, reset when the read moves to another chunk.
    @inline(__always)
    mutating func position(in chunk: Int) -> Int {
        if chunk != self.chunk {
            self.chunk = chunk
            position = 0
        }
        return position
    }
}

/// Reads one numeric column within a read transaction. Not for use by two threads at once
/// (`copy()` gives each its own).
final class NumericColumnReader {
    fileprivate let cache: ColumnChunkCache<NumericChunk>
    @exclusivity(unchecked) private var cursor = ColumnCursor()

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

    /// The value of `doc`, NaN when it has none. Fastest when docs come in ascending order.
    func value(_ doc: UInt32) throws -> Double {
        let index = Int(ColumnChunk.chunk(of: doc))
        guard let chunk = try cache.chunk(at: index) else { return .nan }
        var position = cursor.position(in: index)
        defer { cursor.position = position }
        return chunk.value(slot: ColumnChunk.slot(of: doc), cursor: &position)
    }

    /// Writes the value of each of `docs` (NaN when it has none) to `values[i]`.
    ///
    /// The batch form of `value(_:)` for counting many documents: a chunk is looked up only when
    /// the next document lies in another chunk than the previous one, so documents in ascending
    /// order (or long ascending runs) cost a bit test, a popcount and a load each.
    func values(_ docs: UnsafeBufferPointer<UInt32>, into values: UnsafeMutablePointer<Double>) throws {
        var current = -1
        var chunk: NumericChunk?
        var position = 0
        for (i, doc) in docs.enumerated() {
            let index = Int(ColumnChunk.chunk(of: doc))
            if index != current {
                current = index
                chunk = try cache.chunk(at: index)
                position = 0
            }
            values[i] = chunk?.value(slot: ColumnChunk.slot(of: doc), cursor: &position) ?? .nan
        }
    }
}

extension NumericColumnReader {
    /// Clears from `bits` (documents `base + 64 w + i`, as `CompiledFilter.screen` describes) the
    /// documents whose value fails `passes` (NaN stands for no value).
    func screen(base: UInt32, words: Int, bits: UnsafeMutablePointer<UInt64>, _ passes: (Double) -> Bool) throws {
        guard let chunk = try cache.chunk(holding: base) else {
            if !passes(.nan) { bits.update(repeating: 0, count: words) }
            return
        }
        let first = ColumnChunk.slot(of: base)
        if chunk.presence.isList, !passes(.nan) {
            ColumnChunk.keepListed(chunk.presence, from: first, words: words, bits: bits) { passes(chunk.value(rank: $0)) }
            return
        }
        var cursor = 0
        ColumnChunk.keep(from: first, words: words, bits: bits) { passes(chunk.value(slot: $0, cursor: &cursor)) }
    }

    /// `screen` with a range: keeps the documents whose value lies between `lower` and `upper`
    /// (each bound inclusive or not); a document without a value never does. A packed chunk is
    /// screened on its codes (`NumericChunk.codes`), with no value decoded: a division per
    /// document was a third of the screen's time.
    func screen(base: UInt32, words: Int, bits: UnsafeMutablePointer<UInt64>, lower: Double, lowerInclusive: Bool,
                upper: Double, upperInclusive: Bool) throws {
        guard let chunk = try cache.chunk(holding: base) else {
            bits.update(repeating: 0, count: words)
            return
        }
        guard let codes = chunk.codes(lower: lower, lowerInclusive: lowerInclusive, upper: upper, upperInclusive: upperInclusive) else {
            return try screen(base: base, words: words, bits: bits) { v in
                (lowerInclusive ? v >= lower : v > lower) && (upperInclusive ? v <= upper : v < upper)
            }
        }
        let first = ColumnChunk.slot(of: base)
        if chunk.presence.isList {
            ColumnChunk.keepListed(chunk.presence, from: first, words: words, bits: bits) { codes.contains(chunk.code(rank: $0)) }
            return
        }
        var cursor = 0
        ColumnChunk.keep(from: first, words: words, bits: bits) { slot in
            guard let rank = chunk.presence.rank(slot: slot, cursor: &cursor) else { return false }
            return codes.contains(chunk.code(rank: rank))
        }
    }
}

/// Reads one facet column (value ordinals per document) within a read transaction. Not for use
/// by two threads at once (`copy()` gives each its own).
final class FacetColumnReader {
    private let cache: ColumnChunkCache<FacetChunk>
    @exclusivity(unchecked) private var cursor = ColumnCursor()

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
        let index = Int(ColumnChunk.chunk(of: doc))
        guard let chunk = try cache.chunk(at: index) else { return nil }
        var position = cursor.position(in: index)
        defer { cursor.position = position }
        guard let range = chunk.range(slot: ColumnChunk.slot(of: doc), cursor: &position) else {
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
        var position = 0
        for doc in docs {
            let index = Int(ColumnChunk.chunk(of: doc))
            if index != current {
                current = index
                chunk = try cache.chunk(at: index)
                position = 0
            }
            guard let chunk else { continue }
            guard let range = chunk.range(slot: ColumnChunk.slot(of: doc), cursor: &position) else { throw IndexError.corrupt("facet column \(cache.column) chunk \(current) offsets") }
            for i in range {
                let ordinal = Int(chunk.ordinal(i))
                if ordinal < limit { counts[ordinal] &+= 1 }
            }
        }
    }

    /// Clears from `bits` (documents `base + 64 w + i`, as `CompiledFilter.screen` describes) the
    /// documents none of whose ordinals `passes` (those without any). A chunk that lists its
    /// documents is read through its list, only the documents of the window that have a value.
    func screen(base: UInt32, words: Int, bits: UnsafeMutablePointer<UInt64>, _ passes: (UInt32) -> Bool) throws {
        guard let chunk = try cache.chunk(holding: base) else {
            bits.update(repeating: 0, count: words)
            return
        }
        var malformed = false
        func anyPasses(_ range: Range<Int>?) -> Bool {
            guard let range else {
                malformed = true
                return false
            }
            for index in range where passes(chunk.ordinal(index)) { return true }
            return false
        }
        let first = ColumnChunk.slot(of: base)
        if chunk.presence.isList {
            ColumnChunk.keepListed(chunk.presence, from: first, words: words, bits: bits) { anyPasses(chunk.range(rank: $0)) }
        } else {
            var cursor = 0
            ColumnChunk.keep(from: first, words: words, bits: bits) { anyPasses(chunk.range(slot: $0, cursor: &cursor)) }
        }
        guard !malformed else { throw IndexError.corrupt("facet column \(cache.column) chunk \(ColumnChunk.chunk(of: base)) offsets") }
    }

    /// Calls `body` with each ordinal of `doc` (ascending); stops when it returns false.
    @inline(__always)
    func forEachOrdinal(_ doc: UInt32, _ body: (UInt32) throws -> Bool) throws {
        guard let (chunk, range) = try ordinals(doc) else { return }
        for index in range where try !body(chunk.ordinal(index)) { return }
    }
}
