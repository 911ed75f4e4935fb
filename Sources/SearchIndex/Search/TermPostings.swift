import LMDB

/// Walks one term's posting list in doc-id order, straight from the memory map, for
/// document-at-a-time scoring: `advance(to:)` seeks through the B-tree (the block keys are the
/// skip list), `shallowAdvance(to:)` moves to the block holding a doc id reading only its header,
/// so block-max WAND can skip blocks whose best score cannot make the top k.
///
/// `doc` is `UInt32.max` once exhausted (the writer never assigns that id).
final class TermPostings {
    /// Sentinel doc id of an exhausted list.
    static let exhausted = UInt32.max

    let term: UInt32
    /// The query word this term belongs to (scores are summed in word order, so every path
    /// computes bit-identical totals).
    let word: Int
    /// idf × the alternative's weight.
    let weight: Float
    /// Upper bound of `score()` over the whole list.
    let maxScore: Float
    /// Documents in the list (deleted ones included).
    let documentFrequency: UInt32
    private let cursor: Cursor
    /// The term's one block when it is stored inline in its `terms` entry (owned copy).
    private let inline: UnsafeMutableRawBufferPointer?
    private let tables: Bm25fTables
    private let block = DecodedBlock()
    @exclusivity(unchecked) private var value = UnsafeRawBufferPointer(start: nil, count: 0)
    @exclusivity(unchecked) private var decoded = false
    @exclusivity(unchecked) private var header = BlockHeader()
    @exclusivity(unchecked) private var index = 0
    /// The last doc id of the current block.
    @exclusivity(unchecked) private(set) var blockLastDoc: UInt32 = 0
    /// The current document.
    @exclusivity(unchecked) private(set) var doc: UInt32 = 0

    init(term: TermInfo, word: Int, weight: Float, txn: ReadTransaction, layout: IndexLayout, tables: Bm25fTables) throws {
        self.term = term.termID
        documentFrequency = term.documentFrequency
        self.word = word
        self.weight = weight
        self.tables = tables
        maxScore = weight * tables.saturate(tables.maxWeightedFrequency(term.bounds))
        cursor = try txn.cursor(layout.postings)
        if term.inlinePostings.isEmpty {
            inline = nil
            try load(try seekBlock(0))
        } else {
            let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: term.inlinePostings.count, alignment: 8)
            copy.copyBytes(from: term.inlinePostings)
            inline = copy
            try loadInline()
        }
        if doc != Self.exhausted { try decode(); doc = block.docs[0] }
    }

    deinit { inline?.deallocate() }

    private func seekBlock(_ target: UInt32) throws -> Cursor.Entry? {
        if inline != nil { return nil }
        let probe = ByteCoding.blockKey(term: term, lastDoc: target)
        return try withUnsafeBytes(of: probe) { try cursor.seek(atLeast: $0) }
    }

    /// Makes the inline block current (its last doc id is read by decoding it).
    private func loadInline() throws {
        guard let inline, inline.count >= 7, inline[0] < PostingsCodec.blockSize else { throw IndexError.corrupt("postings of term \(term)") }
        value = UnsafeRawBufferPointer(inline)
        header = PostingsCodec.header(value)
        try decode()
        blockLastDoc = block.lastDoc
        index = 0
    }

    private func nextBlock() throws -> Cursor.Entry? {
        inline == nil ? try cursor.next() : nil
    }

    /// Makes `entry` the current block (header only), or exhausts the list when it belongs to
    /// another term.
    private func load(_ entry: Cursor.Entry?) throws {
        guard let entry, entry.key.count == 8, ByteCoding.readBE32(entry.key, at: 0) == term else {
            doc = Self.exhausted
            blockLastDoc = Self.exhausted
            return
        }
        guard entry.value.count >= 7, entry.value.count >= 7 + 2 * entry.value[5].nonzeroBitCount else {
            throw IndexError.corrupt("postings block of term \(term)")
        }
        value = entry.value
        header = PostingsCodec.header(value)
        blockLastDoc = ByteCoding.readBE32(entry.key, at: 4)
        decoded = false
        index = 0
    }

    private func decode() throws {
        guard PostingsCodec.decodeBlock(value, into: block) else { throw IndexError.corrupt("postings block of term \(term)") }
        decoded = true
    }

    /// Moves to the next document.
    func next() throws {
        guard doc != Self.exhausted else { return }
        if !decoded { try decode() }
        index += 1
        if index < block.count {
            doc = block.docs[index]
            return
        }
        try load(try nextBlock())
        if doc != Self.exhausted {
            try decode()
            doc = block.docs[0]
        }
    }

    /// Moves to the first document ≥ `target` (no move when already there).
    func advance(to target: UInt32) throws {
        guard doc < target else { return }
        if target > blockLastDoc {
            try load(try seekBlock(target))
            guard doc != Self.exhausted else { return }
        }
        if !decoded { try decode() }
        var i = index
        while block.docs[i] < target { i += 1 }
        index = i
        doc = block.docs[i]
    }

    /// Makes the block that may hold `target` current without decoding it, and returns the
    /// upper bound of its scores (0 when the list has nothing ≥ `target`). `doc` is not moved
    /// and may then lie before the current block; call `advance(to:)` before `score()`.
    func shallowAdvance(to target: UInt32) throws -> Float {
        if target > blockLastDoc {
            try load(try seekBlock(target))
            if blockLastDoc == Self.exhausted { return 0 }
        }
        return weight * tables.saturate(tables.maxWeightedFrequency(header))
    }

    /// The current document's (field, frequency, norm code) entries.
    func fieldEntries() -> [(field: UInt8, frequency: UInt32, norm: UInt8)] {
        var entries: [(field: UInt8, frequency: UInt32, norm: UInt8)] = []
        var mask = block.masks[index]
        var e = Int(block.entryStarts[index])
        while mask != 0 {
            entries.append((UInt8(mask.trailingZeroBitCount), block.frequencies[e], block.norms[e]))
            e += 1
            mask &= mask - 1
        }
        return entries
    }

    /// The text fields of the current document that hold the term.
    var fieldMask: UInt8 { block.masks[index] }

    /// The norm code of `field` in the current document, nil when the term is not in that field.
    func norm(field: UInt8) -> UInt8? {
        let mask = block.masks[index]
        guard mask & (1 << field) != 0 else { return nil }
        let before = (mask & ((1 << field) &- 1)).nonzeroBitCount
        return block.norms[Int(block.entryStarts[index]) + before]
    }

    /// The BM25F score of the current document.
    @inline(__always)
    func score(factors: UnsafeBufferPointer<Float>) -> Float {
        var mask = block.masks[index]
        var e = Int(block.entryStarts[index])
        var weighted: Float = 0
        while mask != 0 {
            let f = mask.trailingZeroBitCount
            weighted += Float(block.frequencies[e]) * factors[f &* 256 &+ Int(block.norms[e])]
            e += 1
            mask &= mask &- 1
        }
        return weight * tables.saturate(weighted)
    }
}
