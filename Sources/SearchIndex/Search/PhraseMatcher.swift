import LMDB

/// Checks phrase constraints on candidate documents by reading term positions
/// (`TermPositionReader`). Candidates offered in increasing doc order decode each block at most
/// once per phrase.
final class PhraseMatcher {
    private let phrase: QueryPlan.Phrase
    /// Per phrase word, its alternatives found in the index.
    private let terms: [[TermPositionReader]]

    /// A matcher for `phrase`; nil when one of its words is not in the index (nothing matches).
    init?(_ phrase: QueryPlan.Phrase, txn: ReadTransaction, layout: IndexLayout) throws {
        let cursor = try txn.cursor(layout.postings)
        var terms: [[TermPositionReader]] = []
        for alternatives in phrase.terms {
            let found = try alternatives.compactMap { term -> TermPositionReader? in
                guard let raw = try txn.value(layout.terms, key: Array(term.utf8)), let info = TermInfo(raw) else { return nil }
                return TermPositionReader(info, cursor: cursor)
            }
            if found.isEmpty { return nil }
            terms.append(found)
        }
        self.phrase = phrase
        self.terms = terms
    }

    /// Whether `doc` contains the phrase in one field.
    func matches(_ doc: UInt32) throws -> Bool {
        var lists: [[UInt8: [UInt32]]] = []
        for alternatives in terms {
            var merged: [UInt8: [UInt32]] = [:]
            for term in alternatives {
                try term.forEachField(of: doc) { field, positions in
                    if phrase.fieldMask & (1 << field) != 0 { merged[field, default: []] += positions }
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
}
