import Foundation
@testable import SearchIndex
import Testing

@Suite struct IndexWriterTests {
    let folder = TemporaryFolder()

    func makeIndex() throws -> Index { try Index.create(at: folder.path + "/index") }

    @Test func addedDocumentsAreSearchableAndCounted() throws {
        let index = try makeIndex()
        let summary = try index.write([
            .upsert(try Products.document(id: "1", title: "Cordless Hammer Drill")),
            .upsert(try Products.document(id: "2", title: "Copper Pipe Fitting")),
        ])
        #expect(summary == Index.WriteSummary(upserted: 2, deleted: 0))
        #expect(try index.statistics().liveDocuments == 2)
        let result = try index.search(SearchRequest(query: "drill"))
        #expect(Products.ids(result) == ["1"])
        #expect(result.total == 1)
    }

    @Test func updateReplacesTheOldVersionEverywhere() throws {
        let index = try makeIndex()
        try index.write([.upsert(try Products.document(id: "1", title: "Cordless Hammer Drill", brand: "Voltmax"))])
        try index.write([.upsert(try Products.document(id: "1", title: "Garden Hose Reel", brand: "Greenline"))])
        #expect(try index.search(SearchRequest(query: "drill")).total == 0)
        #expect(Products.ids(try index.search(SearchRequest(query: "hose"))) == ["1"])
        let statistics = try index.statistics()
        #expect(statistics.liveDocuments == 1)
        #expect(statistics.deletedDocuments == 1)
        let stored = try #require(try index.document(id: "1"))
        #expect(String(decoding: stored.json, as: UTF8.self).contains("Garden Hose Reel"))
    }

    @Test func deletedDocumentsDisappearFromResultsAndTotals() throws {
        let index = try makeIndex()
        try index.write((1...5).map { .upsert(try Products.document(id: "\($0)", title: "LED Light Bulb \($0)")) })
        let summary = try index.write([.delete(id: "2"), .delete(id: "4"), .delete(id: "missing")])
        #expect(summary.deleted == 2)
        let result = try index.search(SearchRequest(query: "light bulb", limit: 10))
        #expect(result.total == 3)
        #expect(Set(Products.ids(result)) == ["1", "3", "5"])
        #expect(try index.document(id: "2") == nil)
    }

    @Test func storedDocumentsAreReadBackAcrossBlocksAndBatches() throws {
        let index = try makeIndex()
        var expected: [String: String] = [:]
        var rng = SplitMix64(seed: 5)
        for batch in 0..<12 {
            var operations: [IndexOperation] = []
            for _ in 0..<(1 + rng.below(80)) {
                let id = "D\(rng.below(400))"
                // Some documents are far larger than a block's target, most are small.
                let title = "Item \(batch) " + String(repeating: "Steel Bracket ", count: rng.below(10) == 0 ? 400 : 1 + rng.below(6))
                operations.append(.upsert(try Products.document(id: id, title: title)))
                expected[id] = title
            }
            if let victim = expected.keys.sorted().first, rng.below(2) == 0 {
                operations.append(.delete(id: victim))
                expected[victim] = nil
            }
            try index.write(operations)
        }
        #expect(try index.statistics().liveDocuments == UInt64(expected.count))
        for id in (0..<400).map({ "D\($0)" }) {
            let stored = try index.document(id: id)
            #expect(stored?.id == expected[id].map { _ in id })
            if let title = expected[id], let stored {
                #expect(String(decoding: stored.json, as: UTF8.self).contains(title))
            }
        }
    }

    @Test func idOnlyPagesNameTheSameHitsAsFullPagesAcrossBlocksAndBatches() throws {
        let index = try makeIndex()
        var rng = SplitMix64(seed: 9)
        for batch in 0..<6 {
            // Ids of varied lengths (some non-ASCII), titles of varied sizes: several blocks per batch.
            try index.write((0..<(40 + rng.below(60))).map { i in
                let id = i % 5 == 0 ? "Ärmel-\(batch)-\(i)" : "B\(batch)-" + String(repeating: "x", count: rng.below(30)) + "\(i)"
                return .upsert(try Products.document(id: id, title: "Steel Bracket \(i) " + String(repeating: "Zinc Hinge ", count: 1 + rng.below(40))))
            })
        }
        try index.write([.delete(id: "Ärmel-2-5")])
        for query in ["steel bracket", "zinc hinge", "bracket 7"] {
            let full = try index.search(SearchRequest(query: query, limit: 100))
            let bare = try index.search(SearchRequest(query: query, limit: 100, storedDocuments: false))
            #expect(full.hits.count > 50)
            #expect(bare.hits.map(\.id) == full.hits.map(\.id))
            #expect(bare.hits.map(\.score) == full.hits.map(\.score))
            #expect(bare.total == full.total)
            #expect(bare.hits.allSatisfy { $0.document.isEmpty } && full.hits.allSatisfy { !$0.document.isEmpty })
            #expect(!bare.hits.contains { $0.id == "Ärmel-2-5" })
            // Highlighting reads the documents whatever the request says.
            let highlighted = try index.search(SearchRequest(query: query, limit: 5, highlight: true, storedDocuments: false))
            #expect(highlighted.hits.allSatisfy { !$0.document.isEmpty && !$0.highlights.isEmpty })
        }
    }

