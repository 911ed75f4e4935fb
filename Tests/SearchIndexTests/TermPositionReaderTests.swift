@testable import SearchIndex
import Testing

/// A term's positions read per document, in any order, are where the text has the term.
@Suite struct TermPositionReaderTests {
    let folder = TemporaryFolder()

    @Test func positionsReadAscendingDescendingOrShuffledMatchTheText() throws {
        let index = try Index.create(at: folder.path + "/positions")
        var rng = SplitMix64(seed: 5)
        var expected: [String: [String: [UInt32]]] = ["zeta": [:], "omega": [:]]
        var operations: [IndexOperation] = []
        for i in 0..<1_500 {
            // "zeta" once, several times or not at all: the positions before a document's own
            // vary, and several blocks hold the term. "omega" at most once: blocks whose every
            // frequency is 1, where a reader counts the positions it steps over without summing.
            var words = (0..<(2 + rng.below(10))).map { _ in i % 4 != 0 && rng.below(3) == 0 ? "zeta" : "filler" }
            if i % 3 != 0 { words.insert("omega", at: rng.below(words.count + 1)) }
            operations.append(.upsert(try Products.document(id: "p\(i)", title: words.joined(separator: " "))))
            for term in ["zeta", "omega"] { expected[term]!["p\(i)"] = words.indices.filter { words[$0] == term }.map(UInt32.init) }
        }
        try index.write(operations)
        try index.environment.read { txn in
            for (term, unitFrequencies) in [("zeta", false), ("omega", true)] {
                let raw = try #require(try txn.value(index.layout.terms, key: Array(term.utf8)))
                let info = try #require(TermInfo(raw))
                let blocks = try TermBlocks(info, cursor: try txn.cursor(index.layout.postings))
                #expect(blocks.lastDocs.count > 3)
                let decoded = DecodedBlock()
                for value in blocks.values {
                    #expect(PostingsCodec.decodeBlock(value, into: decoded))
                    #expect(decoded.unitFrequencies == unitFrequencies, "\(term)")
                }
                var docs: [(doc: UInt32, id: String)] = []
                for i in 0..<1_500 {
                    let value = try #require(try txn.value(index.layout.ids, key: Array("p\(i)".utf8)))
                    docs.append((ByteCoding.readLE(value, at: 0, as: UInt32.self), "p\(i)"))
                }
                docs.sort { $0.doc < $1.doc }
                var shuffled = docs
                shuffled.shuffle(using: &rng)
                // Ascending with gaps, then back to the start: a reader walking up a block must
                // find its way back down.
                let everyThird = docs.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
                for order in [docs, docs.reversed(), shuffled, everyThird + docs.prefix(200)] {
                    let reader = TermPositionReader(blocks, block: DecodedBlock())
                    for (doc, id) in order {
                        var positions: [UInt32] = []
                        try reader.forEachField(of: doc) { _, list in positions += list }
                        #expect(positions == expected[term]![id], "\(term) \(id)")
                    }
                }
            }
        }
    }
}
