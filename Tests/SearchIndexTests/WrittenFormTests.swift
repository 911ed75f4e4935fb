@testable import SearchIndex
import Testing

/// A product whose name has the query's words as typed outranks one that has only their stems.
@Suite struct WrittenFormTests {
    let folder = TemporaryFolder()

    /// "typed" and "stemmed" tie under BM25F and coverage ("bits" and "bit" share the term
    /// "bit"); only "typed" writes "bits" as the query does.
    func catalog() throws -> Index {
        let index = try Index.create(at: folder.path + "/index")
        var operations: [IndexOperation] = [
            .upsert(try Products.document(id: "stemmed", title: "Drill Bit Set")),
            .upsert(try Products.document(id: "typed", title: "Drill Bits Set")),
            .upsert(try Products.document(id: "batteries", title: "AA Batteries Pack")),
        ]
        for i in 0..<20 { operations.append(.upsert(try Products.document(id: "filler\(i)", title: "Saw Blade \(i)"))) }
        try index.write(operations)
        return index
    }

    @Test func nameWithTheWordsAsTypedRanksAboveOneWithOnlyTheirStems() throws {
        let index = try catalog()
        let scoreOf = { (result: SearchResult, id: String) in result.hits.first { $0.id == id }?.score }
        let plain = try index.search(SearchRequest(query: "drill bits", writtenFormWeight: 0))
        #expect(scoreOf(plain, "typed") == scoreOf(plain, "stemmed"))
        let ranked = try index.search(SearchRequest(query: "drill bits"))
        #expect(Products.ids(ranked).prefix(2) == ["typed", "stemmed"])
        // Both words covered; "drill" is typed as its term everywhere, "bits" only in "typed".
        let typed = try #require(scoreOf(ranked, "typed")), stemmed = try #require(scoreOf(ranked, "stemmed"))
        #expect(abs(typed / stemmed - Float(1.3 / 1.15)) < 1e-5)
        // Typed as the stem ("bit"): the name "Drill Bit Set" has it as typed, and wins.
        #expect(try index.search(SearchRequest(query: "drill bit")).hits.first?.id == "stemmed")
    }

    @Test func everyCollectorAgreesOnTheWrittenFormFactor() throws {
        let index = try catalog()
        var reference = SearchRequest(query: "drill bits", limit: 3)
        reference.scoreEveryMatch = true
        let exhaustive = try index.search(reference).hits.map { "\($0.id):\($0.score)" }
        let wand = try index.search(SearchRequest(query: "drill bits", limit: 3, exactTotal: false)).hits.map { "\($0.id):\($0.score)" }
        let conjunction = try index.search(SearchRequest(query: "drill bits", mode: .all, limit: 3)).hits.map { "\($0.id):\($0.score)" }
        #expect(wand == exhaustive)
        #expect(conjunction == Array(exhaustive.prefix(conjunction.count)))
        #expect(exhaustive.first?.hasPrefix("typed:") == true)
    }

    @Test func anUpdateThatRewritesTheNameDropsItsOldWrittenForms() throws {
        let index = try catalog()
        #expect(try #require(try index.explain(SearchRequest(query: "drill bits"), id: "typed")).typedWords == 2)
        try index.write([.upsert(try Products.document(id: "typed", title: "Drill Bit Kit"))])
        let explanation = try #require(try index.explain(SearchRequest(query: "drill bits"), id: "typed"))
        #expect(explanation.typedWords == 1)
        #expect(explanation.nameWords == 2)
    }

    @Test func writtenFormsNeverMatchOrCorrectOnTheirOwn() throws {
        let index = try catalog()
        // "batteriez" is two edits from "batteries" as written and from its term "batteri": the
        // correction must be the term, and what the shopper reads back is a plain word.
        let corrected = try index.search(SearchRequest(query: "batteriez"))
        #expect(Products.ids(corrected) == ["batteries"])
        #expect(corrected.didYouMean == "batteries")
        // A query cannot name a written-form term: the analyzer drops the marker.
        let marked = try index.search(SearchRequest(query: String(decoding: [WrittenForm.marker], as: UTF8.self) + "bits"))
        #expect(Set(Products.ids(marked)) == ["stemmed", "typed"])
    }
}
