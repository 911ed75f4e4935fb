@testable import SearchIndex
import Testing

/// Query words written side by side, in order, in a product's name scale its score.
@Suite struct ProximityBoostTests {
    let folder = TemporaryFolder()

    /// "ordered" and "reversed" have the same words in titles of the same length, so BM25F and
    /// word coverage tie them; only "ordered" writes "cordless drill" in that order. "described"
    /// has the phrase only in its description, which does not name the product. Fillers make
    /// both words common enough for pruning to matter.
    func catalog() throws -> Index {
        let index = try Index.create(at: folder.path + "/index")
        var operations: [IndexOperation] = [
            .upsert(try Products.document(id: "reversed", title: "Drill Kit Cordless Case", price: 30)),
            .upsert(try Products.document(id: "ordered", title: "Cordless Drill Kit Case", price: 10)),
            .upsert(try Products.document(id: "described", title: "Drill Kit Cordless Bag", description: "The cordless drill kit.", price: 20)),
        ]
        for i in 0..<40 {
            operations.append(.upsert(try Products.document(id: "filler\(i)", title: i % 2 == 0 ? "Cordless Saw \(i)" : "Drill Bit \(i)", price: Double(i))))
        }
        try index.write(operations)
        return index
    }

    @Test func wordsInTheQuerysOrderSideBySideInTheNameRankFirst() throws {
        let index = try catalog()
        let plain = try index.search(SearchRequest(query: "cordless drill", proximityWeight: 0))
        let scoreOf = { (result: SearchResult, id: String) in result.hits.first { $0.id == id }?.score }
        #expect(scoreOf(plain, "ordered") == scoreOf(plain, "reversed"))
        let boosted = try index.search(SearchRequest(query: "cordless drill"))
        #expect(boosted.hits.first?.id == "ordered")
        let ordered = try #require(scoreOf(boosted, "ordered")), reversed = try #require(scoreOf(boosted, "reversed"))
        #expect(ordered == reversed * Float(1.3))
        // The same words side by side in the description do not count.
        #expect(scoreOf(boosted, "described") == scoreOf(plain, "described"))
        // Reversed order, or a single word, gets no boost.
        #expect(try index.search(SearchRequest(query: "drill cordless")).hits.first?.id != "ordered")
    }

