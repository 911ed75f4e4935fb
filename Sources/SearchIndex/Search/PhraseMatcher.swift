import LMDB

/// Checks phrase constraints on candidate documents by reading term positions, which are stored
/// apart from postings and read only here. Candidates must be offered in increasing doc order;
/// each term keeps its current block decoded, so a block is decoded at most once per phrase.
final class PhraseMatcher {
    private final class TermPositions {
        let termID: UInt32
        /// The term's block when it is stored inline in its `terms` entry.
        let inline: [UInt8]
        let block = DecodedBlock()
        var lastDoc: UInt32 = 0
        var loaded = false
        init(termID: UInt32, inline: [UInt8]) {
            self.termID = termID
            self.inline = inline
        }
    }

    private let phrase: QueryPlan.Phrase
    /// Per phrase word, its alternatives found in the index.
    private let terms: [[TermPositions]]
    private let cursor: Cursor

    /// A matcher for `phrase`; nil when one of its words is not in the index (nothing matches).
    init?(_ phrase: QueryPlan.Phrase, txn: ReadTransaction, layout: IndexLayout) throws {
        var terms: [[TermPositions]] = []
        for alternatives in phrase.terms {
            let found = try alternatives.compactMap { term -> TermPositions? in
                guard let raw = try txn.value(layout.terms, key: Array(term.utf8)), let info = TermInfo(raw) else { return nil }
                return TermPositions(termID: info.termID, inline: info.inlinePostings)
            }
            if found.isEmpty { return nil }
            terms.append(found)
        }
        self.phrase = phrase
        self.terms = terms
        cursor = try txn.cursor(layout.postings)
    }

    /// Whether `doc` contains the phrase in one field.
    func matches(_ doc: UInt32) throws -> Bool {
        var lists: [[UInt8: [UInt32]]] = []
        for alternatives in terms {
            var merged: [UInt8: [UInt32]] = [:]
            for term in alternatives {
                for (field, positions) in try positions(term, doc: doc) where phrase.fieldMask & (1 << field) != 0 {
                    merged[field, default: []] += positions
                }
            }
            if merged.isEmpty { return false }
            lists.append(merged.mapValues { $0.sorted() })
        }
        for field in lists[0].keys where lists.allSatisfy({ $0[field] != nil }) {
            if Self.inOrder(lists.map { $0[field]! }, offsets: phrase.offsets, slop: phrase.slop) { return true }
        }
        return false
    }

    /// Whether some position of the first list starts a match: each next word at its offset,
    /// allowing `slop` extra positions in total (words in order).
    static func inOrder(_ lists: [[UInt32]], offsets: [Int], slop: Int) -> Bool {
        for start in lists[0] {
            var previous = Int(start)
            var spent = 0
            var ok = true
            for i in 1..<lists.count {
                let expected = previous + (offsets[i] - offsets[i - 1])
                guard let next = lists[i].first(where: { Int($0) >= expected }), Int(next) - expected + spent <= slop else {
                    ok = false
                    break
                }
                spent += Int(next) - expected
                previous = Int(next)
            }
            if ok { return true }
        }
        return false
    }

    /// The positions of `term` in `doc`, per field.
    private func positions(_ term: TermPositions, doc: UInt32) throws -> [(UInt8, [UInt32])] {
        if !term.inline.isEmpty, !term.loaded {
            guard term.inline.withUnsafeBytes({ PostingsCodec.decodeBlock($0, into: term.block) && PostingsCodec.decodePositions($0, block: term.block) }) else {
                throw IndexError.corrupt("positions of term \(term.termID)")
            }
            term.lastDoc = term.block.lastDoc
            term.loaded = true
        } else if term.inline.isEmpty, !term.loaded || doc > term.lastDoc || doc < term.block.docs[0] {
            let probe = ByteCoding.blockKey(term: term.termID, lastDoc: doc)
            guard let entry = try withUnsafeBytes(of: probe, { try cursor.seek(atLeast: $0) }),
                  entry.key.count == 8, ByteCoding.readBE32(entry.key, at: 0) == term.termID else { return [] }
            guard PostingsCodec.decodeBlock(entry.value, into: term.block), PostingsCodec.decodePositions(entry.value, block: term.block) else {
                throw IndexError.corrupt("positions of term \(term.termID)")
            }
            term.lastDoc = term.block.lastDoc
            term.loaded = true
        }
        let block = term.block
        guard let i = (0..<block.count).first(where: { block.docs[$0] == doc }) else { return [] }
        var result: [(UInt8, [UInt32])] = []
        var mask = block.masks[i]
        var e = Int(block.entryStarts[i])
        while mask != 0 {
            let f = UInt8(mask.trailingZeroBitCount)
            let from = Int(block.positionStarts[e]), to = Int(block.positionStarts[e + 1])
            result.append((f, Array(UnsafeBufferPointer(start: block.positions + from, count: to - from))))
            e += 1
            mask &= mask - 1
        }
        return result
    }
}
