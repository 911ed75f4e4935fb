@testable import SearchIndex
import Testing

/// A search split across threads (`SearchRequest.threads`: ranges of doc ids collected at once,
/// facets counted in parts) must answer exactly what one thread answers: the same hits with the
/// same scores, totals and facet counts.
@Suite struct ParallelSearchTests {
    let folder = TemporaryFolder()

    static let vocabulary = ["cordless", "drill", "saw", "blade", "led", "light", "bulb", "white", "steel", "screw",
                             "wood", "kit", "battery", "pack", "tile", "floor", "brass", "handle", "set", "pro"]

    /// 30,000 products (more than three windows of doc ids) with 3–7 title words each, drawn so
    /// that some words are in most products and others in few, 8 brands, prices; 1,500 deleted.
    func catalog(deletes: Bool) throws -> Index { try catalogAndProducts(deletes: deletes).index }

    /// The catalogue and each live product's brand and title words.
    func catalogAndProducts(deletes: Bool) throws -> (index: Index, products: [String: (brand: String, words: Set<String>)]) {
        var rng = SplitMix64(seed: 11)
        let index = try Index.create(at: folder.path + "/parallel-\(deletes)")
        var ids: [String] = []
        var products: [String: (brand: String, words: Set<String>)] = [:]
        for start in stride(from: 0, to: 30_000, by: 10_000) {
            var operations: [IndexOperation] = []
            for i in start..<start + 10_000 {
                var words: [String] = []
                for _ in 0..<Int.random(in: 3...7, using: &rng) {
                    // Skewed: low indexes far more often than high ones.
                    let pick = Int.random(in: 0..<Self.vocabulary.count, using: &rng) * Int.random(in: 0..<Self.vocabulary.count, using: &rng)
                    words.append(Self.vocabulary[pick / Self.vocabulary.count])
                }
                ids.append("p\(i)")
                let brand = "Brand\(Int.random(in: 0..<8, using: &rng))"
                products["p\(i)"] = (brand, Set(words))
                operations.append(.upsert(try Products.document(id: "p\(i)", title: words.joined(separator: " "), brand: brand,
                                                                price: Double(Int.random(in: 1...500, using: &rng)))))
            }
            try index.write(operations)
        }
        if deletes {
            let deleted = (0..<1_500).map { _ in ids[Int.random(in: 0..<ids.count, using: &rng)] }
            try index.write(deleted.map { .delete(id: $0) })
            for id in deleted { products[id] = nil }
        }
        return (index, products)
    }

    func answer(_ result: SearchResult) -> [String] {
        result.hits.map { "\($0.id):\($0.score)" } + ["total \(result.total)"]
            + result.facets.map { facet in "\(facet.field) " + facet.values.map { "\($0.value)=\($0.count)" }.joined(separator: ",")
                + facet.ranges.map { " \($0.count)" }.joined() + " \(facet.minimum ?? -1) \(facet.maximum ?? -1)" }
    }

