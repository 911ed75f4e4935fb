@testable import SearchIndex
import Testing

/// Term-at-a-time over a plain OR query counts the windows and documents that cannot reach the
/// top k instead of scoring and offering them: results, scores and exact totals must be those of
/// offering every match (`SearchRequest.offerEveryMatch`, the reference path), with deletions
/// and filters screened a window at a time as well.
@Suite struct TermAtATimePruningTests {
    let folder = TemporaryFolder()

    /// Several windows of documents over a Zipf-distributed vocabulary, with a few strong
    /// documents at the start and the end, so that the top k fills early and later windows
    /// holding only weak documents can be skipped.
    func randomIndex(seed: UInt64, documents: Int) throws -> (Index, [String]) {
        var rng = SplitMix64(seed: seed)
        let vocabulary = (0..<120).map { "t\($0)x" }
        func word() -> String {
            let u = Double.random(in: 0..<1, using: &rng)
            return vocabulary[min(vocabulary.count - 1, Int(pow(120.0, u)) - 1)]
        }
        func words(_ range: ClosedRange<Int>) -> String { (0..<Int.random(in: range, using: &rng)).map { _ in word() }.joined(separator: " ") }
        let index = try Index.create(at: folder.path + "/pruning-\(seed)")
        var operations: [IndexOperation] = []
        for i in 0..<documents {
            let strong = i < 20 || i >= documents - 20
            let title = strong ? "t0x t1x t2x" : words(2...8)
            operations.append(.upsert(try Products.document(id: "d\(i)", title: title, description: Int.random(in: 0..<4, using: &rng) == 0 ? words(3...10) : nil,
                                                            price: 1)))
        }
        try index.write(operations)
        let queries = ["t0x t1x", "t0x t1x t2x", "t2x", "t5x t60x"] + (0..<25).map { _ in words(1...4) }
        return (index, queries)
    }

    func pairs(_ result: SearchResult) -> [String] { result.hits.map { "\($0.id):\($0.score)" } }

    /// `request` answered through the reference path, every match offered one by one.
    func reference(_ request: SearchRequest, _ index: Index) throws -> SearchResult {
        var request = request
        request.offerEveryMatch = true
        return try index.search(request)
    }

    @Test func skippingWindowsReturnsWhatOfferingEveryMatchReturns() throws {
        let (index, queries) = try randomIndex(seed: 11, documents: TermAtATime.windowSize + 1500)
        for query in queries {
            for k in [1, 10, 40] {
                let pruned = try index.search(SearchRequest(query: query, limit: k))
                let reference = try reference(SearchRequest(query: query, limit: k), index)
                #expect(pairs(pruned) == pairs(reference), "query '\(query)' k=\(k)")
                #expect(pruned.total == reference.total && pruned.totalIsExact, "query '\(query)' k=\(k)")
            }
        }
    }

    @Test func deletedDocumentsLeaveSkippedAndScoredWindowsAlike() throws {
        let (index, queries) = try randomIndex(seed: 12, documents: 2 * TermAtATime.windowSize + 700)
        // A third of the documents, strong ones among them, deleted: the collector drops them
        // from every window (their accumulators too), the reference checks each match.
        var rng = SplitMix64(seed: 3)
        let gone = (0..<(2 * TermAtATime.windowSize + 700)).filter { $0 < 5 || rng.below(3) == 0 }
        try index.write(gone.map { .delete(id: "d\($0)") })
        let facets = [FacetRequest(field: "price", ranges: [0.5, 2])]
        for query in queries {
            for k in [1, 10, 40] {
                let pruned = try index.search(SearchRequest(query: query, facets: facets, limit: k))
                let reference = try reference(SearchRequest(query: query, facets: facets, limit: k), index)
                #expect(pairs(pruned) == pairs(reference), "query '\(query)' k=\(k)")
                #expect(pruned.total == reference.total && pruned.totalIsExact, "query '\(query)' k=\(k)")
                #expect(pruned.facets == reference.facets, "query '\(query)' k=\(k)")
                #expect(!pruned.hits.contains { gone.contains(Int($0.id.dropFirst())!) })
            }
            let plain = try index.search(SearchRequest(query: query, limit: 10))
            let faceted = try index.search(SearchRequest(query: query, facets: facets, limit: 10))
            #expect(plain.total == faceted.facets[0].ranges.reduce(0) { $0 + $1.count }, "query '\(query)': every live match counted once")
        }
    }

