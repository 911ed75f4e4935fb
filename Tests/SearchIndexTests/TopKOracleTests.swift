@testable import SearchIndex
import Testing

/// Block-max WAND and the leapfrog conjunction must return exactly what exhaustive scoring
/// returns: same documents, same scores, same order (ties by doc id).
@Suite struct TopKOracleTests {
    let folder = TemporaryFolder()

    /// A random catalog over a Zipf-distributed vocabulary, written in several batches with
    /// some deletes and updates, so lists span many blocks, partial blocks and deleted docs.
    /// Half the words are letters-only pairs such as "bofa"/"bofas" that share a stem, so names
    /// have words as typed and as another written form of the same term (`WrittenForm`).
    func randomIndex(seed: UInt64) throws -> (Index, [String]) {
        var rng = SplitMix64(seed: seed)
        let letters = Array("bcdfghjklmnprstvz")
        let vocabulary = (0..<300).map { i -> String in
            guard i % 2 == 0 else { return "w\(i)x" }
            let stem = String([letters[(i / 2) % letters.count], "o", letters[(i / 2 / letters.count) % letters.count], "a"])
            return i % 4 == 0 ? stem : stem + "s"
        }
        func word() -> String {
            // Zipf-like: index = floor(300^u) - 1 skews towards small indexes.
            let u = Double.random(in: 0..<1, using: &rng)
            return vocabulary[min(vocabulary.count - 1, Int(pow(300.0, u)) - 1)]
        }
        func words(_ range: ClosedRange<Int>) -> String { (0..<Int.random(in: range, using: &rng)).map { _ in word() }.joined(separator: " ") }
        let index = try Index.create(at: folder.path + "/oracle-\(seed)")
        var next = 0
        for _ in 0..<6 {
            var operations: [IndexOperation] = []
            for _ in 0..<Int.random(in: 50...400, using: &rng) {
                let id = Int.random(in: 0..<10, using: &rng) == 0 && next > 0 ? Int.random(in: 0..<next, using: &rng) : next
                if id == next { next += 1 }
                operations.append(.upsert(try Products.document(id: "d\(id)", title: words(1...8), brand: Bool.random(using: &rng) ? words(1...2) : nil,
                                                                description: Bool.random(using: &rng) ? words(5...60) : nil,
                                                                price: Double(Int.random(in: 0..<100, using: &rng)))))
            }
            for _ in 0..<Int.random(in: 0...20, using: &rng) { operations.append(.delete(id: "d\(Int.random(in: 0..<next, using: &rng))")) }
            try index.write(operations)
        }
        let queries = (0..<60).map { _ in words(1...5) }
        return (index, queries)
    }

    func pairs(_ result: SearchResult) -> [String] { result.hits.map { "\($0.id):\($0.score)" } }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func blockMaxWandTopKEqualsExhaustiveScoring(seed: UInt64) throws {
        let (index, queries) = try randomIndex(seed: seed)
        for query in queries {
            for k in [1, 10, 50] {
                var reference = SearchRequest(query: query, limit: k)
                reference.scoreEveryMatch = true
                let exhaustive = try index.search(reference)
                let wand = try index.search(SearchRequest(query: query, limit: k, exactTotal: false))
                #expect(pairs(wand) == pairs(exhaustive), "query '\(query)' k=\(k)")
                #expect(!wand.totalIsExact && wand.total <= exhaustive.total)
            }
        }
    }

    @Test(arguments: [5, 6, 7] as [UInt64])
    func conjunctionEqualsExhaustiveScoringWithAllWordsRequired(seed: UInt64) throws {
        let (index, queries) = try randomIndex(seed: seed)
        for query in queries {
            // "+a +b" runs term at a time with every word required; mode .all runs the leapfrog.
            let required = query.split(separator: " ").map { "+" + $0 }.joined(separator: " ")
            let conjunction = try index.search(SearchRequest(query: query, mode: .all, limit: 20))
            let exhaustive = try index.search(SearchRequest(query: required, mode: .any, limit: 20))
            #expect(pairs(conjunction) == pairs(exhaustive), "query '\(query)'")
            #expect(conjunction.total == exhaustive.total && conjunction.totalIsExact)
        }
    }

    @Test func wandSkipsMostDocumentsOfACommonTermForATopTen() throws {
        let index = try Index.create(at: folder.path + "/skip")
        var operations: [IndexOperation] = []
        for i in 0..<5000 {
            operations.append(.upsert(try Products.document(id: "c\(i)", title: i < 10 ? "rare common" : "common filler \(i)")))
        }
        try index.write(operations)
        try index.environment.read { txn in
            let statistics = try IndexStore.statistics(index.layout, txn)
            let tables = Bm25fTables(schema: index.schema, statistics: statistics)
            let lists = try ["rare", "common"].enumerated().map { w, term -> TermPostings in
                let info = TermInfo(try #require(try txn.value(index.layout.terms, key: Array(term.utf8))))!
                return try TermPostings(term: info, word: w, weight: tables.idf(documentFrequency: info.documentFrequency), txn: txn, layout: index.layout, tables: tables)
            }
            let (top, scored) = try tables.factors.withUnsafeBufferPointer { factors in
                try DocumentAtATime.blockMaxWand(lists, k: 10, factors: factors,
                                                 coverage: WordCoverage(fieldMask: index.schema.productNameFields, weight: 0.5, resolvedWords: [0, 1]),
                                                 proximity: try ProximityBoost(terms: [], nameFields: 0, weight: 0, txn: txn, layout: index.layout)) { _ in false }
            }
            #expect(top.items.count == 10)
            #expect(scored < 200, "WAND scored \(scored) of 5000 documents")
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
