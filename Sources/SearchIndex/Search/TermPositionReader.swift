import LMDB

/// Reads one term's positions per document, for phrase matching and proximity scoring: the only
/// readers of positions, which are stored after each postings block in the same LMDB value.
///
/// Keeps the block of the last document asked for decoded (doc ids, masks, frequencies), and
/// decodes the positions of the one document asked for (`PostingsCodec.decodePositions(_:block:document:skipping:)`),
/// so documents asked for in increasing order decode each block at most once; any order is
/// correct (a document outside the current block seeks again). Valid within its read transaction:
/// it keeps pointers into the memory map. Used by one thread at a time (another thread gets a
/// `copy`), so its walk state skips Swift's dynamic exclusivity checks.
final class TermPositionReader {
    let termID: UInt32
    /// The term's block when it is stored inline in its `terms` entry.
    private let inline: [UInt8]
    private let block: DecodedBlock
    /// The current block's bytes in the memory map (unused for an inline block).
    @exclusivity(unchecked) private var value = UnsafeRawBufferPointer(start: nil, count: 0)
    @exclusivity(unchecked) private var loaded = false
    private let cursor: Cursor?
    /// The term's blocks when already found (`TermBlocks`): looked up in memory, not sought.
    private let blocks: TermBlocks?
    /// Whether every document's positions are decoded when a block is loaded.
    private let wholeBlocks: Bool
    /// Where the last document found sits in the loaded block, and how many positions the
    /// entries before it hold: a later document of the same block is found by walking on from
    /// there, without searching the block or summing frequencies from its start again.
    @exclusivity(unchecked) private var walkIndex = 0
    @exclusivity(unchecked) private var walkSkip = 0

    /// A reader of the term `info`, reading blocks through `cursor` (a cursor on the postings
    /// database; readers may share one, each seeks before reading). With `wholeBlocks`, a block's
    /// positions are decoded once, all of them, when it is loaded: for callers that ask for many
    /// documents of a block in increasing order (a multi-word synonym walking an intersection),
    /// where decoding each document apart would step over the ones before it again and again.
    init(_ info: TermInfo, cursor: Cursor, wholeBlocks: Bool = false) {
        termID = info.termID
        inline = info.inlinePostings
        self.cursor = cursor
        self.wholeBlocks = wholeBlocks
        blocks = nil
        block = DecodedBlock()
    }

    /// A reader of the term whose blocks are `blocks`, found by binary search instead of a cursor,
    /// decoding into `block` (which no one else may use while the reader does).
    init(_ blocks: TermBlocks, block: DecodedBlock) {
        self.block = block
        termID = blocks.termID
        inline = blocks.inline
        cursor = nil
        wholeBlocks = false
        self.blocks = blocks
    }

    /// Whether `copy` gives a copy (the reader was made with its `TermBlocks`).
    var isCopyable: Bool { blocks != nil }

    /// A reader of the same term decoding into a block of its own, for use on another thread
    /// while this one is used; nil for a reader that seeks through a cursor (a cursor belongs to
    /// its transaction's thread).
    func copy() -> TermPositionReader? {
        blocks.map { TermPositionReader($0, block: DecodedBlock()) }
    }

    /// Calls `body` with each text field of `doc` holding the term and the term's positions in
    /// it (ascending, valid only during the call); nothing when `doc` lacks the term.
    func forEachField(of doc: UInt32, _ body: (UInt8, UnsafeBufferPointer<UInt32>) throws -> Void) throws {
        if !inline.isEmpty {
            if !loaded {
                guard inline.withUnsafeBytes({ PostingsCodec.decodeBlock($0, into: block, norms: false) && (!wholeBlocks || PostingsCodec.decodePositions($0, block: block)) })
                else { throw IndexError.corrupt("postings of term \(termID)") }
                loaded = true
            }
        } else if !loaded || doc > block.lastDoc || doc < block.docs[0] {
            loaded = false
            let found: UnsafeRawBufferPointer
            if let blocks {
                let i = blocks.firstBlock(reaching: doc)
                guard i < blocks.values.count else { return }
                found = blocks.values[i]
            } else {
                let probe = ByteCoding.blockKey(term: termID, lastDoc: doc)
                guard let entry = try withUnsafeBytes(of: probe, { try cursor?.seek(atLeast: $0) }),
                      entry.key.count == 8, ByteCoding.readBE32(entry.key, at: 0) == termID else { return }
                found = entry.value
            }
            guard PostingsCodec.decodeBlock(found, into: block, norms: false), !wholeBlocks || PostingsCodec.decodePositions(found, block: block) else {
                throw IndexError.corrupt("postings block of term \(termID)")
            }
            value = found
            loaded = true
            walkIndex = 0
            walkSkip = 0
        }
        guard doc >= block.docs[0], doc <= block.lastDoc else { return }
        // Reads go up a block (proximity on entry, candidates in doc id order): walk on from the
        // last document found; a read below it walks again from the block's start.
        if doc < block.docs[walkIndex] {
            walkIndex = 0
            walkSkip = 0
        }
        // The document first (it is at most the block's last), then the positions of the entries
        // walked over: as many as those entries when every frequency is 1, else their sum.
        var low = walkIndex
        while block.docs[low] < doc { low += 1 }
        let from = Int(block.entryStarts[walkIndex]), to = Int(block.entryStarts[low])
        var skip = walkSkip
        if block.unitFrequencies {
            skip &+= to &- from
        } else {
            for e in from..<to { skip &+= Int(block.frequencies[e]) }
        }
        walkIndex = low
        walkSkip = skip
        guard block.docs[low] == doc else { return }
        if !wholeBlocks {
            let decoded = inline.isEmpty
                ? PostingsCodec.decodePositions(value, block: block, document: low, skipping: skip)
                : inline.withUnsafeBytes { PostingsCodec.decodePositions($0, block: block, document: low, skipping: skip) }
            guard decoded else { throw IndexError.corrupt("positions of term \(termID)") }
        }
        var mask = block.masks[low]
        var e = Int(block.entryStarts[low])
        while mask != 0 {
            let from = Int(block.positionStarts[e]), to = Int(block.positionStarts[e + 1])
            try body(UInt8(mask.trailingZeroBitCount), UnsafeBufferPointer(start: block.positions + from, count: to - from))
            e += 1
            mask &= mask - 1
        }
    }
}
