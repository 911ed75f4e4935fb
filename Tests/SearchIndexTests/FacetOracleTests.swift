@testable import SearchIndex
import Testing

/// Facet counts must equal a brute-force count over the generated catalogue, for few matches and
/// many (term-at-a-time's windows, the columns decoded per document), across several column
/// chunks, with deleted documents, documents without a value, and a filter on the facet's own
/// field (disjunctive counting).
@Suite struct FacetOracleTests {
    let folder = TemporaryFolder()

    struct Product {
        var id: String
        var words: Set<String>
        var brand: String
        var price: Double?
        var deleted = false
    }

    /// 40,000 products (three column chunks): word "common" in about half of them, "rare" in
    /// and "scarce" in about 1 in 500 each; 12 brands; prices missing for one in ten; 2,000 deleted.
    func catalog() throws -> (Index, [Product]) {
        var rng = SplitMix64(seed: 42)
        var products: [Product] = []
        for i in 0..<40_000 {
            var words: Set<String> = ["item"]
            if Int.random(in: 0..<2, using: &rng) == 0 { words.insert("common") }
            if Int.random(in: 0..<500, using: &rng) == 0 { words.insert("rare") }
            if Int.random(in: 0..<500, using: &rng) == 0 { words.insert("scarce") }
            let price = Int.random(in: 0..<10, using: &rng) == 0 ? nil : Double(Int.random(in: 1...400, using: &rng))
            products.append(Product(id: "p\(i)", words: words, brand: "Brand\(Int.random(in: 0..<12, using: &rng))", price: price))
        }
        let index = try Index.create(at: folder.path + "/facets")
        for start in stride(from: 0, to: products.count, by: 10_000) {
            try index.write(try products[start..<start + 10_000].map {
                .upsert(try Products.document(id: $0.id, title: $0.words.sorted().joined(separator: " "), brand: $0.brand, price: $0.price))
            })
        }
        var deletes: [IndexOperation] = []
        for _ in 0..<2_000 {
            let i = Int.random(in: 0..<products.count, using: &rng)
            products[i].deleted = true
            deletes.append(.delete(id: products[i].id))
        }
        try index.write(deletes)
        return (index, products)
    }

    @Test func facetCountsEqualBruteForceForFewAndManyMatches() throws {
        let (index, products) = try catalog()
        let bounds: [Double] = [50, 100, 200]
        func bucket(_ price: Double) -> Int { bounds.filter { $0 <= price }.count }
        for word in ["common", "rare", "scarce rare", "common rare"] {
            let words = Set(word.split(separator: " ").map(String.init))
            for brandFilter in [nil, "Brand3"] as [String?] {
                let filterText = "price < 300" + (brandFilter.map { " AND brand:\($0)" } ?? "")
                let request = SearchRequest(
                    query: word, filter: try FilterParser().parse(filterText),
                    facets: [FacetRequest(field: "brand", limit: 20), FacetRequest(field: "price", ranges: bounds)], limit: 5)
                let result = try index.search(request)

                let matching = products.filter { !$0.deleted && !$0.words.isDisjoint(with: words) }
                // Each facet ignores the clause on its own field and honours the other one.
                var brands: [String: Int] = [:]
                for product in matching where (product.price ?? .infinity) < 300 { brands[product.brand, default: 0] += 1 }
                var buckets = [Int](repeating: 0, count: bounds.count + 1)
                for product in matching where brandFilter == nil || product.brand == brandFilter {
                    if let price = product.price { buckets[bucket(price)] += 1 }
                }
                let total = matching.filter { ($0.price ?? .infinity) < 300 && (brandFilter == nil || $0.brand == brandFilter) }.count

                let counted = Dictionary(uniqueKeysWithValues: result.facets[0].values.map { ($0.value, $0.count) })
                #expect(counted == brands, "query '\(word)' filter '\(filterText)'")
                #expect(result.facets[1].ranges.map(\.count) == buckets, "query '\(word)' filter '\(filterText)'")
                #expect(result.total == total, "query '\(word)' filter '\(filterText)'")
            }
        }
    }

    @Test func ascendingSortsEveryWayTheSameAndKeepsSortedInput() {
        var rng = SplitMix64(seed: 7)
        let limit: UInt32 = 100_000
        for count in [0, 1, 500, 5_000, 60_000] {
            let docs = Array(Set((0..<count).map { _ in UInt32.random(in: 0..<limit, using: &rng) }))
            #expect(MatchSink.ascending(docs, documentLimit: limit) == docs.sorted(), "count \(count)")
            #expect(MatchSink.ascending(docs.sorted(), documentLimit: limit) == docs.sorted())
        }
    }
}