    /// A brand written only in the brand field and a model code only in the sku field are never
    /// side by side, so no product is a candidate for that pair's boost (positions are not read
    /// for any); once one product has both words in one name field, the pair counts again.
    @Test func wordsThatShareNoNameFieldAreNeverCandidates() throws {
        let index = try Index.create(at: folder.path + "/fields")
        var operations: [IndexOperation] = []
        for i in 0..<20 {
            let json = Products.json(id: "p\(i)", title: "Cordless Drill \(i)", brand: "Zyxel", extra: #""sku": "QX\#(100 + i)""#)
            operations.append(.upsert(try Products.mapper.document(fromJSONLine: Array(json.utf8))))
        }
        try index.write(operations)
        func boost(_ query: String) throws -> ProximityBoost {
            try index.environment.read { txn in
                let statistics = try IndexStore.statistics(index.layout, txn)
                let tables = Bm25fTables(schema: index.schema, statistics: statistics)
                var terms: [ResolvedTerm] = []
                for (w, word) in query.split(separator: " ").enumerated() {
                    let term = try #require(index.analyzer.analyze(String(word)).first?.term)
                    let raw = try #require(try txn.value(index.layout.terms, key: Array(term.utf8)))
                    let info = try #require(TermInfo(raw))
                    terms.append(ResolvedTerm(word: w, info: info, weight: tables.idf(documentFrequency: info.documentFrequency), required: false, fieldMask: 0xFF))
                }
                return try ProximityBoost(terms: terms, nameFields: index.schema.productNameFields, weight: 0.3, txn: txn, layout: index.layout)
            }
        }
        #expect(try boost("cordless drill").isActive)
        let apart = try boost("zyxel qx105")
        #expect(!apart.isActive)
        #expect(apart.bound == 1)
        // Only the pair that may be adjacent counts in the bound; the factor's denominator is every pair.
        let mixed = try boost("zyxel cordless drill")
        #expect(mixed.bound == Float(1 + 0.3 * 1.0 / 2.0))
        try index.write([.upsert(try Products.document(id: "both", title: "Zyxel QX105 charger"))])
        #expect(try boost("zyxel qx105").isActive)
        let hit = try #require(try index.search(SearchRequest(query: "zyxel qx105", limit: 1)).hits.first)
        #expect(hit.id == "both")
    }

    @Test func everyCollectorAppliesTheSameFactor() throws {
        let index = try catalog()
        let query = "cordless drill"
        var reference = SearchRequest(query: query, limit: 5)
        reference.scoreEveryMatch = true
        let exhaustive = try index.search(reference)
        let pairs = { (result: SearchResult) in result.hits.map { "\($0.id):\($0.score)" } }
        #expect(exhaustive.hits.first?.id == "ordered")
        #expect(pairs(try index.search(SearchRequest(query: query, limit: 5))) == pairs(exhaustive))
        #expect(pairs(try index.search(SearchRequest(query: query, limit: 5, exactTotal: false))) == pairs(exhaustive))
        let conjunction = try index.search(SearchRequest(query: query, mode: .all, limit: 5))
        #expect(pairs(conjunction) == Array(pairs(exhaustive).prefix(conjunction.hits.count)))
        // Sorted by a field, the hit still shows the boosted score.
        let byPrice = try index.search(SearchRequest(query: query, mode: .all, sort: .field("price", descending: false), limit: 1))
        #expect(pairs(byPrice) == pairs(exhaustive).filter { $0.hasPrefix("ordered:") })
    }

    @Test func pagesFollowTheBoostedOrderWithoutGapsOrRepeats() throws {
        let index = try catalog()
        let all = try index.search(SearchRequest(query: "cordless drill", limit: 100)).hits.map(\.id)
        var paged: [String] = []
        var cursor: SearchCursor?
        repeat {
            let page = try index.search(SearchRequest(query: "cordless drill", limit: 7, after: cursor))
            paged += page.hits.map(\.id)
            cursor = page.nextCursor
        } while cursor != nil
        #expect(paged == all)
        #expect(all.count == 43)
    }

    @Test func manyNearlyEqualCandidatesSettleToTheSameTopKAsPruning() throws {
        // Templated names: 400 products score alike, half with the words in order, more than
        // `MatchSink.bestFirstCandidates` of them competing for the top k.
        let index = try Index.create(at: folder.path + "/templated")
        var operations: [IndexOperation] = []
        for i in 0..<400 {
            let title = i % 2 == 0 ? "Cordless Drill Model \(i % 7) Kit" : "Drill Model \(i % 7) Cordless Kit"
            operations.append(.upsert(try Products.document(id: "p\(i)", title: title, price: Double(i))))
        }
        try index.write(operations)
        #expect(MatchSink.bestFirstCandidates < 200)
        for k in [1, 10, 100] {
            let settled = try index.search(SearchRequest(query: "cordless drill model kit", limit: k)).hits.map { "\($0.id):\($0.score)" }
            let pruned = try index.search(SearchRequest(query: "cordless drill model kit", limit: k, exactTotal: false)).hits.map { "\($0.id):\($0.score)" }
            #expect(settled == pruned, "k=\(k)")
            #expect(settled.count == k)
        }
    }

    @Test func explanationShowsTheProximityFactor() throws {
        let index = try catalog()
        let ordered = try #require(try index.explain(SearchRequest(query: "cordless drill"), id: "ordered"))
        #expect(ordered.proximity == 1.3)
        #expect(ordered.score == ordered.relevance * ordered.coverage * 1.3)
        let reversed = try #require(try index.explain(SearchRequest(query: "cordless drill"), id: "reversed"))
        #expect(reversed.proximity == 1)
        let hit = try index.search(SearchRequest(query: "cordless drill")).hits.first { $0.id == "ordered" }
        #expect(hit?.score == ordered.score)
    }

    @Test func bestFirstSelectionEqualsTheHeadOfAFullSort() {
        var rng = SplitMix64(seed: 17)
        for _ in 0..<300 {
            // Few distinct bounds, so that ties (broken by doc id) abound.
            let candidates = (0..<rng.below(300)).map { i in
                (doc: UInt32(i * 3 + rng.below(3)), covered: UInt32(3), score: Float(1), best: Float(rng.below(12)) / 4)
            }
            let count = 1 + rng.below(80)
            let sorted = candidates.indices.sorted {
                candidates[$0].best > candidates[$1].best || (candidates[$0].best == candidates[$1].best && candidates[$0].doc < candidates[$1].doc)
            }
            #expect(MatchSink.bestFirst(candidates, count: count) == Array(sorted.prefix(count)))
        }
    }
}