    @Test(arguments: [false, true])
    func searchSplitAcrossThreadsAnswersWhatOneThreadAnswers(deletes: Bool) throws {
        let index = try catalog(deletes: deletes)
        let facets = [FacetRequest(field: "brand"), FacetRequest(field: "price", ranges: [50, 100, 250])]
        let queries = ["cordless drill", "led light bulb", "drill", "steel screw wood kit", "cordless -drill", "+cordless saw blade", "brass handle pro"]
        var splits = 0, proximitySplits = 0
        for query in queries {
            for facets in [[], facets] {
                for limit in [1, 10, 100] {
                    let single = try index.search(SearchRequest(query: query, facets: facets, limit: limit))
                    var request = SearchRequest(query: query, facets: facets, limit: limit, threads: 4)
                    request.minimumWorkPerThread = 500
                    let split = try index.search(request)
                    #expect(answer(split) == answer(single), "'\(query)' facets \(facets.count) limit \(limit)")
                    #expect(single.collectedParts == 1)
                    if split.collectedParts > 1 { splits += 1 }
                    if split.proximityParts > 1 { proximitySplits += 1 }
                    if !facets.isEmpty, split.total >= 8_000 { #expect(split.facetParts > 1, "'\(query)': facets counted in parts") }
                }
            }
        }
        // Every query above reads thousands of postings: each was split (two cores or more).
        if ProcessInfoCores.count > 1 {
            #expect(splits == queries.count * 6)
            // Titles of a few words from a small vocabulary score alike: some searches settle
            // proximity for hundreds of candidates, in parts.
            #expect(proximitySplits > 0)
        }
    }

    /// Without a filter or deletions, a query whose matches cannot all reach the top k counts the
    /// windows it does not score (`TermAtATime.nextWindow(threshold:listsPruned:pruned:)`): their
    /// documents must still be counted in the facets, and the top k be that of scoring every match.
    @Test func facetCountsOfUnscoredWindowsEqualBruteForce() throws {
        let (index, products) = try catalogAndProducts(deletes: false)
        for (query, limit) in [("cordless", 1), ("cordless drill", 10), ("led light bulb", 3), ("brass pro", 5)] {
            let words = Set(query.split(separator: " ").map(String.init))
            let result = try index.search(SearchRequest(query: query, facets: [FacetRequest(field: "brand", limit: 20)], limit: limit))
            var brands: [String: Int] = [:]
            for product in products.values where !product.words.isDisjoint(with: words) { brands[product.brand.lowercased(), default: 0] += 1 }
            #expect(Dictionary(uniqueKeysWithValues: result.facets[0].values.map { ($0.value.lowercased(), $0.count) }) == brands, "'\(query)'")
            #expect(result.total == brands.values.reduce(0, +), "'\(query)'")
            var reference = SearchRequest(query: query, limit: limit)
            reference.scoreEveryMatch = true
            #expect(answer(result).prefix(limit) == answer(try index.search(reference)).prefix(limit), "'\(query)'")
        }
    }

    /// A filter's column chunks are looked up before the split (`CompiledFilter.resolveAll`), so
    /// filtered searches split too, facets disjunctive as on one thread.
    @Test func filteredSearchSplitAcrossThreadsAnswersWhatOneThreadAnswers() throws {
        let index = try catalog(deletes: true)
        let facets = [FacetRequest(field: "brand"), FacetRequest(field: "price", ranges: [50, 100, 250])]
        for filter in ["price < 100", "brand:Brand3 OR brand:Brand5", "brand:Brand2 AND price:[20 TO 300]", "NOT brand:Brand1"] {
            for query in ["cordless drill", "led light bulb", "+saw blade"] {
                var request = SearchRequest(query: query, filter: try FilterParser().parse(filter), facets: facets, limit: 20, threads: 4)
                request.minimumWorkPerThread = 500
                let split = try index.search(request)
                request.threads = 1
                #expect(answer(split) == answer(try index.search(request)), "'\(query)' filter '\(filter)'")
                if ProcessInfoCores.count > 1 { #expect(split.collectedParts > 1, "'\(query)' filter '\(filter)'") }
            }
        }
    }

    @Test func searchesThatReadTheIndexWhileCollectingStayOnOneThread() throws {
        let index = try catalog(deletes: false)
        for request in [SearchRequest(query: "cordless drill", sort: .field("price", descending: true), threads: 4),
                        SearchRequest(query: "cordless drill", signals: [RankingSignal(field: "price", weight: 0.1, transform: .linear(maximum: 500))], threads: 4),
                        SearchRequest(query: "\"cordless drill\" saw", threads: 4)] {
            var request = request
            request.minimumWorkPerThread = 500
            let split = try index.search(request)
            request.threads = 1
            #expect(split.collectedParts == 1)
            #expect(answer(split) == answer(try index.search(request)))
        }
    }

    @Test func partsAreWholeWindowsCoveringEveryDocIDInOrder() throws {
        let index = try catalog(deletes: false)
        try index.environment.read { txn in
            let statistics = try IndexStore.statistics(index.layout, txn)
            let tables = Bm25fTables(schema: index.schema, statistics: statistics)
            let cursor = try txn.cursor(index.layout.postings)
            var terms: [ResolvedTerm] = []
            var blocks: [TermBlocks] = []
            for (w, word) in ["cordless", "drill", "light"].enumerated() {
                let term = try #require(index.analyzer.analyze(word).first?.term)
                let raw = try #require(try txn.value(index.layout.terms, key: Array(term.utf8)))
                let info = try #require(TermInfo(raw))
                terms.append(ResolvedTerm(word: w, info: info, weight: 1, required: false, fieldMask: 0xFF))
                blocks.append(try TermBlocks(info, cursor: cursor))
            }
            let collection = TermAtATimeCollection(
                terms: terms, termBlocks: blocks, synonymPhrases: [], written: [], writtenBlocks: [],
                coverage: WordCoverage(fieldMask: index.schema.productNameFields, weight: 0.5, resolvedWords: [0, 1, 2]),
                proximityBound: 1, tables: tables, requiredCount: 0, optionalNeeded: 1, excluded: Exclusions(documentLimit: statistics.nextDoc),
                phrases: [])
            #expect(collection.parts(1, documentLimit: statistics.nextDoc, postingsPerPart: 1) == [0..<UInt32.max])
            #expect(collection.parts(4, documentLimit: statistics.nextDoc, postingsPerPart: 1 << 30) == [0..<UInt32.max])
            guard ProcessInfoCores.count > 1 else { return }
            let parts = collection.parts(8, documentLimit: statistics.nextDoc, postingsPerPart: 100)
            #expect(parts.count > 1)
            #expect(parts.first?.lowerBound == 0)
            #expect(parts.last?.upperBound == .max)
            for (left, right) in zip(parts, parts.dropFirst()) {
                #expect(left.upperBound == right.lowerBound)
                #expect(left.upperBound % UInt32(TermAtATime.windowSize) == 0)
                #expect(left.upperBound < statistics.nextDoc)
            }
        }
    }
}