    @Test func compoundFiltersOnRareAndCommonColumnsScreenWindowsAsEveryMatchWould() throws {
        let count = 2 * TermAtATime.windowSize + 300
        let (index, queries) = try randomIndex(seed: 21, documents: count)
        // Half the documents again with columns: a rare attribute (its chunk lists its few
        // documents), a common one (a bitmap), prices; some then deleted.
        var rng = SplitMix64(seed: 4)
        var operations: [IndexOperation] = []
        for i in 0..<count where rng.below(2) == 0 {
            var attributes: [String] = []
            if rng.below(40) == 0 { attributes.append(#""wattage":"\#(["60 W", "100 W"][rng.below(2)])""#) }
            if rng.below(2) == 0 { attributes.append(#""color":"\#(["Red", "Blue", "Green"][rng.below(3)])""#) }
            let price = Double(rng.below(200)) / 4
            let line = #"{"id":"d\#(i)","title":"t0x t\#(rng.below(8))x t\#(rng.below(30))x","price":\#(price),"attributes":{\#(attributes.joined(separator: ","))}}"#
            operations.append(.upsert(try Products.mapper.document(fromJSONLine: Array(line.utf8))))
        }
        try index.write(operations)
        try index.write((0..<count).filter { _ in rng.below(9) == 0 }.map { .delete(id: "d\($0)") })
        let filters = [
            #"attributes.wattage = "60 W""#,
            #"attributes.wattage = "60 W" OR price < 3"#,
            "NOT attributes.color = Red AND price >= 5",
            #"attributes.color IN ["Red", "Blue"] AND NOT attributes.wattage = "100 W""#,
            "price IN [1, 2.5, 7.25] OR NOT price < 40",
            #"attributes.wattage IN ["60 W", "100 W"] OR attributes.color = Green"#,
        ]
        for filter in filters {
            let parsed = try FilterParser().parse(filter)
            var matched = 0
            for query in queries.prefix(8) {
                for (k, facets) in [(1, []), (10, [FacetRequest(field: "attributes.color")])] {
                    let request = SearchRequest(query: query, filter: parsed, facets: facets, limit: k)
                    let screened = try index.search(request)
                    let reference = try reference(request, index)
                    #expect(pairs(screened) == pairs(reference), "filter \(filter), query '\(query)' k=\(k)")
                    #expect(screened.total == reference.total && screened.facets == reference.facets, "filter \(filter), query '\(query)' k=\(k)")
                    matched += screened.total
                }
            }
            #expect(matched > 0, "filter \(filter) screens something in")
        }
    }

    @Test func filteredWindowsReturnWhatOfferingEveryMatchReturns() throws {
        let (index, queries) = try randomIndex(seed: 13, documents: 2 * TermAtATime.windowSize + 300)
        // Half the documents priced out, strong ones among them; a third of the rest deleted.
        var rng = SplitMix64(seed: 8)
        let count = 2 * TermAtATime.windowSize + 300
        var operations: [IndexOperation] = []
        for i in 0..<count where i % 2 == 0 || i < 10 {
            operations.append(.upsert(try Products.document(id: "d\(i)", title: "t0x t1x t2x " + (rng.below(2) == 0 ? "t3x" : ""), brand: i % 3 == 0 ? "Acme" : "Bolt",
                                                            price: 50)))
        }
        try index.write(operations)
        try index.write((0..<count).filter { $0 % 2 == 1 && rng.below(3) == 0 }.map { .delete(id: "d\($0)") })
        let cheap = try FilterParser().parse("price < 10")
        let facets = [FacetRequest(field: "brand")]
        for query in queries.prefix(12) {
            for (k, facets) in [(1, []), (10, facets), (40, [])] {
                let request = SearchRequest(query: query, filter: cheap, facets: facets, limit: k)
                let screened = try index.search(request)
                let reference = try reference(request, index)
                #expect(pairs(screened) == pairs(reference), "query '\(query)' k=\(k)")
                #expect(screened.total == reference.total && screened.totalIsExact, "query '\(query)' k=\(k)")
                #expect(screened.facets == reference.facets, "query '\(query)' k=\(k)")
                #expect(screened.total > 0 && screened.total < count / 2, "query '\(query)'")
            }
        }
    }

    @Test func disjunctiveFacetsCountWhatOfferingEveryMatchCountsWhileWindowsArePruned() throws {
        // Each facet ignores the clause on its own field, so every match is offered one by one;
        // windows and words that cannot reach the top k are still left unscored, their
        // documents offered with score 0: counted and faceted, never ranked.
        let count = 3 * TermAtATime.windowSize + 200
        var rng = SplitMix64(seed: 21)
        let vocabulary = (0..<60).map { "v\($0)y" }
        func word() -> String { vocabulary[min(vocabulary.count - 1, Int(pow(60.0, Double.random(in: 0..<1, using: &rng)))) - 1] }
        let index = try Index.create(at: folder.path + "/disjunctive")
        try index.write(try (0..<count).map { i in
            let title = i < 30 ? "v0y v1y v2y" : (0..<Int.random(in: 2...9, using: &rng)).map { _ in word() }.joined(separator: " ")
            return .upsert(try Products.document(id: "d\(i)", title: title, brand: ["Acme", "Bolt", "Cora"][i % 3], price: Double(i % 50)))
        })
        try index.write((0..<count).filter { $0 % 7 == 3 }.map { .delete(id: "d\($0)") })
        let filter = try FilterParser().parse("(brand:Acme OR brand:Bolt) AND price < 40")
        let facets = [FacetRequest(field: "brand"), FacetRequest(field: "price", ranges: [10, 20, 30])]
        for query in ["v0y v1y", "v0y v1y v2y v3y", "v5y v0y", "v1y v9y v2y v30y", "v0y"] {
            for threads in [1, 2] {
                var request = SearchRequest(query: query, filter: filter, facets: facets, limit: 10, threads: threads)
                request.minimumWorkPerThread = 500
                let pruned = try index.search(request)
                let reference = try reference(request, index)
                #expect(pairs(pruned) == pairs(reference), "query '\(query)'")
                #expect(pruned.total == reference.total && pruned.totalIsExact && pruned.total > 0, "query '\(query)'")
                #expect(pruned.facets == reference.facets, "query '\(query)'")
            }
        }
    }

    @Test func skippedWindowsCountOnlyLiveDocuments() throws {
        let index = try Index.create(at: folder.path + "/deleted-skip")
        let weak = 20..<(3 * TermAtATime.windowSize)
        // Short strong names fill the top k in the first window; the long weak ones after them
        // cannot reach it, so their windows are counted (or listed for facets), not scored.
        try index.write(try (0..<20).map { .upsert(try Products.document(id: "s\($0)", title: "alpha beta", price: 1)) }
                        + weak.map { .upsert(try Products.document(id: "w\($0)", title: "alpha " + String(repeating: "filler ", count: 12), price: 1)) })
        try index.write(weak.filter { $0 % 3 == 0 }.map { .delete(id: "w\($0)") } + [.delete(id: "s0")])
        let live = 19 + weak.filter { $0 % 3 != 0 }.count
        let plain = try index.search(SearchRequest(query: "alpha"))
        #expect(plain.total == live)
        #expect(plain.hits.allSatisfy { $0.id.hasPrefix("s") && $0.id != "s0" })
        let faceted = try index.search(SearchRequest(query: "alpha", facets: [FacetRequest(field: "price", ranges: [2])]))
        #expect(faceted.total == live && faceted.facets[0].ranges[0].count == live)
    }

    @Test func aWindowThatCannotReachTheThresholdIsCountedNotReturned() throws {
        let index = try Index.create(at: folder.path + "/skip")
        let documents = 300
        try index.write((0..<documents).map { .upsert(try Products.document(id: "c\($0)", title: "common filler")) })
        try index.environment.read { txn in
            let statistics = try IndexStore.statistics(index.layout, txn)
            let tables = Bm25fTables(schema: index.schema, statistics: statistics)
            let raw = try #require(try txn.value(index.layout.terms, key: Array("common".utf8)))
            let info = try #require(TermInfo(raw))
            let term = ResolvedTerm(word: 0, info: info, weight: tables.idf(documentFrequency: info.documentFrequency), required: false, fieldMask: 0xFF)
            let blocks = try TermBlocks(info, cursor: try txn.cursor(index.layout.postings))
            let coverage = WordCoverage(fieldMask: index.schema.productNameFields, weight: 0.5, resolvedWords: [0])
            let scratch = SearchScratch()

            var unreachable = try TermAtATime(terms: [term], termBlocks: [blocks], written: [], writtenBlocks: [], coverage: coverage,
                                              tables: tables, scratch: scratch)
            #expect(try unreachable.nextWindow(threshold: 1e9) == nil)
            #expect(unreachable.countedMatches == documents)

            var reachable = try TermAtATime(terms: [term], termBlocks: [blocks], written: [], writtenBlocks: [], coverage: coverage,
                                            tables: tables, scratch: scratch)
            let first = try reachable.nextWindow(threshold: 1e-9)
            let window = try #require(first)
            #expect(window.count == documents)
            #expect(reachable.countedMatches == 0)
            reachable.clearWindow()
        }
    }

    /// An index where every document has "common" and one in ten also "rare", both resolved
    /// in scoring order (`ResolvedTerm.scoringOrder`: "rare" can add more, so it comes first).
    func rareAndCommon(_ name: String, documents: Int) throws -> (Index, [String]) {
        let index = try Index.create(at: folder.path + "/" + name)
        try index.write((0..<documents).map { .upsert(try Products.document(id: "d\($0)", title: $0 % 10 == 0 ? "common rare filler" : "common filler")) })
        return (index, ["rare", "common"])
    }

    @Test func wordsAreSummedBestFirstWhateverTheirOrderInTheQuery() throws {
        let (index, _) = try rareAndCommon("order", documents: 200)
        try index.environment.read { txn in
            let tables = Bm25fTables(schema: index.schema, statistics: try IndexStore.statistics(index.layout, txn))
            let terms = try ["common", "rare"].enumerated().map { w, word in
                let raw = try #require(try txn.value(index.layout.terms, key: Array(word.utf8)))
                let info = try #require(TermInfo(raw))
                return ResolvedTerm(word: w, info: info, weight: tables.idf(documentFrequency: info.documentFrequency), required: false, fieldMask: 0xFF)
            }
            #expect(ResolvedTerm.scoringOrder(terms, tables: tables, synonymPhrases: []).map(\.word) == [1, 0])
        }
    }

    @Test func explanationsSumInTheSearchOrder() throws {
        // Four words from common to rare, typed common first, in names of varied lengths: float
        // sums of three terms or more differ with their order, so an explanation summing in
        // query order would miss hits' scores in the last bits.
        let index = try Index.create(at: folder.path + "/explain-order")
        var rng = SplitMix64(seed: 5)
        let words = ["oak", "shelf", "walnut", "bracket"]
        try index.write((0..<400).map { i in
            let title = words.enumerated().filter { w, _ in rng.below(1 + 3 * w) == 0 }.map(\.element)
                + Array(repeating: "filler", count: rng.below(7))
            return .upsert(try Products.document(id: "d\(i)", title: (title.isEmpty ? ["oak"] : title).joined(separator: " ")))
        })
        let request = SearchRequest(query: words.joined(separator: " "), limit: 60)
        let hits = try index.search(request).hits
        #expect(hits.count == 60)
        for hit in hits {
            #expect(try #require(try index.explain(request, id: hit.id)).score == hit.score, "\(hit.id)")
        }
    }

    @Test func aCommonWordAloneBelowTheThresholdIsCountedButNotScored() throws {
        let documents = 300
        let (index, words) = try rareAndCommon("maxscore", documents: documents)
        try index.environment.read { txn in
            let statistics = try IndexStore.statistics(index.layout, txn)
            let tables = Bm25fTables(schema: index.schema, statistics: statistics)
            var terms: [ResolvedTerm] = []
            var blocks: [TermBlocks] = []
            for (w, word) in words.enumerated() {
                let raw = try #require(try txn.value(index.layout.terms, key: Array(word.utf8)))
                let info = try #require(TermInfo(raw))
                terms.append(ResolvedTerm(word: w, info: info, weight: tables.idf(documentFrequency: info.documentFrequency), required: false, fieldMask: 0xFF))
                blocks.append(try TermBlocks(info, cursor: try txn.cursor(index.layout.postings)))
            }
            let coverage = WordCoverage(fieldMask: index.schema.productNameFields, weight: 0.5, resolvedWords: [0, 1])
            // Above what "common" alone can reach, far below what "rare" and "common" can.
            let common = terms[1].weight * tables.saturate(tables.maxWeightedFrequency(terms[1].info.bounds)) * coverage.bound(lists: 1)
            let threshold = Double(common) * 1.01

            let everyScratch = SearchScratch(), skippingScratch = SearchScratch(), listingScratch = SearchScratch()
            func collector(_ scratch: SearchScratch) throws -> TermAtATime {
                try TermAtATime(terms: terms, termBlocks: blocks, written: [], writtenBlocks: [], coverage: coverage, tables: tables, scratch: scratch)
            }
            var every = try collector(everyScratch), skipping = try collector(skippingScratch), listing = try collector(listingScratch)
            let all = Array(try #require(try every.nextWindow()))
            let scored = Array(try #require(try skipping.nextWindow(threshold: threshold)))
            let listed = Array(try #require(try listing.nextWindow(threshold: threshold, listsPruned: true)))
            // Documents with "common" alone are counted, or listed for facets, never offered.
            #expect(all.count == documents && listed == all)
            #expect(scored == all.filter { $0 % 10 == 0 } && skipping.countedMatches == documents - scored.count)
            for doc in all {
                let full = everyScratch.slots[Int(doc)], partial = listingScratch.slots[Int(doc)]
                if doc % 10 == 0 {
                    #expect(partial.score == full.score && partial.covered == full.covered, "doc \(doc): both words, summed in full")
                    #expect(skippingScratch.slots[Int(doc)].score == full.score)
                } else {
                    #expect(full.score > 0 && partial.score == 0 && partial.matched == 0, "doc \(doc): \"common\" alone, left unscored")
                }
            }
            every.clearWindow()
            skipping.clearWindow()
            listing.clearWindow()
            #expect(try skipping.nextWindow(threshold: threshold) == nil && skipping.countedMatches == documents - scored.count)
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
