@testable import SearchIndex
import Testing

/// The share of query words in a product's name fields scales its score.
@Suite struct WordCoverageTests {
    let folder = TemporaryFolder()

    /// "named" has both query words in its title; "described" has "drill" twice in a short title
    /// and "cordless" only in its description, so plain BM25F ranks it first. Four fillers make
    /// "cordless" the common word.
    func catalog() throws -> Index {
        let index = try Index.create(at: folder.path + "/index")
        var operations: [IndexOperation] = [
            .upsert(try Products.document(id: "named", title: "Cordless Drill Kit with Charger and Case",
                                          description: "A compact kit for the workshop.")),
            .upsert(try Products.document(id: "described", title: "Drill Press Drill Stand", description: "Fits cordless tools.")),
        ]
        for (i, title) in ["Cordless Saw One", "Cordless Saw Two", "Cordless Sander Three", "Cordless Blower Four"].enumerated() {
            operations.append(.upsert(try Products.document(id: "filler\(i)", title: title)))
        }
        try index.write(operations)
        return index
    }

    @Test func productNamingEveryQueryWordOutranksOneRepeatingFewerInItsName() throws {
        let index = try catalog()
        let plain = try index.search(SearchRequest(query: "cordless drill", coverageWeight: 0, proximityWeight: 0, writtenFormWeight: 0))
        #expect(Products.ids(plain).prefix(2) == ["described", "named"])
        let covered = try index.search(SearchRequest(query: "cordless drill"))
        #expect(Products.ids(covered).prefix(2) == ["named", "described"])
        // Every collector applies the same factor: WAND (no exact total) and the conjunction agree.
        let wand = try index.search(SearchRequest(query: "cordless drill", exactTotal: false))
        let conjunction = try index.search(SearchRequest(query: "cordless drill", mode: .all))
        #expect(wand.hits.map(\.score) == covered.hits.map(\.score))
        #expect(conjunction.hits.map(\.score) == Array(covered.hits.map(\.score).prefix(2)))
    }

    @Test func explanationShowsTheCoverageFactor() throws {
        let index = try catalog()
        let request = SearchRequest(query: "cordless drill", writtenFormWeight: 0)
        let explanation = try #require(try index.explain(request, id: "named"))
        #expect(explanation.nameWords == 2)
        #expect(explanation.coverage == 1.5)
        let partial = try #require(try index.explain(request, id: "described"))
        #expect(partial.nameWords == 1)
        #expect(partial.coverage == 1.25)
        #expect(partial.score == partial.relevance * 1.25)
        // Both words are typed as their terms, so the written form multiplies in as well.
        let typed = try #require(try index.explain(SearchRequest(query: "cordless drill"), id: "named"))
        #expect(typed.typedWords == 2 && typed.coverage == Float(1.5 * 1.3))
    }

    @Test func coverageBoundsNeverUnderestimateTheFactor() {
        let coverage = WordCoverage(fieldMask: 0b1, weight: 0.5, resolvedWords: [0, 1, 1, 2, 3])
        #expect(coverage.factor(0) == 1)
        #expect(coverage.factor(0b1111) == 1.5)
        for lists in 0...6 {
            let words = min(lists, 4)
            #expect(coverage.bound(lists: lists) >= coverage.factor(UInt32((1 << words) - 1)))
        }
        #expect(coverage.bit(word: 2, fields: 0b10) == 0)
        #expect(coverage.bit(word: 2, fields: 0b11) == 0b100)
        #expect(coverage.bit(word: 40, fields: 0b1) == 0)
    }
}