    @Test func idOnlyPagesNameDocumentsAddedAfterTheirChunkOfIdsWasRead() throws {
        let index = try makeIndex()
        let words = ["alpha", "bravo", "charlie", "delta"]
        // Batch 0 ends just short of the first chunk's end, batch 1 crosses into the second chunk,
        // batch 2 updates documents of batch 0 (new doc ids, in the second chunk), batch 3 adds a few.
        let sizes = [DocumentIDCache.chunkSize - 7, 20, 15, 3]
        for (batch, size) in sizes.enumerated() {
            let operations: [IndexOperation] = try (0..<size).map { i in
                let id = batch == 2 ? "W0-\(i * 11)" : "W\(batch)-\(i)"
                return .upsert(try Products.document(id: id, title: "Hinge \(words[batch]) \(i)"))
            }
            try index.write(operations)
            // Every batch's words, after every batch: ids read before a batch are extended after it.
            for word in words.prefix(batch + 1) {
                let full = try index.search(SearchRequest(query: word, limit: 30))
                let bare = try index.search(SearchRequest(query: word, limit: 30, storedDocuments: false))
                #expect(!full.hits.isEmpty)
                #expect(bare.hits.map(\.id) == full.hits.map(\.id), "\(word) after batch \(batch)")
                #expect(bare.total == full.total)
            }
        }
        // The updated documents carry the new words under their old ids, and only there.
        let updated = try index.search(SearchRequest(query: "charlie", limit: 30, storedDocuments: false))
        #expect(Set(updated.hits.map(\.id)) == Set((0..<15).map { "W0-\($0 * 11)" }))
        let original = try index.search(SearchRequest(query: "alpha", limit: 10_000, storedDocuments: false))
        #expect(original.total == sizes[0] - 15)
        #expect(!original.hits.contains { updated.hits.map(\.id).contains($0.id) })
    }

    @Test func idOnlyPagesNameDocumentsAfterOnesDeletedInTheirOwnBatch() throws {
        let index = try makeIndex()
        try index.write([.upsert(try Products.document(id: "A", title: "Oak Shelf")), .upsert(try Products.document(id: "B", title: "Oak Table")),
                         .delete(id: "A"), .upsert(try Products.document(id: "C", title: "Oak Chair"))])
        #expect(try index.search(SearchRequest(query: "oak", storedDocuments: false)).hits.map(\.id).sorted() == ["B", "C"])
        try index.write([.upsert(try Products.document(id: "D", title: "Oak Desk")), .delete(id: "B")])
        #expect(try index.search(SearchRequest(query: "oak", storedDocuments: false)).hits.map(\.id).sorted() == ["C", "D"])
    }

    @Test func upsertThenDeleteInOneBatchLeavesNothing() throws {
        let index = try makeIndex()
        try index.write([.upsert(try Products.document(id: "9", title: "Ceiling Fan")), .delete(id: "9")])
        #expect(try index.search(SearchRequest(query: "fan")).total == 0)
        #expect(try index.statistics().liveDocuments == 0)
    }

    @Test func aFailingBatchChangesNothing() throws {
        let index = try makeIndex()
        try index.write([.upsert(try Products.document(id: "1", title: "Paint Roller", price: 9.5))])
        // An id longer than an LMDB key can hold fails the batch, and the whole batch with it.
        var bad = try Products.document(id: "2", title: "Paint Tray")
        bad.id = String(repeating: "x", count: 600)
        #expect(throws: IndexError.self) {
            try index.write([.upsert(try Products.document(id: "3", title: "Paint Brush")), .upsert(bad)])
        }
        #expect(try index.search(SearchRequest(query: "paint")).total == 1)
        #expect(try index.statistics().liveDocuments == 1)
    }

    @Test func aReaderKeepsItsSnapshotWhileAWriterCommits() throws {
        let index = try makeIndex()
        try index.write([.upsert(try Products.document(id: "1", title: "Wall Anchor"))])
        let newDocument = try Products.document(id: "2", title: "Wall Anchor Kit")
        try index.environment.read { txn in
            let before = try index.search(SearchRequest(query: "anchor"), in: txn)
            let writer = Thread { _ = try? index.write([.upsert(newDocument)]) }
            writer.start()
            while !writer.isFinished { usleep(1000) }
            #expect(try index.statistics().liveDocuments == 2)
            let during = try index.search(SearchRequest(query: "anchor"), in: txn)
            #expect(before.total == 1 && during.total == 1)
        }
        #expect(try index.search(SearchRequest(query: "anchor")).total == 2)
    }

    @Test func postingsSpanningManyBlocksAndBatchesStayComplete() throws {
        let index = try makeIndex()
        // 1,000 documents in uneven batches: the term "bracket" gets partial blocks reopened and extended.
        var next = 0
        for size in [1, 7, 120, 300, 2, 570] {
            try index.write((next..<(next + size)).map { .upsert(try Products.document(id: "p\($0)", title: "Angle Bracket \($0 % 13 == 0 ? "Heavy" : "Light")")) })
            next += size
        }
        let all = try index.search(SearchRequest(query: "bracket", limit: 2000))
        #expect(all.total == 1000)
        #expect(Set(Products.ids(all)).count == 1000)
        let heavy = try index.search(SearchRequest(query: "heavy", limit: 2000))
        #expect(heavy.total == (0..<1000).filter { $0 % 13 == 0 }.count)
    }
}
