import LMDB

/// Term-at-a-time collection: every posting of every query term adds its BM25F score to the
/// document's accumulator, then the matches are counted and the top k selected. Exact totals
/// come free, and reading each list front to back is the fastest way through the postings when
/// every match has to be visited anyway.
enum TermAtATime {
    /// Adds every term's scores into `scratch`: afterwards `scratch.touchedDocuments` lists each document
    /// containing any term, `scores` its summed score, `matched` how many query words it has and
    /// `covered` which words it has in a product-name field (`coverage`).
    static func accumulate(_ terms: [ResolvedTerm], coverage: WordCoverage, txn: ReadTransaction, layout: IndexLayout, tables: Bm25fTables,
                           scratch: SearchScratch) throws {
        let block = DecodedBlock()
        let cursor = try txn.cursor(layout.postings)
        for term in terms {
            try accumulate(term: term.info, weight: term.weight, stamp: UInt16(truncatingIfNeeded: term.word + 1),
                           increment: term.required ? 256 : 1, fieldMask: term.fieldMask,
                           coverageBit: coverage.bit(word: term.word, fields: 0xFF), coverageFields: coverage.fieldMask & term.fieldMask,
                           cursor: cursor, block: block, tables: tables, scratch: scratch)
        }
    }

    /// Marks, in `scratch.typed`, the words that documents already touched have as typed in a
    /// product-name field: each of `written` is a word's written-form term (`WrittenForm`).
    /// Documents not touched stay untouched (a written form alone never matches).
    static func markTyped(_ written: [WrittenTerm], coverage: WordCoverage, txn: ReadTransaction, layout: IndexLayout,
                          scratch: SearchScratch) throws {
        let block = DecodedBlock()
        let cursor = try txn.cursor(layout.postings)
        let matched = scratch.matched, typed = scratch.typed
        for term in written {
            let bit = coverage.bit(word: term.word, fields: 0xFF)
            guard bit != 0 else { continue }
            try forEachBlock(of: term.info, cursor: cursor, into: block) {
                for i in 0..<block.count where block.masks[i] & coverage.fieldMask != 0 {
                    let d = Int(block.docs[i])
                    if matched[d] != 0 { typed[d] |= bit }
                }
            }
        }
    }

    /// Decodes each block of `term`'s posting list (its inline one, or its blocks in the postings
    /// database) into `block` and calls `body` after each, in doc id order.
    private static func forEachBlock(of term: TermInfo, cursor: Cursor, into block: DecodedBlock, _ body: () throws -> Void) throws {
        if !term.inlinePostings.isEmpty {
            guard term.inlinePostings.withUnsafeBytes({ PostingsCodec.decodeBlock($0, into: block) }) else {
                throw IndexError.corrupt("postings of term \(term.termID)")
            }
            try body()
            return
        }
        let probe = ByteCoding.blockKey(term: term.termID, lastDoc: 0)
        var entry = try withUnsafeBytes(of: probe) { try cursor.seek(atLeast: $0) }
        while let current = entry, current.key.count == 8, ByteCoding.readBE32(current.key, at: 0) == term.termID {
            guard PostingsCodec.decodeBlock(current.value, into: block) else { throw IndexError.corrupt("postings block of term \(term.termID)") }
            try body()
            entry = try cursor.next()
        }
    }

    /// Adds one term's scores to its documents' accumulators; counts a word once per document.
    private static func accumulate(term: TermInfo, weight: Float, stamp: UInt16, increment: UInt16, fieldMask: UInt8,
                                   coverageBit: UInt32, coverageFields: UInt8, cursor: Cursor,
                                   block: DecodedBlock, tables: Bm25fTables, scratch: SearchScratch) throws {
        let scores = scratch.scores, matched = scratch.matched, stamps = scratch.stamps, covered = scratch.covered
        try tables.factors.withUnsafeBufferPointer { factors in
            try forEachBlock(of: term, cursor: cursor, into: block) {
                for i in 0..<block.count {
                    var mask = block.masks[i]
                    if mask & fieldMask == 0 { continue }
                    var e = Int(block.entryStarts[i])
                    var weighted: Float = 0
                    while mask != 0 {
                        let f = mask.trailingZeroBitCount
                        if fieldMask & (1 << UInt8(f)) != 0 {
                            weighted += Float(block.frequencies[e]) * factors[f &* 256 &+ Int(block.norms[e])]
                        }
                        e += 1
                        mask &= mask &- 1
                    }
                    let doc = block.docs[i]
                    let d = Int(doc)
                    if matched[d] == 0 { scratch.touch(doc) }
                    scores[d] += weight * tables.saturate(weighted)
                    if block.masks[i] & coverageFields != 0 { covered[d] |= coverageBit }
                    if stamps[d] != stamp {
                        stamps[d] = stamp
                        matched[d] &+= increment
                    }
                }
            }
        }
    }
}
