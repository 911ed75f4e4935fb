@testable import SearchIndex
import Testing

@Suite struct RankingSignalTests {
    let folder = TemporaryFolder()

    func catalog() throws -> Index {
        let index = try Index.create(at: folder.path + "/index")
        try index.write([
            .upsert(try Products.mapper.document(fromJSONLine: Array(Products.json(id: "low", title: "Garden Hose 50 ft", extra: #""rating": 2.0, "review_count": 3, "stock": 0"#).utf8))),
            .upsert(try Products.mapper.document(fromJSONLine: Array(Products.json(id: "high", title: "Garden Hose 50 ft", extra: #""rating": 4.8, "review_count": 900, "stock": 12"#).utf8))),
            .upsert(try Products.mapper.document(fromJSONLine: Array(Products.json(id: "reel", title: "Hose Reel", extra: #""rating": 5.0, "review_count": 5000, "stock": 3"#).utf8))),
        ])
        return index
    }

    @Test func signalsReorderEquallyRelevantProducts() throws {
        let index = try catalog()
        let plain = try index.search(SearchRequest(query: "garden hose"))
        #expect(plain.hits.prefix(2).map(\.id) == ["low", "high"])
        let blended = try index.search(SearchRequest(query: "garden hose", signals: [.rating(weight: 0.2), .reviewCount(weight: 0.1), .inStock(weight: 0.1)]))
        #expect(blended.hits.prefix(2).map(\.id) == ["high", "low"])
        #expect(blended.hits[0].score > plain.hits[0].score)
    }

    @Test func signalsDoNotLiftALessRelevantProductAboveAMoreRelevantOne() throws {
        let index = try catalog()
        let blended = try index.search(SearchRequest(query: "garden hose", signals: [.rating(weight: 0.1), .popularity(weight: 0.5)]))
        #expect(blended.hits.last?.id == "reel")
    }

    @Test func signalTransformsStayWithinZeroAndOne() {
        #expect(RankingSignal.rating(weight: 1).signal(6) == 1)
        #expect(RankingSignal.rating(weight: 1).signal(.nan) == 0)
        #expect(abs(RankingSignal.reviewCount(weight: 1).signal(99) - log1p(99) / log1p(10_000)) < 1e-12)
        #expect(RankingSignal.inStock(weight: 1).signal(0) == 0 && RankingSignal.inStock(weight: 1).signal(3) == 1)
    }
}

#if canImport(Glibc)
import Glibc
#endif

@Suite struct ExplainTests {
    let folder = TemporaryFolder()

    @Test func anExplanationAddsUpToTheScoreSearchReports() throws {
        let index = try Index.create(at: folder.path + "/index")
        try index.write([
            .upsert(try Products.mapper.document(fromJSONLine: Array(Products.json(id: "1", title: "Cordless Drill Kit", brand: "Voltmax", description: "A drill with two batteries", extra: #""rating": 4.5"#).utf8))),
            .upsert(try Products.mapper.document(fromJSONLine: Array(Products.json(id: "2", title: "Drill Bits", brand: "Bitwise", extra: #""rating": 3.0"#).utf8))),
        ])
        for query in ["cordless drill", "drill batteries voltmax", "cordles drill", "bits"] {
            let request = SearchRequest(query: query, signals: [.rating(weight: 0.2)])
            for hit in try index.search(request).hits {
                let explanation = try #require(try index.explain(request, id: hit.id))
                #expect(explanation.score == hit.score, "\(query) / \(hit.id)")
                #expect(explanation.terms.allSatisfy { !$0.fields.isEmpty && $0.score > 0 })
            }
        }
        let drill = try #require(try index.explain(SearchRequest(query: "drill batteries"), id: "1"))
        #expect(drill.matchedWords == 2 && drill.queryWords == 2)
        #expect(Set(drill.terms.flatMap { $0.fields.map(\.field) }) == ["title", "description"])
        #expect(try index.explain(SearchRequest(query: "drill"), id: "missing") == nil)
    }
}
