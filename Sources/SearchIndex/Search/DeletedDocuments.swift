import LMDB

/// Membership test against the `deleted` bitsets of one read transaction. Each chunk's bitset is
/// looked up once and then read straight from the memory map.
struct DeletedDocuments {
    private let txn: ReadTransaction
    private let database: Database
    private let any: Bool
    private var chunks: [UnsafeRawBufferPointer?]
    private var resolved: [Bool]

    init(txn: ReadTransaction, layout: IndexLayout, statistics: IndexStatistics) {
        self.txn = txn
        database = layout.deleted
        any = statistics.deletedDocuments > 0
        let count = Int(ColumnChunk.chunk(of: statistics.nextDoc)) + 1
        chunks = any ? Array(repeating: nil, count: count) : []
        resolved = any ? Array(repeating: false, count: count) : []
    }

    /// No document of the snapshot is deleted.
    var isEmpty: Bool { !any }

    /// Looks every chunk's bitset up now, so that `contains` no longer reads the transaction and
    /// copies of this value may be used on other threads while it stays open.
    mutating func resolveAll() throws {
        for chunk in resolved.indices where !resolved[chunk] { try resolve(chunk) }
    }

    /// Looks chunk `chunk`'s bitset up.
    private mutating func resolve(_ chunk: Int) throws {
        chunks[chunk] = try txn.value(database, integerKey: ByteCoding.docKey(UInt32(chunk)))
        resolved[chunk] = true
    }

    /// The deleted bits of the `TermAtATime` window starting at `base`: 64 words of 64 bits (read
    /// little-endian: bit b of word w is doc `base + w * 64 + b`); nil when nothing in its chunk
    /// is deleted. Valid while the transaction is open.
    mutating func window(at base: UInt32) throws -> UnsafeRawPointer? {
        // A window lies within one chunk.
        assert(ColumnChunk.shift >= TermAtATime.windowShift && base % UInt32(TermAtATime.windowSize) == 0)
        guard let bits = try bitset(holding: base), bits.count >= ColumnChunk.bitmapBytes else { return nil }
        return bits.baseAddress.map { $0 + ColumnChunk.slot(of: base) / 8 }
    }

    /// Whether `doc` is deleted.
    @inline(__always)
    mutating func contains(_ doc: UInt32) throws -> Bool {
        guard let bits = try bitset(holding: doc) else { return false }
        let slot = ColumnChunk.slot(of: doc)
        return bits[slot >> 3] & (1 << UInt8(slot & 7)) != 0
    }

    /// The deleted bitset of the chunk holding `doc`, looked up on first use; nil when nothing
    /// in it is deleted.
    @inline(__always)
    private mutating func bitset(holding doc: UInt32) throws -> UnsafeRawBufferPointer? {
        guard any else { return nil }
        let chunk = Int(ColumnChunk.chunk(of: doc))
        guard chunk < chunks.count else { return nil }
        if !resolved[chunk] { try resolve(chunk) }
        return chunks[chunk]
    }
}
